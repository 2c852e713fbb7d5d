"""A decision's article that hands one body only what it answers for ("Giao Giám đốc Sở Nội
vụ chịu trách nhiệm về hình thức, nội dung niêm yết ...") gives no task (README: a sentence
saying what X answers for is a task only when it also tells X to do something), while "Giao
Sở X chịu trách nhiệm hướng dẫn ..." (the work itself) stays one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import an_lac_signed

LETTER = (
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH AN LẠC\n"
    "Số: 819/QĐ-UBND\n"
    "An Lạc, ngày 12 tháng 6 năm 2025\n"
    "QUYẾT ĐỊNH\n"
    "Về việc công bố danh mục thủ tục hành chính lĩnh vực thi đua, khen thưởng\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN LẠC\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính lĩnh vực thi đua,"
    " khen thưởng.\n"
    "Giao Giám đốc Sở Nội vụ chịu trách nhiệm về hình thức, nội dung niêm yết thủ tục hành"
    " chính thuộc thẩm quyền giải quyết của đơn vị mình.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Giao Sở Nội vụ chịu trách nhiệm hướng dẫn các huyện niêm yết thủ tục hành chính.\n"
    "2. Giao Văn phòng Ủy ban nhân dân tỉnh cập nhật thủ tục vào Cơ sở dữ liệu quốc gia.\n"
    + an_lac_signed("Như Điều 2")
)


def test_what_the_body_answers_for_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    texts = [a.text for a in parse_text(LETTER, org, calendar).actions]
    assert len(texts) == 2
    assert texts[0].startswith("Giao Sở Nội vụ chịu trách nhiệm hướng dẫn")
    assert texts[1].startswith("Giao Văn phòng Ủy ban nhân dân tỉnh cập nhật")
