"""Round rW: a partner named only by its kind and "có liên quan" ("phối hợp với Bộ phận có
liên quan thực hiện ...", "... với Phòng liên quan ..."): the units concerned, none named, so no
coordinating unit (README's unnamed plural), not a body called "Bộ phận"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = "\n\n".join(
    [
        "CỤC THUẾ TỈNH BẮC KẠN",
        "Số: 88/QĐ-CT",
        "Bắc Kạn, ngày 02 tháng 3 năm 2026",
        "Kính gửi: Các phòng thuộc Cục Thuế.",
        "1. Bộ phận một cửa có trách nhiệm phối hợp với Bộ phận có liên quan thực hiện việc "
        "trả kết quả giải quyết hồ sơ cho người nộp thuế đúng hạn.",
        "2. Phòng Kiểm tra có trách nhiệm phối hợp với Phòng liên quan rà soát hồ sơ hoàn thuế.",
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
        "CỤC TRƯỞNG\nHoàng Văn Nam\n",
    ]
)


def test_a_kind_concerned_is_no_partner(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_PAGE, org, calendar).actions
    assert [a.coordinating_units for a in actions] == [[], []]
