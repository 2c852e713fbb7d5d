"""In the issuer's answer, a sentence that tells a body what to base its work on ("Khi xử phạt
..., Cục Thuế căn cứ vào tính chất, mức độ vi phạm ... để xử phạt ..."): the body's task."""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.mentions import MentionFinder

# where a later sentence may open: ". " (a capital after it, checked as written)
_SENTENCE = re.compile(r"\.\s+(?=\w)")
# "... Cục Thuế căn cứ vào tính chất, mức độ vi phạm ... để xử phạt ...": a body told on what
# to base the work it does
_BASES = re.compile(r"\s+can cu(?: vao)?\s[^.;]{3,240}?\bde\s")


def told_basis(block: Block, find: MentionFinder) -> tuple[Block, str] | None:
    """In the issuer's answer, a sentence that tells a body what to base its work on ("Khi xử
    phạt ..., Cục Thuế căn cứ vào tính chất ... để xử phạt ..."): the body's task from that
    sentence on, as a request naming it is, and the body."""
    mentions = find(block.text, block.folded)
    for at in [0, *(m.end() for m in _SENTENCE.finditer(block.text))]:
        if not block.text[at].isupper():
            continue
        end = block.folded.find(". ", at)
        end = len(block.folded) if end < 0 else end
        told = [x for x in mentions if at <= x.start < end and _BASES.match(block.folded, x.end)]
        if told:
            return Block(block.marker, block.text[at:], block.folded[at:]), told[0].name
    return None
