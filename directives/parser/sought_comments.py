"""A letter that asks for comments: the request ("..., đề nghị các cơ quan cho ý kiến cụ thể về
dự kiến nội dung hướng dẫn của Bộ Tài chính") is a task even when it asks bodies by their kind
in the plural, giving comments being work of their own (not only carrying out what the letter
says); and the sentence after it that only says where and by when to send them ("Ý kiến tham
gia xin gửi về Bộ Tài chính ... trước ngày 24 tháng 6 năm 2017") is no part of its text but
dates the requests above it, as such a paragraph of its own does (README, 28/04, 179/02).
"""

from __future__ import annotations

import re

from directives.parser.item_paragraphs import Block

# "đề nghị các cơ quan cho ý kiến ...", "yêu cầu các đơn vị tham gia góp ý ...": a plural
# asked for its comments, its first sentence
_PLURAL_COMMENTS = re.compile(
    r"^[^.;:]*?\b(?:de nghi|yeu cau)\s+(?:cac|quy)\s[^.;:,]{2,60}?\s"
    r"(?:cho y kien|gop y|tham gia (?:gop )?y kien)\b"
)


def asks_comments(folded: str) -> bool:
    """The paragraph's first sentence asks bodies, in the plural, for their comments (or hands
    them a document for their work, ``handed_for_work``)."""
    return _PLURAL_COMMENTS.match(folded) is not None or handed_for_work(folded)


# "Tổng cục Thuế sao gửi toàn văn Nghị định số ... để các Cục Thuế triển khai thực hiện.": the
# issuer hands bodies a document for their work
_HANDED = re.compile(
    r"^[^.;:]{2,60}?\s(?:sao gui|gui kem|gui)\s[^;:]{3,200}?\sde\s+(?P<who>cac\s[^.;:,]{2,60}?)\s"
    r"(?:trien khai|thuc hien|to chuc)\b[^.]{0,60}\.\s"
)
# "Văn phòng Bộ xin gửi trước dự thảo Quy chế để các đơn vị nghiên cứu, tham gia, đóng góp ý
# kiến tại cuộc họp.": the issuer hands bodies a draft for their comments, work of their own
_HANDED_COMMENTS = re.compile(
    r"^[^.;:,]{2,60}?\s(?:xin\s+)?(?:sao gui|gui kem|gui)\s[^;:.]{3,200}?\sde\s+"
    r"(?P<who>cac\s[^.;:,]{2,60}?)\s(?:nghien cuu,?\s+(?:va\s+)?)?(?:tham gia,?\s+(?:va\s+)?)?"
    r"(?:dong gop y kien|gop y|cho y kien|tham gia y kien)\b"
)
# "..., Văn phòng Bộ xin gửi ...": where such a sentence (or a clause after a comma) begins
_HANDED_AT = re.compile(r"[.,]\s+(?=[^.;:,]{2,60}?\s(?:xin\s+)?(?:sao gui|gui kem|gui)\s)")
# "... cần tạo thuận lợi ..., cần kịp thời tham mưu ...": what they need to do in it
_NEEDS = re.compile(r"\bcan\s+(?!thiet\b)")


def _handed(folded: str) -> re.Match[str] | None:
    """The paragraph hands bodies in the plural a document for their work ("... sao gửi ... để
    các Cục Thuế triển khai thực hiện.") and its later sentences, no subject of their own, say
    what they need to do ("Trong quá trình ..., cần tạo thuận lợi ...": README, 192/01); or
    hands them a draft for their comments (``_HANDED_COMMENTS``, 200/01)."""
    m = _HANDED.match(folded)
    if m is not None and _NEEDS.search(folded, m.end()) is not None:
        return m
    return _HANDED_COMMENTS.match(folded)


def handed_for_work(folded: str) -> bool:
    return _handed(folded) is not None


def handed_bodies(text: str, folded: str) -> list[str]:
    """The bodies a paragraph hands a document for their work (``_handed``), as written ("các
    Cục Thuế"); none when it hands none so."""
    m = _handed(folded)
    return [text[m.start("who") : m.end("who")]] if m is not None else []


# ". Ý kiến tham gia xin gửi về Bộ Tài chính ... trước ngày ...", ". Văn bản góp ý đề nghị gửi
# về ...": where the comments go, its subject the comments, no body
COMMENTS_SENT = (
    r"(?:van ban |cong van )?(?:tham gia |gop y )?(?:y kien|gop y)(?: tham gia| gop y)?"
    r"\s+(?:xin\s+|de nghi\s+)?gui\s+(?:ve|toi|den)\b"
)
_SENT_ON = re.compile(r"\.\s+(?=" + COMMENTS_SENT + r"[^.]*?\b(?:truoc|cham nhat)\s+ngay\b)")


# "... đề nghị các cơ quan cho ý kiến về ...", "Bộ X đề nghị Quý cơ quan tham gia ý kiến ...":
# a request for comments, of a body named or not
_ASKS = re.compile(r"\b(?:de nghi|yeu cau)\s[^.;:]{2,80}?\b(?:cho y kien|gop y|y kien)\b")


def comments_sent_apart(blocks: list[Block]) -> list[Block]:
    """Each paragraph whose later sentence says where and by when to send the comments it asks
    for, cut there in two: the request, then that sentence (a paragraph of its own)."""
    out: list[Block] = []
    for block in blocks:
        m = _SENT_ON.search(block.folded) if block.marker is None else None
        if m is None or _ASKS.search(block.folded, 0, m.start()) is None:
            out.append(block)
            continue
        at = m.end()
        head = Block(None, block.text[: m.start() + 1], block.folded[: m.start() + 1])
        head.after_gap = block.after_gap
        tail = Block(None, block.text[at:], block.folded[at:], after_gap=False)
        out += [head, tail]
    return out


def comments_handed_apart(blocks: list[Block]) -> list[Block]:
    """Each paragraph whose last sentence (or its last clause after a comma) is the issuer
    handing bodies a draft for their comments, cut there in two: the paragraph's account,
    then that request (a paragraph of its own, read as the first sentence is)."""
    out: list[Block] = []
    for block in blocks:
        at = _handed_last(block) if block.marker is None else None
        if at is None:
            out.append(block)
            continue
        head = Block(None, block.text[:at].rstrip(), block.folded[:at].rstrip())
        head.after_gap = block.after_gap
        out += [head, Block(None, block.text[at:], block.folded[at:], after_gap=False)]
    return out


def _handed_last(block: Block) -> int | None:
    """Where the paragraph's closing request for comments begins, its subject written with a
    capital (a body's name); none when it has none or it opens the paragraph."""
    for m in _HANDED_AT.finditer(block.folded):
        rest = block.folded[m.end() :]
        last = re.search(r"\.\s+\S", rest) is None
        if last and block.text[m.end()].isupper() and _HANDED_COMMENTS.match(rest):
            return m.end()
    return None
