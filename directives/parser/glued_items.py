"""Items a page ran together: the next item's number glued to the full stop before it
("... minh bạch.2. Giao ..."), and points counted off inside one paragraph ("(i) ... (ii) ...")
(moved from blocks.py, which grew past 400 lines)."""

from __future__ import annotations

import re

from directives.parser.item_paragraphs import Block

# "... minh bạch.2. Giao ...": the next item's number glued to the full stop of a sentence
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])\.(?P<n>\d{1,2})\.\s+(?=\S)")


def glued_items(blocks: list[Block]) -> list[Block]:
    """ "1. Giao X ... công khai, minh bạch.2. Giao Y ...": a page that lost the line break
    before an item glued its number to the item before; the number that comes next after the
    item's own opens an item of its own (any other figure stays as written)."""
    out: list[Block] = []
    for block in blocks:
        while block.marker == "num1" and block.number.isdigit():
            m = next(
                (
                    g
                    for g in _GLUED_NUMBER.finditer(block.text)
                    if int(g["n"]) == int(block.number) + 1 and block.text[g.end()].isupper()
                ),
                None,
            )
            if m is None:
                break
            rest = Block(block.marker, block.text[m.end() :], block.folded[m.end() :], False)
            rest.number = m["n"]
            block.text, block.folded = block.text[: m.start() + 1], block.folded[: m.start() + 1]
            out.append(block)
            block = rest
        out.append(block)
    return out


# "(i) Chỉ đạo ... (ii) Chỉ đạo ...": points counted inside one paragraph
RUN_ON_POINT = re.compile(r"(?:^|(?<=[.;:]\s))\((?:[ivx]{1,4}|\d{1,2})\)\s+(?=\S)")


def run_on_points(block: Block) -> list[Block]:
    """The points a paragraph counts off in its own text ("(i) ... (ii) ..."), each as a block
    of its own; the block itself when it counts none (or only one)."""
    starts = [m for m in RUN_ON_POINT.finditer(block.text)]
    if len(starts) < 2 or starts[0].start() != 0:
        return [block]
    bounds = [*(m.start() for m in starts), len(block.text)]
    return [
        Block(block.marker, block.text[m.end() : b].strip(), block.folded[m.end() : b].strip())
        for m, b in zip(starts, bounds[1:], strict=True)
    ]
