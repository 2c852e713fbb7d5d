"""Round C (batch 177/02): a letter's subject wrapped so that its last line opens with a
thing's initials in capitals ("V/v hướng dẫn hồ sơ đưa kho" / "VLNCN vào sử dụng."): that
line is the subject's last words, not the body's first sentence."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text


def _letter(subject: str) -> str:
    return f"""UBND TỈNH YÊN BÁI
SỞ CÔNG THƯƠNG
Số: 281/SCT-CN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 19 tháng 5 năm 2026
{subject}
Kính gửi: Công ty cổ phần Đá Hồng Hà
Sở Công Thương đề nghị Công ty lập hồ sơ gửi Sở.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn An
"""


def test_the_initials_line_ends_the_subject(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    parsed = parse_text(_letter("V/v hướng dẫn thủ tục\nPCCC cho kho xăng dầu."), org, calendar)
    assert parsed.subject == "hướng dẫn thủ tục PCCC cho kho xăng dầu"
    wrapped = "V/v hướng dẫn hồ sơ\nđưa kho\nVLNCN vào sử dụng."
    assert parse_text(_letter(wrapped), org, calendar).subject == (
        "hướng dẫn hồ sơ đưa kho VLNCN vào sử dụng"
    )
