"""Round 17b: a gazette page cut at a fixed width, where a numbered section's title stops well
short of the width ("4. Trách nhiệm phối hợp trong tổ chức thực hiện") and its paragraph opens
on the next line with the bodies' names ("Các Bộ: Y tế, ..., Tài chính và Ủy ban nhân dân
tỉnh, thành phố có trách nhiệm ..."): the paragraph is the section's task, not more of its
title; and a body of another kind ending a list of ministries keeps its own name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.records import ParsedAction
from tests.parser.round17b_letters import resolution_actions

# lines cut at the page's width, as a gazette's text layer has them
_PREAMBLE = """Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; Căn cứ Luật Ban hành văn bản
quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số
87/2025/QH15; Chính phủ ban hành Nghị quyết tạm ngưng hiệu lực Nghị định số
46/2026/NĐ-CP ngày 26 tháng 01 năm 2026 của Chính phủ quy định chi tiết thi
hành một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật An toàn thực
phẩm."""
_ARTICLE = """Điều 3. Trách nhiệm tổ chức thực hiện
1. Bộ Y tế chủ trì hướng dẫn tổ chức triển khai thi hành Nghị quyết này theo
lĩnh vực được phân công quản lý, bảo đảm thống nhất trong cả nước và kịp thời
tháo gỡ vướng mắc phát sinh trong quá trình thực hiện ở các địa phương.
2. Ủy ban nhân dân tỉnh, thành phố tăng cường kiểm tra, theo dõi, giám sát,
hướng dẫn, kịp thời phát hiện và xử lý vi phạm về an toàn thực phẩm trên địa
bàn và các hành vi gian lận thương mại khác về thực phẩm theo quy định.
{section}
Điều 4. Hiệu lực thi hành
Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành."""


def _tasks(section: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[ParsedAction]:
    return resolution_actions(_ARTICLE.format(section=section), org, calendar, _PREAMBLE)


def test_the_paragraph_under_a_short_section_title_is_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    section = """3. Trách nhiệm phối hợp trong tổ chức thực hiện
Các Bộ: Y tế, Công Thương, Tài chính và Ủy ban nhân dân tỉnh, thành phố có
trách nhiệm hoàn thiện việc kết nối, chia sẻ dữ liệu với Cổng dịch vụ công quốc
gia để giải quyết các thủ tục hành chính về an toàn thực phẩm."""
    actions = _tasks(section, org, calendar)
    assert len(actions) == 3
    assert actions[2].text.startswith("Các Bộ: Y tế, Công Thương, Tài chính và Ủy ban")
    assert actions[2].lead_unit == "Bộ Y tế"


def test_a_body_of_another_kind_ending_the_ministries_keeps_its_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    section = (
        "3. Các Bộ: Y tế, Công Thương, Tài chính và Ủy ban nhân dân tỉnh, thành phố có\n"
        "trách nhiệm hoàn thiện việc kết nối, chia sẻ dữ liệu với Cổng dịch vụ công."
    )
    assert _tasks(section, org, calendar)[2].coordinating_units == [
        "Bộ Công Thương",
        "Bộ Tài chính",
        "Ủy ban nhân dân tỉnh, thành phố",
    ]


def test_a_title_still_open_runs_on(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    # "3. Các chủ rừng là tổ chức (các" / "Ban quản lý rừng ..."): the bracket is still open
    section = """3. Các chủ rừng là tổ chức (các
Ban quản lý rừng phòng hộ, các Công ty lâm nghiệp) thực hiện đầy đủ quyền, nghĩa
vụ và trách nhiệm chủ rừng theo quy định của Luật Lâm nghiệp hiện hành."""
    assert not any(a.text.startswith("Ban quản lý rừng") for a in _tasks(section, org, calendar))
