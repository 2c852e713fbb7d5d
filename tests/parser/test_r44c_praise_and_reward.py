"""Round 44c: an item under a body's heading that asks it to praise and reward those who
excel ("- Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc ...") is
that body's work, not the letter's own praise ("Biểu dương Bộ X đã ..."), which stays no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 300/NQ-CP
Hà Nội, ngày 10 tháng 9 năm 2025

NGHỊ QUYẾT
Về phát động phong trào toàn dân bảo vệ môi trường

CHÍNH PHỦ

QUYẾT NGHỊ:

1. Nhiệm vụ, giải pháp

a) Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương

- Triển khai các đợt ra quân tổng vệ sinh môi trường tại khu dân cư.

- Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc, đồng thời \
nhắc nhở các đơn vị thực hiện chưa nghiêm túc.

b) Bộ Nội vụ rà soát, hoàn thiện quy định về khen thưởng trong công tác bảo vệ môi trường.

TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn An
"""


def test_praising_and_rewarding_is_the_bodys_work(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    praised = [a for a in actions if a.text.startswith("Biểu dương, khen thưởng")]
    assert len(praised) == 1
    assert praised[0].lead_unit == "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"


def test_the_letters_own_praise_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    letter = _LETTER.replace(
        "- Biểu dương, khen thưởng kịp thời các tập thể",
        "- Biểu dương các địa phương đã chủ động ra quân, khen thưởng kịp thời các tập thể",
    )
    actions = parse_text(letter, org, calendar).actions
    assert not [a for a in actions if a.text.startswith("Biểu dương")]
