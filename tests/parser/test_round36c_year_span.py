"""Round 36c: on a page cut at a fixed width, a span of years broken at its dash ("... cho
giai đoạn 2026" / "- 2030, tập trung vào ...") runs on: the "-" line is the span's dash, not
a list item of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.test_plans import plan

_WRAPPED = """I. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ

a) Chủ trì tổ chức, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai thực
hiện Kế hoạch; kiểm tra, giám sát, tổng hợp, báo cáo Ủy ban nhân dân tỉnh tình
hình thực hiện Kế hoạch theo định kỳ.

b) Xây dựng, trình Ủy ban nhân dân tỉnh phê duyệt và triển khai các chương trình
hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số cho giai đoạn 2026
- 2030, tập trung vào các doanh nghiệp sản xuất thiết bị theo từng ngành,
lĩnh vực.

c) Phối hợp với các sở, ngành triển khai các chương trình phát triển kinh tế số
trong các ngành, lĩnh vực của tỉnh.
"""


def test_a_span_of_years_broken_at_its_dash_runs_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(_WRAPPED, org, calendar)
    assert [a.text.split()[0] for a in record.actions] == ["Chủ", "Xây", "Phối"]
    assert "giai đoạn 2026 - 2030, tập trung" in record.actions[1].text


def test_a_dash_item_under_a_year_that_ends_its_sentence_stays_an_item(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("... trong năm 2026." / "- 2027: ...": the sentence has ended, the dash opens an item)
    record = plan(
        _WRAPPED.replace("cho giai đoạn 2026\n- 2030, tập trung", "cho năm 2026.\n- Tập trung"),
        org,
        calendar,
    )
    assert len(record.actions) == 4
