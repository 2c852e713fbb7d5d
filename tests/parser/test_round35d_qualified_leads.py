"""Round 35d: leads named as the regulation names them. "Các cơ quan, đơn vị nhận văn bản
điện tử được ký số phải thực hiện ...": the kinds and which of them, bound by "phải" as by
"có trách nhiệm", all of it the lead (the parser cut it to "Các cơ quan, đơn vị"). "Thủ
trưởng các Cơ quan, tổ chức và các cán bộ, công chức, viên chức, người lao động liên quan
có trách nhiệm ...": the bodies and their staff, joint leads. "Các Cơ quan quản lý trực tiếp
chỉ đạo ..." under "Trách nhiệm của Cơ quan quản lý trực tiếp": the heading's body again,
in the plural (the parser cut it to "Các Cơ quan")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round35_letters import ha_giang_decision

_DECISION = (
    ha_giang_decision(
        "30/2025/QĐ-UBND",
        "BAN HÀNH QUY CHẾ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ CHUYÊN DÙNG TRÊN ĐỊA BÀN TỈNH HÀ GIANG",
        (
            "Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số chuyên dùng trên\n"
            "địa bàn tỉnh Hà Giang."
        ),
        (
            "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở, ban, ngành tỉnh chịu trách\n"
            "nhiệm thi hành Quyết định này./."
        ),
    )
    + """
QUY CHẾ

QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ CHUYÊN DÙNG TRÊN ĐỊA BÀN TỈNH HÀ GIANG
(Kèm theo Quyết định số 30/2025/QĐ-UBND ngày 04 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh
Hà Giang)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định về quản lý, sử dụng chữ ký số chuyên dùng.

Chương II

TỔ CHỨC THỰC HIỆN

Điều 8. Trách nhiệm của Cơ quan quản lý trực tiếp

1. Tổ chức đào tạo, tập huấn sử dụng chữ ký số cho cá nhân thuộc thẩm quyền quản lý.

2. Các cơ quan, đơn vị nhận văn bản điện tử được ký số phải thực hiện đầy đủ các nội dung
trong văn bản đã ký số như văn bản giấy.

3. Các Cơ quan quản lý trực tiếp chỉ đạo các đơn vị trực thuộc thực hiện đăng ký, quản lý,
sử dụng chữ ký số theo quy định tại Quy chế này.

Điều 9. Điều khoản thi hành

1. Thủ trưởng các Cơ quan, tổ chức và các cán bộ, công chức, viên chức, người lao động liên
quan có trách nhiệm thực hiện nghiêm túc Quy chế này.
"""
)

_DIRECT = "Cơ quan quản lý trực tiếp"
_STAFF = "các cán bộ, công chức, viên chức, người lao động liên quan"


def test_leads_keep_their_qualifiers(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION, org, calendar)
    got = [(a.text[:20], a.lead_unit, a.coordinating_units) for a in record.actions]
    assert got == [
        ("Tổ chức đào tạo, tập", _DIRECT, []),
        ("Các cơ quan, đơn vị ", "Các cơ quan, đơn vị nhận văn bản điện tử được ký số", []),
        ("Các Cơ quan quản lý ", _DIRECT, []),
        ("Thủ trưởng các Cơ qu", "các Cơ quan, tổ chức", [_STAFF]),
    ]
