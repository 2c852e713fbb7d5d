"""The recipient a letter asks politely by its kind, "quý cơ quan", "Quý Ủy ban", "quý Bộ":
the body asked, named as the letter names it. One definition for both readers: a request
that names no speaker ("Đề nghị quý cơ quan ...", no list of recipients to read it from, or
recipients of different kinds: ``polite_addressee``) and a speaker that asks its addressees
("Văn phòng Chính phủ đề nghị quý Ủy ban ...": ``politely_asked`` after the speaker, read
by ``units``)."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep

# The verbs that ask (folded): "đề nghị quý ...", "yêu cầu quý ..."
ASKING = r"de nghi|yeu cau"
# "quý" and the kind the addressee is called by, after the verb that asks or sends to it
# (folded; "đề nghịQuý cơ quan", "đến quýcơ quan": a page that glued the words keeps them)
_POLITELY = re.compile(
    rf"\b(?P<verb>{ASKING}|den|gui)\s*(?P<whom>quy\s*(?:uy ban|co quan|don vi|tong cuc|cuc|"
    r"bo|so|ban|vien|cong ty|tap doan|hoi)(?!\w))"
)
# what the body sent to ("gửi ... đến quý cơ quan") is asked to do with it: "... để nghiên cứu"
_TO_DO = re.compile(r"\s+de\b")


def politely_asked(folded: str, start: int = 0, sent_to_do: bool = False) -> tuple[int, int] | None:
    """Where the first addressee asked politely from ``start`` is named; with ``sent_to_do``
    one sent to ("gửi", "đến") only when asked to do something with it."""
    if "quy" not in folded:
        return None
    for m in _POLITELY.finditer(folded, start):
        if sent_to_do and m.group("verb") in ("den", "gui") and not _TO_DO.match(folded, m.end()):
            continue
        return m.span("whom")
    return None


def polite_addressee(text: str) -> str | None:
    """ "quý cơ quan" as written, when the text asks the recipient so, or None."""
    found = politely_asked(fold_keep(text)) if "uý" in text or "UÝ" in text else None
    return text[found[0] : found[1]] if found else None
