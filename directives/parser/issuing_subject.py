"""The subject that issued a cited document, where the sentence names it less plainly than
"X đã có công văn số N": after a purpose clause the page set with no comma before it, or over
a list of the documents it has issued ("X đã có các văn bản hướng dẫn ..., bao gồm: công văn
số A ...; công văn số B ...")."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.cited_kinds import REFERENCE_TYPES
from directives.parser.issuer_before import named_before
from directives.parser.letters import CAPITAL

# "Để đảm bảo hướng dẫn kịp thời ... Bộ Tài chính đã có công văn số ...": a purpose clause
_PURPOSE = re.compile(r"^(?:Để|Nhằm)\s")
_WORD = re.compile(rf"\s(?=[{CAPITAL}])")

_KINDS = r"(?:van ban|vb|" + "|".join(REFERENCE_TYPES) + r")"
# "Tổng cục Thuế đã có các văn bản hướng dẫn một số nội dung của Thông tư, bao gồm: công văn
# số ...": the subject of the documents the list after "bao gồm:" names
_ISSUED_LISTED = re.compile(
    r"(?:^|[.;:()\n]\s*)(?P<issuer>[^.,;:()\n\d]{3,80}?)"
    r"\s+(?:(?:da|cung)\s+)?(?:ban hanh|co|gui)\s+(?:cac|nhieu|mot so)\s+"
    + _KINDS
    + r"\b[^.;:()\n]{0,120}?,?\s*(?:bao gom|gom)\s*:\s*"
    + _KINDS
    + r"\s*(?:so\s*)?:?\s*$"
)
_LISTED_END = re.compile(r"(?:bao gom|gom)\s*:\s*" + _KINDS + r"\s*(?:so\s*)?:?\s*$")


def past_purpose(issuer: str) -> str:
    """The body after a purpose clause that opens ``issuer`` ("Để đảm bảo ... thực hiện Bộ Tài
    chính" -> "Bộ Tài chính"), the page having set no comma between; else ``issuer``."""
    if not _PURPOSE.match(issuer):
        return issuer
    for m in _WORD.finditer(issuer):
        if STARTS_BODY.match(issuer, m.end()):
            return issuer[m.end() :]
    return issuer


def issued_in_list(text: str, folded: str, start: int) -> str | None:
    """The subject that heads the list of its documents the number at ``start`` opens."""
    issuer = named_before(_ISSUED_LISTED, text, folded, start, 260, _LISTED_END)
    return issuer if issuer and STARTS_BODY.match(issuer) else None
