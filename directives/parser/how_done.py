"""A one-sentence paragraph saying only how a piece of the work above is done, by the rules in
force ("Việc thực hiện nghiệp vụ BOA trên Hệ thống VNACCS thực hiện theo quy định hiện hành."),
under a paragraph of prose or a "-" item that ends a sentence: no task of its own, it goes on
with the task above it, whose text runs on to take it."""

from __future__ import annotations

import re

from directives.parser.item_paragraphs import Block, absorb, last_line

# "Việc ... (thực hiện) theo quy định (hiện hành).": one sentence, no body named doing it
_HOW = re.compile(r"^Việc\s[^.;:!?]{10,240}\stheo\s+quy\s+định(?:\s+hiện\s+hành)?\s*\.?$")


def how_done(blocks: list[Block]) -> list[Block]:
    """Each such paragraph joined to the block above it."""
    out: list[Block] = []
    for block in blocks:
        before = out[-1] if out else None
        text = " ".join([block.text, *block.parts]).strip()
        if (
            before is not None
            and block.marker is None
            and before.marker in (None, "dash")
            and _HOW.match(text)
            and last_line(before).endswith(".")
        ):
            absorb(before, block)
            continue
        out.append(block)
    return out
