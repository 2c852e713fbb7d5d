"""In the issuer's answer, a sentence that tells a body what to base its work on ("Khi xử phạt
..., Cục Thuế căn cứ vào tính chất, mức độ vi phạm ... để xử phạt ..."): the body's task; so
is a later item that names the body the answer asked again and tells it what to do."""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.mentions import MentionFinder
from directives.parser.names import fold_name
from directives.parser.zones import IMPERATIVE

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


# "3. Đối với các quyết định ... đã ban hành năm 2016: Cục Thuế rà soát ...": the case the item
# singles out, before the colon and the body it tells
_CASE = re.compile(r"^(?:doi voi|truong hop|rieng)\b[^.;:]{3,240}:\s*")


def told_again(block: Block, asked: str | None) -> bool:
    """In the issuer's answer that has asked ``asked`` ("2. Đề nghị Cục Thuế rà soát ..."), a
    later item that opens with that body again, after the case it singles out or not, and
    tells it what to do ("3. Đối với ...: Cục Thuế rà soát, lập danh sách ...", "4. Cục Thuế
    quán triệt ..."): the body's task too, not the answer's statement of the law."""
    if asked is None or block.marker is None:
        return False
    case = _CASE.match(block.folded)
    says = block.folded[case.end() if case else 0 :]
    name = fold_name(asked).lower()
    for opening in (f"{name} ", f"cac {name} "):
        if says.startswith(opening):
            return IMPERATIVE.match(says[len(opening) :]) is not None
    return False
