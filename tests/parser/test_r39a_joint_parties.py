"""Round 39a: enterprises named jointly as the subject of an item, joined by "và" ("Doanh
nghiệp cho thuê lại lao động và bên thuê lại lao động phải ký kết hợp đồng ..."), are joint
leads: the first leads, the other (a party of the contract, "bên ...", or another kind of
enterprise) goes to the coordinating units (README: several bodies named jointly as leads)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")


def test_enterprises_joined_by_and_lead_jointly(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "Kính gửi: Các doanh nghiệp hoạt động dịch vụ việc làm trên địa bàn tỉnh\n\n"
        "Sở Nội vụ đề nghị các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn\n"
        "tỉnh tự kiểm tra, nội dung cụ thể như sau:\n\n"
        "- Doanh nghiệp cho thuê lại lao động và bên thuê lại lao động phải ký kết hợp đồng\n"
        "cho thuê lại lao động bằng văn bản.\n\n"
        "- Doanh nghiệp và nhà thầu phụ phải ký kết hợp đồng thầu phụ bằng văn bản." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Doanh nghiệp cho thuê lại lao động", ["bên thuê lại lao động"]),
        ("Doanh nghiệp", ["nhà thầu phụ"]),
    ]
