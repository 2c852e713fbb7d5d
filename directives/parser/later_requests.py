"""The later sentence of a paragraph that asks: "Tại Điều 10 ... quy định .... Do vậy, đề nghị
Thuế tỉnh X báo cáo ..." (a body by name, from that sentence on), the close that hands work
on ("Trên đây là Kế hoạch .... Giao Sở Y ..."), and the request that names no body ("- Bổ
sung đánh giá ...", "... . Do đó, đề nghị xem xét, điều chỉnh ..."); formulas.py tells the
first sentence's request and the closing words.
"""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.bodies import STARTS_BODY
from directives.parser.case_requests import CASE_THEN_REVISE
from directives.parser.formulas import ASKED, asks_one
from directives.parser.letters import CAPITAL
from directives.parser.mentions import MentionFinder

# A sentence's start within a paragraph: ". Vì vậy, đề nghị ..."
_NEXT_SENTENCE = re.compile(rf"\.\s+(?=[{CAPITAL}])")


def asks_later(block: Block, find: MentionFinder) -> Block | None:
    """ "Tại Điều 10 ... quy định .... Do vậy, đề nghị Thuế tỉnh X báo cáo ...": a paragraph
    whose first sentence asks nothing, from its later sentence that asks a body by name."""
    first = _NEXT_SENTENCE.search(block.text)
    if first is None or ASKED.search(block.folded, 0, first.start()) is not None:
        return None
    return later_request(block, find)


def asked_later(block: Block) -> Block | None:
    """ "Thực hiện ...; Bộ X đã xây dựng Đề án .... Để có cơ sở ..., Bộ X đề nghị các Bộ: A, B
    góp ý ...": a paragraph whose first sentence asks nothing, from its later sentence that
    asks (whom it asks is for the caller to judge)."""
    first = _NEXT_SENTENCE.search(block.text)
    if first is None or ASKED.search(block.folded, 0, first.start()) is not None:
        return None
    for m in _NEXT_SENTENCE.finditer(block.text):
        end = block.folded.find(". ", m.end())
        if ASKED.search(block.folded, m.end(), len(block.folded) if end < 0 else end):
            return Block(block.marker, block.text[m.end() :], block.folded[m.end() :])
    return None


def later_request(block: Block, find: MentionFinder) -> Block | None:
    """ "2. Về mức chi ...: Trên cơ sở ..., Bộ X đã hướng dẫn .... Vì vậy, đề nghị UBND các
    tỉnh ... trình ...": in the issuer's opinion, the later sentence of a point that asks a
    body by name is a task, from that sentence on."""
    for m in _NEXT_SENTENCE.finditer(block.text):
        tail = Block(block.marker, block.text[m.end() :], block.folded[m.end() :])
        if asks_one(tail, find):
            return tail
    return None


def handed_on(block: Block, find: MentionFinder) -> Block | None:
    """ "Trên đây là Kế hoạch .... Giao Sở Y tế theo dõi, ...": the part of a close that looks
    back and then, in a later sentence, hands a body work of its own, from that sentence on."""
    if not block.folded.startswith("tren day la ") or asks_one(block, find):
        return None
    # (only work handed: "... . Đề nghị các sở ... phối hợp thực hiện./." is the close's own
    # formula, whoever it names)
    tail = later_request(block, find)
    return tail if tail is not None and tail.folded.startswith("giao ") else None


# "- Bổ sung đánh giá ...", "- Cập nhật ...": what the dossier must revise, said to no one
_REVISE = re.compile(r"^(?:bo sung|cap nhat|lam ro|hoan thien|dieu chinh|chinh sua)\b")
# "Đề nghị bổ sung ...", "... . Do đó, đề nghị xem xét, điều chỉnh ...": a request, no body named
_ASKS_NOBODY = re.compile(
    r"(?:^|\.\s+)(?P<sentence>(?:(?:do do|do vay|vi vay|vi the),?\s+)?de nghi\s+)(?!cac\b)"
)


# "- Điều 2: Nội dung điều này ... là chưa đầy đủ, đề nghị bổ sung.", "+ Khoản 3: Để ..., đề
# nghị bổ sung ...": an item's own sentence that ends in a request naming no body (not "hồ sơ
# đề nghị gồm ...", the noun)
_ITEM_ASKS_NOBODY = re.compile(
    r"(?:^|[,;:]\s+)(?:(?:do do|do vay|vi vay|vi the),?\s+)?de nghi\s+(?!cac\b)"
)


def unnamed_request(block: Block) -> Block | None:
    """The part of ``block`` that asks for something without naming whom: the item when it
    says what to revise (in a case too), opens with the request or asks in its first
    sentence, else its sentence that asks; or None."""
    if _REVISE.match(block.folded) or CASE_THEN_REVISE.match(block.folded):
        return block
    if block.marker not in (None, "article", "table"):
        first = _NEXT_SENTENCE.search(block.text)
        end = first.start() if first else len(block.folded)
        for m in _ITEM_ASKS_NOBODY.finditer(block.folded, 0, end):
            if not STARTS_BODY.match(block.text[m.end() :]):
                return block
    for m in _ASKS_NOBODY.finditer(block.folded):
        if not STARTS_BODY.match(block.text[m.end() :]):
            at = m.start("sentence")
            return Block(block.marker, block.text[at:], block.folded[at:])
    return None
