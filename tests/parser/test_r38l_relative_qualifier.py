"""Round 38l: a plural body an intro asks is often narrowed by what it has or does, "các doanh
nghiệp có hoạt động dịch vụ việc làm trên địa bàn tỉnh tự rà soát ...:": "có hoạt động ..." is
which of them are meant, not the verb, and the name runs on to the verb that follows it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")


def _page(lead_in: str) -> str:
    return (
        "Kính gửi: Các doanh nghiệp hoạt động dịch vụ việc làm trên địa bàn tỉnh\n\n"
        f"Nhằm bảo đảm thực hiện các quy định về dịch vụ việc làm. {lead_in}\n\n"
        "1. Rà soát hồ sơ cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp.\n\n"
        "2. Niêm yết công khai giấy phép tại trụ sở chính của doanh nghiệp." + _SIGNED
    )


def test_what_the_asked_bodies_have_stays_in_their_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = _page(
        "Sở Nội vụ đề nghị các doanh nghiệp có hoạt\nđộng dịch vụ việc làm trên địa bàn "
        "tỉnh tự kiểm tra việc thực hiện quy định pháp luật, nội dung cụ thể như sau:"
    )
    actions = parse_text(page, org, calendar).actions
    assert len(actions) == 2
    lead = "các doanh nghiệp có hoạt động dịch vụ việc làm trên địa bàn tỉnh"
    assert all(a.lead_unit == lead for a in actions)


def test_a_duty_the_bodies_have_is_still_the_verb(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = _page("Sở Nội vụ đề nghị các doanh nghiệp có trách nhiệm thực hiện các nội dung sau:")
    actions = parse_text(page, org, calendar).actions
    assert all(a.lead_unit == "các doanh nghiệp" for a in actions)
