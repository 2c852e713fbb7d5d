"""Where an item stands in the letter's outline when its marker's rank, fixed where the
letter used the marker first, says otherwise than the page: items right under a heading that
ends in ":" are that heading's."""

from __future__ import annotations

import re
from itertools import pairwise

from directives.parser.blocks import Block
from directives.parser.clean import is_upper_line
from directives.parser.formulas import DIFFICULTY_CASE, GROUNDED_ASK
from directives.parser.letters import CAPITAL
from directives.parser.sentences import CONDITION, DONE_BY, OWN_TIME
from directives.parser.subjects import subject_bodies
from directives.parser.zones import Context, Zone


def goes_on(block: Block, previous: Block, lead: str | None) -> bool:
    """ "Trường hợp ..." right under an item, or, under an article that gave one body a task
    ("Điều 2. Giao Bộ trưởng Bộ X ... ký ..."), a paragraph of the same article whose subject is
    that body ("Bộ X chịu trách nhiệm ...; chuẩn bị ..."): more of the same task; in running
    prose, a paragraph opened by a connective with no subject of its own ("Ngoài ra, cần lưu ý
    ...") after the task's paragraph."""
    if previous.marker is None:
        return _connective_goes_on(block)
    if previous.marker == "num1" and _same_body_again(block, lead):
        return True  # (a blank line between them or none, as a text layer gives it)
    if block.after_gap:
        return False
    if previous.marker != "article":
        matched = CONDITION.match(block.folded) or _OWN_DIFFICULTIES.match(block.folded)
        return bool(matched or _EXAMPLE.match(block.folded))  # ("Ví dụ: ..." under an item)
    return lead is not None and subject_bodies(block.text)[:1] == [lead]


# "Căn cứ quy định phân cấp, chức năng ..., Ủy ban nhân dân Thành phố có trách nhiệm ...": the
# grounds the paragraph opens with, up to the comma before the body's capitalised name
# (no request in them: "Căn cứ nội dung chỉ đạo trên, yêu cầu các sở, ..., Ủy ban ..." asks all)
_GROUNDS = re.compile(
    rf"^(?:[Cc]ăn cứ|[Tt]rên cơ sở) (?:(?!yêu cầu |đề nghị )[^.;:]){{0,200}}?,\s+(?=[{CAPITAL}])"
)


def _same_body_again(block: Block, lead: str | None) -> bool:
    """ "1. Giao Ủy ban nhân dân Thành phố tổ chức triển khai ..." / (a blank line) / "Căn cứ
    ..., Ủy ban nhân dân Thành phố có trách nhiệm chỉ đạo ...": a paragraph with no marker
    under a numbered clause, before the next clause, whose subject after its grounds is the
    clause's own body: more of the clause's task (README: a paragraph of one item whose later
    sentence gives the same body the work is one action)."""
    grounds = _GROUNDS.match(block.text)
    if lead is None or grounds is None:
        return False
    return subject_bodies(block.text[grounds.end() :])[:1] == [lead]


# "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo
# ...": what the item's body does with its difficulties, no other body named (not "..., các
# cơ quan, đơn vị phản ánh về ...", the letter's closing words to all)
_OWN_DIFFICULTIES = re.compile(
    "^" + DIFFICULTY_CASE + r"[^.;]{0,40}?, (?:kip thoi )?(?:tong hop|bao cao)\b"
)


# "Ví dụ: Công ty C xuất hóa đơn ...": an example of what the item above says, its text
_EXAMPLE = re.compile(r"^vi du(?: \d+)?\s*:")
# "Ngoài ra, ...", "Đồng thời, ...", "Bên cạnh đó, ...", "Trong đó, ...": what goes on from the
# paragraph before
_CONNECTIVE = re.compile(r"^(?:ngoai ra|dong thoi|ben canh do|trong do)\s*,\s*")
# "Đồng thời, đề nghị Sở X ...": a request of its own
_ASKS_AGAIN = re.compile(r"\b(?:de nghi|yeu cau|giao|phan cong|kien nghi)\b")


def _connective_goes_on(block: Block) -> bool:
    """ "Ngoài ra, cần lưu ý ...": a paragraph with no marker opened by a connective that
    neither names its own subject ("Bên cạnh đó, Cục Thuế sẽ ...") nor asks a body again."""
    opens = _CONNECTIVE.match(block.folded)
    return (
        opens is not None
        and _ASKS_AGAIN.search(block.folded) is None
        and not subject_bodies(block.text[opens.end() :])
    )


def paragraph_apart(block: Block, top: Context | None) -> bool:
    """ "5. Sở Công Thương" / "Chủ trì triển khai ..." / "Tăng cường quản lý ...": a paragraph of
    its own under the paragraph right under a body's heading is another task of that body, not
    more of the first (unless it only dates it or states a case of it: "Trường hợp ...")."""
    return (
        block.marker is None
        and top is not None
        and top.lead is not None
        and not (OWN_TIME.match(block.folded) or DONE_BY.match(block.folded))
        and not CONDITION.match(block.folded)
    )


# "Căn cứ quy định nêu trên, Cục Thuế cần ...": the letter drawing on the law it quoted above
_DRAWS_ON = re.compile(
    r"^(?:can cu|theo|tu) (?:cac |nhung )?(?:quy dinh|huong dan|noi dung)(?: neu| noi)? tren\b"
)


def on_law(block: Block, stack: list[Context]) -> bool:
    """ "- Khoản 2 Điều 31 Luật ... quy định:" / "“...”" / "Căn cứ quy định nêu trên, Cục Thuế
    cần ...": the paragraph that draws a request from the law a letter quotes is the letter
    speaking again, no more of the item that quotes it (a zone of no task); one that only
    applies the law ("Căn cứ quy định trên, trường hợp ... thì được ...") stays under it."""
    return (
        block.marker is None
        and bool(stack)
        and stack[-1].zone == Zone.NONTASK
        and _DRAWS_ON.match(block.folded) is not None
        and GROUNDED_ASK.match(block.folded) is not None
    )


def article_dated(blocks: list[Block], i: int) -> bool:
    """ "Điều 2. Sở X có trách nhiệm ... ." / "Hoàn thành trước ngày ...": the line that dates
    the one task of the article above it is that article's own last sentence."""
    block = blocks[i]
    return (
        block.marker is None
        and i > 0
        and blocks[i - 1].marker == "article"
        and DONE_BY.match(block.folded) is not None
    )


def adopted_rank(
    block: Block,
    rank: float,
    stack: list[Context],
    adopted: dict[str, tuple[Context, float]],
    before: Block | None,
) -> float:
    """ "(3) Báo cáo ... được nộp cho các cơ quan sau đây:" / "a) ...": items right under a
    heading that ends in ":" are its own, though their marker ranked above the heading's
    where the letter used it first; so are their siblings while the heading stays open."""
    for marker, (context, _) in list(adopted.items()):
        if not any(c is context for c in stack):
            del adopted[marker]
    if block.marker in adopted:
        return adopted[block.marker][1]
    top = stack[-1] if stack else None
    if (
        block.marker is None
        and before is not None
        and before.marker == "article"
        and top is not None
        and top.rank == 0
        and block.text.rstrip().endswith(":")
    ):
        # "Điều 3. Nhiệm vụ của Đoàn kiểm tra" / "Đoàn kiểm tra thực hiện ..., trong đó tập
        # trung:": the article's intro stands under it, its items keep the article's body
        return 0.5
    if (
        top is not None
        and block.marker not in (None, "article", "table")
        and before is not None
        and before.marker not in (None, "article", "table", block.marker)
        and before.text.rstrip().endswith(":")
        and 0 < rank <= top.rank
    ):
        adopted[block.marker] = (top, top.rank + 0.25)
        return top.rank + 0.25
    if block.marker is None and before is not None and before.marker == "numparen":
        # "1.1. Tiêu chí ...:" / "... các tiêu chí sau:" / "1) ..." / "Số lượng ..." / "9) ..." /
        # "Tùy tình hình ...": prose after an item counted "1)" under numbered sections stays
        # under what holds the list, not the letter's end of its sections
        return top.rank + 0.5 if top is not None and top.rank >= 1 else rank
    return rank


def page_gaps(blocks: list[Block]) -> tuple[bool, bool]:
    """Whether the page sets every paragraph off with a blank line (a gap then ends no
    section), and whether it sets none off, as a text layer gives it. A gap under a title that
    ends on a word ("**6. Y tế**" over its paragraph: a converter sets a bold heading apart even
    where the source has no blank line), or at a table's edge, tells neither."""
    gapped = len(blocks) >= 6 and sum(b.after_gap for b in blocks) >= 0.8 * len(blocks)
    told = [
        block
        for previous, block in pairwise(blocks)
        if block.after_gap
        and "table" not in (block.marker, previous.marker)
        and not _titled(previous)
        and not is_upper_line(block.text)  # (nor one over a title in capitals: "PHỤ LỤC")
    ]
    return gapped, not told


def _titled(block: Block) -> bool:
    """A short numbered title over what follows, ending on a word (no sentence's or list's
    mark); not a part's ("II. Nhiệm vụ cụ thể"), whose gap a text layer keeps too."""
    text = block.text.rstrip(" *")
    numbered = block.marker not in (None, "roman")
    return numbered and len(text) <= 120 and text[-1:].isalnum()
