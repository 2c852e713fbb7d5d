"""A paragraph after a list's last item that has no subject of its own: "21. Các cơ sở đào tạo
... mở thêm ..." / "Phối hợp với các Viện nghiên cứu, phát triển ..." goes on with that item's
task (README: a sentence with no subject of its own that follows a task continues it)."""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.zones import IMPERATIVE, Context

# the markers of a numbered or lettered item ("21.", "c)"), not a bullet or an article
_NUMBERED = ("num", "letter", "roman")
# "Báo cáo gửi về Sở X trước ngày 01/6/2023.": a dated closing sentence, which dates the tasks
# above it (README), not more of the last one
_DATED = re.compile(r"\b(?:truoc|cham nhat|han|den het) (?:ngay|thang|quy|nam)\b|\d{1,2}/\d{4}\b")


def trails_item(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` is prose right after an item, opening with a verb of command (no subject)
    and asking for work, not introducing a list of its own nor dating the tasks above."""
    block = blocks[i]
    if i == 0 or block.marker is not None or block.text.rstrip().endswith(":"):
        return False
    before = blocks[i - 1].marker or ""
    asks = bool(IMPERATIVE.match(block.folded)) and not _DATED.search(block.folded)
    # (or, after any item, the case it may meet and what to do then, no subject of its own:
    # "c) ... để thực hiện." / "Trường hợp không cân đối được nguồn, khẩn trương rà soát ...")
    case = _CASE.match(block.folded)
    if case and before not in ("", "article", "table"):
        return IMPERATIVE.match(block.folded[case.end() :]) is not None
    return before.startswith(_NUMBERED) and asks


# "Trường hợp ..., ", "Nếu ... thì ": a case, up to its comma
_CASE = re.compile(r"^(?:truong hop|neu)\s[^.;:,]{3,160},\s*(?:thi\s+)?")


# "Thời gian hoàn thành công việc nói trên ở các vùng được quy định như sau:": the item's times
_TIMES_LISTED = re.compile(
    r"^(?:thoi gian|thoi han|tien do)(?: hoan thanh| thuc hien)?\b[^.;:]{0,120}"
    r"\b(?:nhu sau|sau day|cu the)\s*:\s*$"
)


def closed_section(blocks: list[Block], i: int) -> int | None:
    """The block opening the section a dated closing sentence (``blocks[i]``) closes: the last
    numbered item above it, when the next numbered item below is its sibling ("(1) Thành lập
    Ban chỉ đạo ..." / "- ..." / "Quyết định thành lập ... gửi về ... trước ngày X." / "(2)
    ..."): the sentence dates that item's tasks only. None when it closes the list (README)."""
    above = next((j for j in range(i - 1, -1, -1) if _numbered(blocks[j])), None)
    below = next((k for k in range(i + 1, len(blocks)) if _numbered(blocks[k])), None)
    if above is None or below is None or blocks[above].marker != blocks[below].marker:
        return None
    return above


def _numbered(block: Block) -> bool:
    return (block.marker or "").startswith((*_NUMBERED, "paren"))


def times_listed(block: Block, nxt: Block | None, ranks: dict[str, int], rank: float) -> bool:
    """``block`` is prose right after an item (of ``rank``) that announces the item's times
    item by item ("Thời gian hoàn thành ... được quy định như sau:" / "- Vùng A: cuối năm
    1982;"): more of that item's task, with the items below it."""
    if block.marker is not None or nxt is None or nxt.marker in (None, "article", "table"):
        return False
    return rank > 0 and ranks[nxt.marker] > rank and _TIMES_LISTED.match(block.folded) is not None


# a field, its label then its value: "Thông tin chuyển khoản: Đơn vị: ..."
_FIELD = re.compile(r"^[^.;:,]{2,40}:\s*\S")

# "Lưu ý: Ban tổ chức không được tham gia chương trình.": a note set under an item
_NOTE = re.compile(r"^(?:luu y|ghi chu)\s*:\s*\S")


def inner_rank(
    block: Block, nxt: Block | None, ranks: dict[str, int], stack: list[Context], item: float
) -> float | None:
    """The rank of prose that stays inside the sections open above it (the ``stack``), or
    None: an intro ending in ":" inside a section ends with the section; so does one right
    after an item (of rank ``item``) of what the letter informs of that opens with a field of its
    own ("3. Học phí ..." / "Thông tin chuyển khoản: Đơn vị: ... Nội dung chuyển khoản:" / "-
    ..."), more of that item's content;
    a note of an item whose list the next block goes on with ("a) Đối tượng tham gia" / "- ..."
    / "Lưu ý: ..." / "b) ...") is more of item a), not prose that closes every section."""
    if block.marker is not None or not stack:
        return None
    intro = block.text.rstrip().endswith(":")
    if intro and stack[-1].rank >= 1:
        return stack[-1].rank + 0.5
    fields = intro and not block.after_gap and _FIELD.match(block.folded)
    if fields and item > stack[-1].rank and stack[-1].informs:
        return item + 0.5
    if nxt is None or nxt.marker in (None, "article", "table") or not _NOTE.match(block.folded):
        return None
    sibling = ranks.get(nxt.marker)
    return sibling + 0.5 if sibling is not None and sibling in [c.rank for c in stack] else None
