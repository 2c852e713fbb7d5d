"""Synthetic letters of round 23a (reused from round 28 on): a ministry's or a department's
short letter (công văn) to its recipients; each test gives the body and what of the header or
the signer matters."""

from __future__ import annotations

# The lines under the issuer and under the motto: ruled and spaced, or (``tight``) one longer
# rule under the issuer, none under the motto and no blank line between.
_RULES = {False: ("-------\n", "---------\n"), True: ("--------", "")}

_LETTER = """{issuer}
{rules[0]}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{rules[1]}
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
    tight: bool = False,
) -> str:
    """The letter's text; a ``recipient`` that opens with a line break is a list of them."""
    recipient = recipient if recipient.startswith("\n") else f" {recipient}"
    fields = {"issuer": issuer, "number": number, "subject": subject, "dated": dated}
    fields |= {"recipient": recipient, "distribution": distribution, "signer": signer}
    return _LETTER.format(body=body.strip("\n"), rules=_RULES[tight], **fields)


def finance_report_letter(body: str, number: str) -> str:
    """Round 28: the Ministry of Finance's tight letter of 20/04/2015 to the provinces' finance
    departments about their reports."""
    return letter(
        body,
        issuer="BỘ TÀI CHÍNH",
        number=number,
        subject="thực hiện chế độ báo cáo",
        dated="ngày 20 tháng 4 năm 2015",
        recipient="Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương.",
        tight=True,
    )
