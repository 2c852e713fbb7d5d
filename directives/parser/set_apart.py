"""A paragraph whose last sentence sets one body apart over the items below it ("Đề nghị Uỷ
ban nhân dân cấp xã chỉ đạo ... . Riêng Uỷ ban nhân dân phường X cử ... thuộc phạm vi quản
lý:" / "- Cử ..."): that sentence heads the items, the sentences before it a paragraph of
their own. A numbered body's duties headed with a full stop for the colon ("2 - Sở X có
trách nhiệm." over "- ..." items) get their colon back, so they head the items as "...:" does."""

from __future__ import annotations

import re

from directives.parser.item_paragraphs import Block
from directives.parser.letters import CAPITAL
from directives.parser.subjects import subject_bodies

# ". Riêng Uỷ ban nhân dân phường X ...:": the last sentence, opened by "Riêng" and a body
_SET_APART = re.compile(rf"(?<=[.;])\s+(?=Riêng\s+[{CAPITAL}])(?!.*[.;]\s)")
_ITEM = ("dash", "plus", "star", "letter")
# "... có trách nhiệm." at a heading's end (folded)
_DUTY_STOPPED = re.compile(r"\bco trach nhiem\s*\.$")


def set_apart(blocks: list[Block]) -> list[Block]:
    """The blocks, a paragraph ending in such a sentence over items cut in two."""
    out: list[Block] = []
    for k, block in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if nxt is not None and nxt.marker in _ITEM and _DUTY_STOPPED.search(block.folded):
            # "2 - Sở X có trách nhiệm." over "- ..." items: a full stop where the colon goes
            block.text, block.folded = (
                block.text.rstrip()[:-1] + ":",
                block.folded.rstrip()[:-1] + ":",
            )
        m = _SET_APART.search(block.text) if block.marker is None else None
        cut = m.end() if m and block.text.rstrip(" *").endswith(":") else 0
        # (the body named right after "Riêng" heads them, the subject of the heading that is
        # left; the texts stay aligned)
        at = cut + len("Riêng ")
        named = cut and subject_bodies(block.text[at:])
        items = nxt is not None and nxt.marker in _ITEM
        if m is None or not (named and items and len(block.folded) == len(block.text)):
            out.append(block)
            continue
        first = Block(None, block.text[: m.start()], block.folded[: m.start()], block.after_gap)
        out += [first, Block(None, block.text[at:], block.folded[at:], after_gap=False)]
    return out
