"""The recipient a letter asks politely by its kind, "quý cơ quan", "Quý Ủy ban", "quý Bộ":
the body asked, named as the letter names it (no list of recipients to read it from, or
recipients of different kinds)."""

from __future__ import annotations

import re

# ("đề nghịQuý cơ quan", "đến quýcơ quan": a page that glued the words keeps them glued)
_POLITE_ASKED = re.compile(
    r"(?:\bquý|Quý) ?(?:cơ quan|đơn vị|(?:Ủy|Uỷ) ban|Tổng cục|Cục|Bộ|Sở|Ban|Viện)(?!\w)"
)
# the request the polite address follows: "đề nghị quý ...", "gửi ... đến quý ... để ..."
_ASKED_BY = re.compile(r"(?:đề nghị|yêu cầu|đến|gửi)\s*$", re.IGNORECASE)


def polite_addressee(text: str) -> str | None:
    """ "quý cơ quan" as written, when the text asks the recipient so, or None."""
    if "uý" not in text:
        return None
    for m in _POLITE_ASKED.finditer(text):
        if _ASKED_BY.search(text[max(0, m.start() - 12) : m.start()]):
            return m.group(0)
    return None
