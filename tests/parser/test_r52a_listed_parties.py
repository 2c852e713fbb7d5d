"""Round 52a (batches 195, 196): a duty's subject that lists heads of kinds of body in lower
case ("Thủ trưởng cơ quan thuế, Trưởng bộ phận một cửa, Thủ trưởng các đơn vị có liên quan
thuộc cơ quan thuế có trách nhiệm ...") names each body, the first leading, a section by its
work among them; one that lists a unit by its work and the other parties a duty binds, ";"
between them ("Đơn vị cung cấp dịch vụ hóa đơn điện tử; người nộp thuế và các tổ chức, cá nhân
có liên quan có trách nhiệm ..."), names each party, the unit's work part of its name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import TCT_4153
from tests.parser.signed import signed

_BODY = """Để triển khai Nghị quyết, Tổng cục Thuế yêu cầu thực hiện một số nội dung sau:
1. Thủ trưởng cơ quan thuế, Trưởng bộ phận một cửa, Thủ trưởng các đơn vị có liên quan thuộc cơ
quan thuế có trách nhiệm tổ chức thực hiện theo hướng dẫn tại Công văn này.
2. Đơn vị cung cấp dịch vụ hóa đơn điện tử; người nộp thuế và các tổ chức, cá nhân có liên
quan có trách nhiệm thực hiện Công văn này."""


def test_each_party_a_duty_binds(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    text = TCT_4153 + _BODY + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    actions = parse_text(text, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        (
            "cơ quan thuế",
            ["bộ phận một cửa", "các đơn vị có liên quan thuộc cơ quan thuế"],
        ),
        (
            "Đơn vị cung cấp dịch vụ hóa đơn điện tử",
            ["người nộp thuế", "các tổ chức, cá nhân có liên quan"],
        ),
    ]
