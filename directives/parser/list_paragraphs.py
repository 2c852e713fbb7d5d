"""Paragraphs inside a list: one between two items of the same list, and one that goes on
with the item above it unasked (``actions`` asks these of the blocks ``blocks`` cut)."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.item_paragraphs import Block


def inside_list(blocks: list[Block], i: int) -> bool:
    """A paragraph between two items of one list ("a) Tổ chức ...", "Trường hợp ...",
    "b) ..."): more of the item above it, not the end of the section."""
    if blocks[i].marker is not None or blocks[i].text.rstrip().endswith(":"):
        return False
    around: list[Block | None] = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(blocks) and abs(j - i) <= 4 and blocks[j].marker is None:
            if blocks[j].text.rstrip().endswith(":"):
                return False  # an intro between them opens a list of its own
            j += step
        around.append(blocks[j] if 0 <= j < len(blocks) and abs(j - i) <= 4 else None)
    before, after = around
    return (
        before is not None
        and after is not None
        and before.marker == after.marker
        and before.marker not in ("article", "table")
        and not before.text.rstrip().endswith(":")
    )


# a lead verb, then whom it asks ("đề nghị Sở X ...", "yêu cầu các đơn vị ...") or not
_LEAD_VERB = re.compile(r"\b(?:đề nghị|yêu cầu|giao)\s+", re.IGNORECASE)


def goes_on_unasked(block: Block, within: bool, since: int) -> bool:
    """A paragraph ``within`` a list item that made one task (``since`` the item opened), under
    no heading, which asks with a lead verb naming no body and names none after any other
    ("b) Đề nghị ... . / Trong quá trình ..., cơ quan soạn thảo sẽ tham mưu ..., đề nghị không
    định ..."): a request with no subject of its own, more of the item's task (README)."""
    if not within or since != 1:
        return False
    asks = [m.end() for m in _LEAD_VERB.finditer(block.text)]
    named = any(
        STARTS_BODY.match(block.text, at) or block.text.startswith("các ", at) for at in asks
    )
    return bool(asks) and not named
