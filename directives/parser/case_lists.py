"""Under a "-" item that gives a task, a paragraph with no marker that opens a case of it and
lists how to go about it ("Trường hợp X thì hướng dẫn người khai thực hiện khai báo như sau:")
and the "+" items under that paragraph: the task's own detail, going on with the item up to
the next item of its list."""

from __future__ import annotations

import re

from directives.parser.item_paragraphs import Block, absorb, last_line

# "Trường hợp ... như sau:" / "Trường hợp ... gồm:": a case, what to do in it listed below
_CASE_LISTS = re.compile(r"^truong hop\s[^;]{10,400}:$")


def case_lists(blocks: list[Block]) -> list[Block]:
    """Each such case paragraph and its "+" items joined to the "-" item above them."""
    out: list[Block] = []
    item: Block | None = None
    for block in blocks:
        if item is not None and block.marker == "plus" and not block.after_gap:
            item.parts += [f"{block.mark} {block.text}", *block.parts]
            item.folded_parts += [f"{block.mark} {block.folded}", *block.folded_parts]
            continue
        item = None
        before = out[-1] if out else None
        if (
            before is not None
            and before.marker == "dash"
            and block.marker is None
            and not block.after_gap
            and not block.parts
            and last_line(before).endswith(".")
            and _CASE_LISTS.match(block.folded.strip())
        ):
            absorb(before, block)  # (no parts of its own: its one line)
            item = before
            continue
        out.append(block)
    return out
