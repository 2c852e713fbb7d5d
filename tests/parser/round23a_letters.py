"""Synthetic letters of round 23a: a ministry's or a department's short letter (công văn) to
its recipients; each test gives the body and what of the header or the signer matters."""

from __future__ import annotations

_LETTER = """{issuer}
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: {number}
V/v {subject}

Hà Nội, {dated}

Kính gửi:{recipient}

{body}

Nơi nhận:
{distribution}

{signer}
"""


def letter(
    body: str,
    *,
    issuer: str = "BỘ NỘI VỤ",
    number: str = "512/BNV-CQĐP",
    subject: str = "tháo gỡ vướng mắc ở cấp xã",
    dated: str = "ngày 03 tháng 10 năm 2025",
    recipient: str = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.",
    distribution: str = "- Như trên;\n- Lưu: VT.",
    signer: str = "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A",
) -> str:
    """The letter's text; a ``recipient`` that opens with a line break is a list of them."""
    recipient = recipient if recipient.startswith("\n") else f" {recipient}"
    fields = {"issuer": issuer, "number": number, "subject": subject, "dated": dated}
    fields |= {"recipient": recipient, "distribution": distribution, "signer": signer}
    return _LETTER.format(body=body.strip("\n"), **fields)
