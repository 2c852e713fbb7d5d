"""Round 50d: a lettered point whose label gives work and names its object in full, then the
task's own sentence that opens with when it is done ("c) Thực hiện chi trả cho người hưởng
trợ cấp xã hội, trợ cấp hưu trí xã hội: Sau khi ..., Ủy ban nhân dân xã, phường phối hợp
..."), keeps the label in its text as the shorter "b) Thực hiện mở tài khoản: ..." does
(README: an item's own first line that gives work starts its text); who acts is read after
the label. A label that names a body ("Giao Sở X ... với các Sở: A, B") is no such label."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")


def test_a_long_work_label_stays_in_the_points_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "Kính gửi: Các sở, ban, ngành thuộc tỉnh\n\n"
        "**2. Phương án triển khai**\n\n"
        "a) Ủy ban nhân dân xã, phường\n"
        "huy động nguồn lực, tổ chức triển khai hoạt động tuyên truyền.\n\n"
        "b) Thực hiện chi trả cho người\n"
        "hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội: Sau khi thực hiện mở tài khoản,\n"
        "Ủy ban nhân dân xã, phường phối hợp với các tổ chức chi trả dịch vụ thực hiện\n"
        "ký kết hợp đồng trách nhiệm chi trả chế độ chính sách." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    assert [a.text[:36] for a in actions] == [
        "Ủy ban nhân dân xã, phường huy động ",
        "Thực hiện chi trả cho người hưởng tr",
    ]
    assert [a.lead_unit for a in actions] == ["Ủy ban nhân dân xã, phường"] * 2
