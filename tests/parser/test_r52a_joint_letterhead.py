"""Round 52a (batch 197): a regulation two bodies issue jointly names both in its letterhead's
left column, the first name closed by a dash ("CỤC AN TOÀN THỰC PHẨM -" / "BỘ CÔNG THƯƠNG" / ...,
or "LIÊN NGÀNH" / "SỞ Y TẾ -" / "SỞ TÀI CHÍNH TỈNH NINH BÌNH"), and two heads sign it, one
block after the other, each title over the body it heads. The issuer is the two bodies joined,
the parent the two ministries above them; the signer the first block's, its title with its
body; a name with a dash of its own ("BÀ RỊA - VŨNG TÀU") is one body."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.joint_heads import joint_issuers

_BODY = """Số: 15/QCPH-ATTP-QLTT
Hà Nội, ngày 12 tháng 3 năm 2024
QUY CHẾ PHỐI HỢP
TRONG CÔNG TÁC KIỂM TRA THUỐC LƯU HÀNH TRÊN THỊ TRƯỜNG
Điều 1. Trách nhiệm của hai cơ quan
1. Cục An toàn thực phẩm chủ trì xây dựng kế hoạch kiểm tra hằng năm.
2. Cục Quản lý thị trường phối hợp tổ chức kiểm tra theo kế hoạch.
Điều 2. Hiệu lực thi hành
Quy chế này có hiệu lực thi hành kể từ ngày ký./.
{signers}
Nơi nhận:
- Lãnh đạo hai Bộ (để b/c);
- Lưu: VT.
"""

_SIGNERS = """CỤC TRƯỞNG
CỤC QUẢN LÝ THỊ TRƯỜNG
(đã ký)
Trần Văn Minh
CỤC TRƯỞNG
CỤC AN TOÀN THỰC PHẨM
(đã ký)
Nguyễn Thị Hoa"""


def test_two_ministries_two_bodies(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    head = "BỘ Y TẾ\nCỤC AN TOÀN THỰC PHẨM -\nBỘ CÔNG THƯƠNG\nCỤC QUẢN LÝ THỊ TRƯỜNG\n"
    record = parse_text(head + _BODY.format(signers=_SIGNERS), org, calendar)
    assert record.issuer == "Cục An toàn thực phẩm - Cục Quản lý thị trường"
    assert record.parent_issuer == "Bộ Y tế - Bộ Công Thương"
    assert record.signer is not None
    assert record.signer.title == "CỤC TRƯỞNG CỤC QUẢN LÝ THỊ TRƯỜNG"
    assert record.signer.name == "Trần Văn Minh"


def test_a_joint_word_over_two_bodies() -> None:
    names = ["LIÊN NGÀNH", "SỞ Y TẾ - SỞ TÀI CHÍNH TỈNH NINH BÌNH"]
    assert joint_issuers(names) == (None, "Liên ngành Sở Y tế - Sở Tài chính tỉnh Ninh Bình")
    # (one body, the dash its own: no joint letterhead)
    assert joint_issuers(["ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "SỞ Y TẾ"]) is None
    assert joint_issuers(["BỘ QUỐC PHÒNG", "VỤ KẾ HOẠCH - TÀI CHÍNH"]) is None
