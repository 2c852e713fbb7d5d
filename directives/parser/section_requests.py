"""A request the issuer puts to its offices inside a guidance's own sections ("VIII. ỨNG DỤNG
CNTT ... / 2. Yêu cầu về việc tiếp nhận ... / ... Tổng cục Thuế yêu cầu các Cục Thuế:" over
"- Tổ chức tiếp nhận ..."): the sections lay down what the guidance guides, but the items
under that request are the offices' tasks, as a request in running prose is one (README,
session 18)."""

from __future__ import annotations

import re

# "Tổng cục Thuế yêu cầu các Cục Thuế:", "... đề nghị cơ quan thuế các cấp:": a line that asks
# bodies by their kind and hands them the items below
_ASKS_BELOW = re.compile(
    r"\b(?:yeu cau|de nghi)\s+(?:cac\s+)?(?:cuc thue|chi cuc thue|co quan thue)\b[^.;:]{0,60}:\s*$"
)
# the next numbered point or section ends the items: "3. ...", "2.1. ...", "IX. ..."
_NEXT_POINT = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[ivx]{1,4}\s*[.-])\s")


def section_requests(folded: list[str], section: list[int]) -> list[int]:
    """The lines of a guidance's ``section`` that hold such a request and its items, up to the
    next numbered point; none when it asks no one so."""
    kept: list[int] = []
    asking = False
    for i in section:
        if _ASKS_BELOW.search(folded[i]) and not _NEXT_POINT.match(folded[i]):
            asking = True
        elif asking and _NEXT_POINT.match(folded[i]):
            asking = False
        if asking:
            kept.append(i)
    return kept
