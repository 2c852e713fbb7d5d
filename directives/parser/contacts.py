"""Where a request says to send what it asks for: "Thông tin đề nghị gửi về:" over lines of
contact details ("Fax: ...", "Điện thoại: ...", "Email: ..."). The lines are no tasks and
open no section: they end the text of the request above them."""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.clean import fold_keep
from directives.parser.mentions import MentionFinder
from directives.parser.zones import asks_a_unit

# A line of contact details, by its label (folded): "Fax: ...", "Điện thoại: ...", "Địa chỉ
# email: ...", "Di động: ...", "Hộp thư điện tử: ..."
_CONTACT = re.compile(
    r"^(?:so\s+)?(?:fax|dien thoai|dt|di dong|e-?mail|thu dien tu|hop thu(?: dien tu)?|"
    r"dia chi(?: (?:e-?mail|thu dien tu|lien he|nhan))?|hotline|duong day nong|website)"
    r"\b[^:]{0,30}:\s*\S"
)


def contact_request(block: Block, following: list[Block], find: MentionFinder) -> Block | None:
    """A paragraph that asks a body to act and ends in ":" over lines of contact details
    only (one or more, up to the next line that is not one), joined with them: one task;
    else None."""
    if block.marker is not None or not block.text.rstrip().endswith(":"):
        return None
    lines = []
    for nxt in following:
        if nxt.marker not in (None, "dash", "plus") or not _CONTACT.match(nxt.folded):
            break
        lines.append(nxt)
    if not lines or not asks_a_unit(block, find):
        return None
    whole = " ".join([block.text.rstrip(), *(line.text.strip() for line in lines)])
    return Block(block.marker, whole, fold_keep(whole))
