"""Round 37c: a list's item whose first sentence states how a thing stands, naming no body and
giving no work ("- Đối với nguồn vốn sự nghiệp, thực hiện theo phân cấp hiện hành."), and whose
later sentence opens with the body that is to act ("Các sở, ngành và địa phương căn cứ ... để
lập dự toán ..."), is that body's task, the whole item its text. Not so a point of prose
counted in words ("Thứ hai, ...": the sentence naming a body is a task of its own), nor a
later sentence that narrates ("... đã ...") or opens with its time ("Từ ngày ..., X ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 77/KH-UBND
Hà Nam, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
Phát triển vùng nguyên liệu giai đoạn 2026 - 2030

I. MỤC TIÊU
Phát triển vùng nguyên liệu tập trung, bền vững.
II. NGUỒN LỰC
{item}
- Huy động các nguồn lực hợp pháp khác theo quy định.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Bình
"""


def _asked(item: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str | None, str]]:
    actions = parse_text(_PLAN.format(item=item), org, calendar).actions
    return [(a.lead_unit, a.text) for a in actions if "nguồn vốn sự nghiệp" in a.text]


def test_the_body_a_later_sentence_opens_with_takes_the_whole_item(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    item = (
        "- Đối với nguồn vốn sự nghiệp, thực hiện theo phân cấp ngân sách hiện hành. Các sở,"
        " ngành và địa phương căn cứ nhiệm vụ được giao để lập dự toán kinh phí hằng năm."
    )
    assert _asked(item, org, calendar) == [
        (
            "Các sở, ngành và địa phương",
            "Đối với nguồn vốn sự nghiệp, thực hiện theo phân cấp ngân sách hiện hành. Các sở,"
            " ngành và địa phương căn cứ nhiệm vụ được giao để lập dự toán kinh phí hằng năm",
        )
    ]


def test_a_later_sentence_that_narrates_or_opens_with_its_time_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    narrated = (
        "- Đối với nguồn vốn sự nghiệp, thực hiện theo phân cấp ngân sách hiện hành. Các sở,"
        " ngành đã lập dự toán kinh phí năm 2025."
    )
    timed = (
        "- Nguồn vốn sự nghiệp được bố trí theo phân cấp hiện hành. Từ năm 2027, các sở, ngành"
        " tự cân đối nguồn vốn sự nghiệp."
    )
    assert _asked(narrated, org, calendar) == []
    assert _asked(timed, org, calendar) == []
