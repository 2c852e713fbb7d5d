"""The letters the round 36b tests put their follow-up clauses into: a provincial council's
resolution (``resolution(clauses)``: the text of its "Điều 3. Tổ chức thực hiện") and a
provincial decision issuing a regulation (``regulation(chapter)``: its last chapter)."""

from __future__ import annotations

from tests.parser.round35_letters import DECISION_HEAD

_HEAD = """HỘI ĐỒNG NHÂN DÂN
TỈNH BÌNH AN
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 21/2025/NQ-HĐND

Bình An, ngày 08 tháng 10 năm 2025

NGHỊ QUYẾT
Quy định mức hỗ trợ người cao tuổi trên địa bàn tỉnh Bình An

HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh

Nghị quyết này quy định mức hỗ trợ người cao tuổi trên địa bàn tỉnh.

Điều 2. Mức hỗ trợ

Người cao tuổi được hỗ trợ 500.000 đồng/tháng.

Điều 3. Tổ chức thực hiện

"""

_TAIL = """
Điều 4. Hiệu lực thi hành

Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Bình An khóa X, Kỳ họp thứ 9 thông qua ngày 08
tháng 10 năm 2025./.

Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Lưu: VT.

CHỦ TỊCH
Trần Văn E
"""


def resolution(clauses: str) -> str:
    """The resolution with ``clauses`` as the text of its "Điều 3. Tổ chức thực hiện"."""
    return _HEAD + clauses.strip("\n") + "\n" + _TAIL


_REGULATION = """
QUY CHẾ
PHỐI HỢP QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH THÁI BÌNH
(Ban hành kèm theo Quyết định số 57/2025/QĐ-UBND)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc phối hợp quản lý chợ trên địa bàn tỉnh.

Điều 2. Nguyên tắc phối hợp

Việc phối hợp bảo đảm thống nhất, kịp thời. Sở Công Thương có trách nhiệm tổng hợp tình hình.

"""


def regulation(chapter: str) -> str:
    """The decision and its regulation, ``chapter`` (from its "Chương II" line) the last."""
    return DECISION_HEAD + _REGULATION + chapter.strip("\n") + "\n"
