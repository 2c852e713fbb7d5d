"""An item that asks for slogans or messages to be put up ("5. Lựa chọn và thực hiện khẩu hiệu
tuyên truyền tại đơn vị") over the lines that give them ("- Chung một quyết tâm ...", "- Vì
sức khỏe của bạn, ..."): the lines are the words to display, no tasks of their own; the item
and its lines, their dashes as written, are one task."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep
from directives.parser.item_paragraphs import Block
from directives.parser.zones import IMPERATIVE

# "khẩu hiệu tuyên truyền", "các thông điệp truyền thông": the words a campaign displays
_SLOGANS = re.compile(r"\b(?:khau hieu|thong diep)\b")


def slogan_list(block: Block, following: list[Block], ranks: dict[str, int]) -> Block | None:
    """``block`` with the slogans under it joined on, when it is a marked item that names
    slogans and every item under it is one (no ":", no verb opening it); else None."""
    if block.marker in (None, "article", "table") or not _SLOGANS.search(block.folded):
        return None
    rank = ranks.get(block.marker, 0)
    items: list[Block] = []
    for nxt in following:
        if nxt.marker in (None, "article", "table") or ranks.get(nxt.marker, 0) <= rank:
            break
        items.append(nxt)
    if not items or any(i.text.rstrip().endswith(":") or IMPERATIVE.match(i.folded) for i in items):
        return None
    whole = " ".join([block.text.rstrip(" :"), *(f"{i.mark} {i.text}".strip() for i in items)])
    return Block(block.marker, whole, fold_keep(whole))
