"""A body the letter asks to set up, named as an item and described by labelled items under it
("- Ban chỉ đạo :" / "+ Thành phần gồm: ..." / "+ Nhiệm vụ:" / "Tiếp nhận ...; Xử lý ...;" /
"Báo cáo ..."): one task, its text the item and all its parts, not a task for each part nor the
body's own."""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.clean import fold_keep

# the labels of a body's description: who it is made of, what it does
_PART_LABEL = re.compile(
    r"^(?:thanh phan|nhiem vu|co cau|to chuc|che do lam viec)\b[^:;]{0,20}[:;]"
)


def set_up_body(block: Block, following: list[Block], ranks: dict[str, int]) -> Block | None:
    """``block`` ("- Ban chỉ đạo :") joined with the labelled items under it and the
    paragraphs the last label opens (up to the one that ends a sentence), those marked taken;
    else None."""
    if block.marker in (None, "article", "table") or not block.text.rstrip().endswith(":"):
        return None
    if len(block.text.split()) > 6:
        return None  # (a name, no sentence)
    rank = ranks.get(block.marker, 0)
    parts: list[str] = [block.text.rstrip()]
    taken: list[Block] = []
    labels = 0
    open_label = False  # the last part ends in ":" or ";": the paragraphs under it go on
    for nxt in following:
        if nxt.marker is None and open_label and not nxt.after_gap:
            parts.append(nxt.text.rstrip())
            open_label = nxt.text.rstrip().endswith((":", ";"))
            continue
        if nxt.marker in (None, "article", "table") or ranks.get(nxt.marker, 0) <= rank:
            break
        if not _PART_LABEL.match(nxt.folded):
            return None
        labels += 1
        # (a label with its text, "+ Nhiệm vụ: Thực hiện ...", is no task of its own; one over
        # paragraphs, "+ Nhiệm vụ:", is read on as the heading it is)
        taken += [] if nxt.text.rstrip().endswith(":") else [nxt]
        parts.append(f"{nxt.mark or '+'} {nxt.text.rstrip()}")
        open_label = nxt.text.rstrip().endswith((":", ";"))
    if labels < 2:
        return None
    for part in taken:
        part.taken = True  # (the walk reads each part here only, no task of its own)
    whole = " ".join(parts).rstrip(" .;")
    return Block(block.marker, whole, fold_keep(whole))
