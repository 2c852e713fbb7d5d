"""A provincial decision issuing a regulation, up to its signature: the letter the round 35
tests about regulations put their regulation under (the part after it is each test's own)."""

from __future__ import annotations

DECISION_HEAD = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 57/2025/QĐ-UBND

Thái Bình, ngày 14 tháng 10 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý chợ trên địa bàn tỉnh Thái Bình

ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 60/2024/NĐ-CP ngày 05 tháng 6 năm 2024 của Chính phủ về phát triển và
quản lý chợ;

Theo đề nghị của Giám đốc Sở Công Thương.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ trên địa bàn tỉnh.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 10 năm 2025.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh và các cơ
quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Long
"""

_HA_GIANG = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: {number}

Hà Giang, ngày 04 tháng 12 năm 2025

QUYẾT ĐỊNH

{title}

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. {article_1}

Điều 2. Quyết định này có hiệu lực từ ngày 15/12/2025.

Điều 3. {article_3}

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


def ha_giang_decision(number: str, title: str, article_1: str, article_3: str) -> str:
    """A Hà Giang decision issuing a regulation, up to its signature; the regulation is the
    caller's, appended after it."""
    return _HA_GIANG.format(number=number, title=title, article_1=article_1, article_3=article_3)
