"""Round 18a: a document cited as "văn bản số N/YYYY/X", whose code names no kind, is a công
văn; and the issuer read from the heading's capitals stays as written there where the body
glues its words ("Vănphòng Chính phủ xin thông báo ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round18a_letters import office_letter

_ASKED = (
    "Hội Nông dân Việt Nam có kiến nghị về đề án trồng rừng ven biển tại văn bản số "
    "215/2010/HND ngày 04 tháng 01 năm 2010.\n\nVăn phòng Chính phủ đề nghị Bộ Tài chính có ý "
    "kiến về kiến nghị nêu trên."
)


def test_a_letter_cited_with_a_year_and_a_code_of_no_kind(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = office_letter(_ASKED, org, calendar)
    assert [(r.number, r.type) for r in record.references] == [("215/2010/HND", "công văn")]


_GLUED = (
    "BộTài chính nghiên cứu đề án nêu trên và báo cáo Thủ tướng Chính phủ.\n\n"
    "Vănphòng Chính phủ xin thông báo để Bộ Tài chính biết, thực hiện./."
)


def test_the_heading_body_stays_as_its_capitals_spell_it_where_the_body_glues_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = office_letter(_GLUED, org, calendar)
    assert (record.issuer, record.actions[0].text) == (
        "Văn phòng Chính phủ",
        "BộTài chính nghiên cứu đề án nêu trên và báo cáo Thủ tướng Chính phủ",
    )
