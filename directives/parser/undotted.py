"""An item whose number lost its dot: "6. Trường hợp ... cho phù hợp." / "7 Phối hợp với
chính quyền địa phương ..." / "8. Chịu sự kiểm tra ...". With no marker the line read as more
of item 6; the number that comes between the two items' own, after a sentence's end and before
a capital, opens item 7 (any other figure in the text stays as written)."""

from __future__ import annotations

import re

from directives.parser.item_paragraphs import Block
from directives.parser.letters import CAPITAL


def undotted_items(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each item a lost dot ran into the item above set apart."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        after = next((b for b in blocks[i + 1 :] if b.marker == block.marker), None)
        numbered = block.marker == "num1" and block.number.isdigit()
        if not numbered or after is None or not after.number.isdigit():
            out.append(block)
            continue
        n = int(block.number) + 1
        if int(after.number) != n + 1:
            out.append(block)
            continue
        m = re.search(rf"(?<=[.;])\s+{n}\s+(?=[{CAPITAL}])", block.text)
        f = re.search(rf"(?<=[.;])\s+{n}\s+(?=[a-zđ])", block.folded)
        if m is None or f is None:
            out.append(block)
            continue
        rest = Block(block.marker, block.text[m.end() :], block.folded[f.end() :], False)
        rest.number, rest.mark = str(n), str(n)
        block.text, block.folded = block.text[: m.start()], block.folded[: f.start()]
        out.extend((block, rest))
    return out
