"""Round 36b: "Các đơn vị quản lý vận hành công trình điện lực tổ chức thực hiện Quy định này":
a plural of bodies narrowed in lower case by what they do, up to the sentence's verb, is the
lead as written (README: a body's name copied in full as the letter writes it at that place);
the parser cut it to "Các đơn vị". A qualifier holding a verb or a word that links a sentence
is no part of the name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 9. Tổ chức thực hiện

1. Sở Công Thương có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy chế này.

2. Các đơn vị kinh doanh khai thác chợ tổ chức thực hiện Quy chế này; báo cáo định kỳ về Sở
Công Thương theo quy định.

3. Các cơ quan báo chí của tỉnh tuyên truyền, phổ biến Quy chế này./.
"""


def _leads(org: OrgDirectory, calendar: WorkingCalendar) -> list[str | None]:
    return [a.lead_unit for a in parse_text(regulation(_CHAPTER), org, calendar).actions]


def test_the_kind_narrowed_by_its_work_leads(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert _leads(org, calendar)[1] == "Các đơn vị kinh doanh khai thác chợ"


def test_a_qualifier_that_links_a_sentence_is_left(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _leads(org, calendar)[2] != "Các cơ quan báo chí của tỉnh tuyên truyền"
