"""Round 37e: a Government resolution laid out as a Markdown page. Its subject names the state
inside the phrase ("... GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC
...") : the national name after "NƯỚC" is a word of the subject, not the letterhead's, and the
subject runs on whole. Its signature cell holds both capacities on one line ("TM. CHÍNH PHỦ KT.
THỦ TƯỚNG PHÓ THỦ TƯỚNG"): the signer signs in the innermost ("KT."), under the deputy's title."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = (
    "| CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
    "  --------------- |"
)
_SUBJECT = (
    "VỀ VIỆC PHÊ DUYỆT HIỆP ĐỊNH HỢP TÁC LAO ĐỘNG GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ"
    " NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA PHI-LÍP-PIN"
)
_SIGNED = (
    "| *Nơi nhận:* - Các Thành viên Chính phủ; - Lưu: VT, QHQT. | TM. CHÍNH PHỦ KT. THỦ TƯỚNG"
    " PHÓ THỦ TƯỚNG     Lê Văn Thành |"
)
_LETTER = "\n".join(
    [
        _HEAD,
        "| --- | --- |",
        "| Số: 120/NQ-CP | *Hà Nội, ngày 10 tháng 6 năm 2026* |",
        "NGHỊ QUYẾT",
        _SUBJECT,
        "CHÍNH PHỦ",
        "*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*",
        "QUYẾT NGHỊ:",
        "Điều 1. Phê duyệt Hiệp định hợp tác lao động.",
        "Điều 2. Bộ Ngoại giao thực hiện các thủ tục đối ngoại về phê duyệt Hiệp định./.",
        _SIGNED,
        "| --- | --- |",
    ]
)


def test_state_name_inside_the_subject_is_no_letterhead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.subject is not None
    assert record.subject.endswith("VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA PHI-LÍP-PIN")


def test_both_capacities_on_one_line_sign_in_the_innermost(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_LETTER, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("KT.", "PHÓ THỦ TƯỚNG", "Lê Văn Thành")
