"""Round 37d: "TM. HỘI ĐỒNG THÀNH VIÊN CHỦ TỊCH" on one line (a signature cell flattened): the
body signed for, then the signer's own title, "CHỦ TỊCH"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """| TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \\
Độc lập - Tự do - Hạnh phúc |
| --- | --- |
| Số: 12/QĐ-HĐTV | *Hà Nội, ngày 08 tháng 5 năm 2026* |
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ VỐN
HỘI ĐỒNG THÀNH VIÊN
*Căn cứ Nghị định số 06/2022/NĐ-CP ngày 17/01/2022 của Chính phủ;*
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý vốn.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
| *Nơi nhận:* - Như Điều 2; - Lưu: VT. | TM. HỘI ĐỒNG THÀNH VIÊN CHỦ TỊCH     Trần Văn D |
| --- | --- |
"""


def test_the_title_after_the_body_signed_for(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    signer = parse_text(_LETTER, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("TM.", "CHỦ TỊCH", "Trần Văn D")


def test_a_one_word_body_keeps_the_whole_line(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    """ "TM. BAN BÍ THƯ": the Secretariat signed for, no title after a body's name."""
    letter = _LETTER.replace("TM. HỘI ĐỒNG THÀNH VIÊN CHỦ TỊCH", "TM. BAN BÍ THƯ")
    signer = parse_text(letter, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title) == ("TM.", "BAN BÍ THƯ")
