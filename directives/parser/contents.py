"""Items that are what another item covers or asks for, not tasks of their own: the
contents of a report asked for ("... báo cáo về các nội dung sau:"), the noun phrases under
"- Nghiên cứu, tham mưu:", the parts of "- Các nội dung hỗ trợ ... bao gồm:"."""

from __future__ import annotations

import re
from itertools import takewhile

from directives.parser.blocks import Block
from directives.parser.clean import fold_keep
from directives.parser.contacts import contact_request
from directives.parser.heading_zone import GOES_ON_SO, TASK_TRIGGER
from directives.parser.mentions import MentionFinder
from directives.parser.set_up_bodies import set_up_body
from directives.parser.slogans import slogan_list
from directives.parser.spread_topics import spread_topics
from directives.parser.zones import IMPERATIVE, Context, Zone, asks_a_unit

# "... báo cáo cụ thể về một số nội dung sau:", "... gồm:": a heading over what is asked for
_CONTENTS_INTRO = re.compile(
    r"(?:noi dung|thong tin|so lieu|gom|bao gom)(?: nhu)? sau(?: day)?\s*:$|gom\s*:$"
)


def lists_contents(block: Block, following: list[Block], find: MentionFinder) -> bool:
    """A numbered heading that is itself a task over items that are what it asks for (noun
    phrases: "Số hộ dân có nhà bị sập", "Tổng kinh phí cần thiết"), not tasks of their own."""
    if block.marker in (None, "article", "table") or not _CONTENTS_INTRO.search(block.folded):
        return False
    items = []
    for nxt in following:
        if nxt.marker in (None, "article", "table", block.marker):
            break
        items.append(nxt)
    return bool(items) and not any(
        IMPERATIVE.match(item.folded) or asks_a_unit(item, find) for item in items
    )


def item_contents(
    block: Block,
    following: list[Block],
    ranks: dict[str, int],
    find: MentionFinder,
    named: bool = False,
) -> Block | None:
    """A task item that ends in ":" ("- Nghiên cứu, tham mưu Lãnh đạo Bộ:") joined with the
    items under it when they are what it asks for (noun phrases: "+ Các chính sách ..."),
    not tasks of their own: one task; else None, and None for an item that ``named`` its
    body (a request in prose over the contact details to send it to: ``contact_request``,
    whether it names its body or not)."""
    if block.marker is None:
        return (
            contact_request(block, following, find)
            or asked_figures(block, following, find)
            or detailed_duty(block, following, find)
            or spread_topics(block, following, find)
            or handled_so(block, following, find)
        )
    board = set_up_body(block, following, ranks)  # ("- Ban chỉ đạo :" / "+ Thành phần ...")
    if board is not None:
        return board
    cases = _cases_below(block, following, ranks) or _cases_covered(block, following, ranks, find)
    if cases is not None:
        return cases
    if not named and (slogans := slogan_list(block, following, ranks)) is not None:
        return slogans  # ("5. Lựa chọn khẩu hiệu ..." / "- Vì cộng đồng không ma túy")
    if (
        named
        or block.marker in (None, "article", "table")
        or not block.text.rstrip().endswith(":")
        or not IMPERATIVE.match(block.folded)
    ):
        return None
    rank = ranks.get(block.marker, 0)
    items = []
    if _PROCEDURES_BELOW.search(block.folded):
        # "1. Chủ trì thực hiện các thủ tục sau:" over unmarked paragraphs, one a procedure
        items = list(takewhile(lambda nxt: nxt.marker is None, following))
        if items and not any(asks_a_unit(item, find) for item in items):
            whole = " ".join([block.text, *(item.text for item in items)])
            return Block(block.marker, whole, fold_keep(whole))
        items = []
    for nxt in following:
        if nxt.marker in (None, "article", "table") or ranks.get(nxt.marker, 0) <= rank:
            break
        items.append(nxt)
    if items and all(_NAMED_PART.match(i.folded) for i in items):
        # "- Chủ trì thực hiện các dự án ..., bao gồm:" (or "... các dự án do Bộ chủ trì:")
        # over "- Dự án 1: ...": one task, its items the parts it names
        head = block.text.rstrip(" :")
        return Block(block.marker, head, fold_keep(head))
    if not items or any(
        IMPERATIVE.match(item.folded) or asks_a_unit(item, find) or item.text.endswith(":")
        for item in items
    ):
        return None
    if all(_CITES_DOCUMENT.search(item.folded) for item in items):
        # "1.1. Nghiên cứu, quán triệt và thực hiện nghiêm túc ...:" over "- Nghị định số
        # 214/2025/NĐ-CP ...": each document it names the object of that work, its own task
        return None
    if all(item.marker == "paren" for item in items):
        return _with_findings(block, items, following[len(items) :])
    # (a lettered point keeps its letter as written: "... sau: a) Tên báo cáo ... b) ...")
    shown = [f"{i.mark} {i.text}" if i.marker == "letter" else i.text for i in items]
    whole = " ".join([block.text, *shown])
    return Block(block.marker, whole, fold_keep(whole))


def _with_findings(block: Block, points: list[Block], rest: list[Block]) -> Block:
    """An item whose own first line gives work ("1. Hiệu chỉnh Phương án ... thống nhất với
    thiết kế được duyệt ... ở 09 nội dung:") over the points it counts off, what is found
    ("(1) Đường kính lỗ khoan: ..."), and the paragraphs after them up to the next item
    ("Đề nghị Công ty hiệu chỉnh các thông số nêu trên ..."): one task, its text running to
    the item's end, each point with its number as written."""
    parts = [block.text, *(f"{point.mark} {point.text}".strip() for point in points)]
    for nxt in rest:
        # (any marked block ends the item's run, a sibling or deeper: its paragraphs only)
        if nxt.marker is not None or nxt.text.rstrip().endswith(":"):
            break
        parts.append(nxt.text)
        nxt.taken = True
    whole = " ".join(parts)
    return Block(block.marker, whole, fold_keep(whole))


# "Nghị định số 214/2025/NĐ-CP", "Văn bản số 43-CV/TU": an item naming a numbered document
_CITES_DOCUMENT = re.compile(r"\bso\s*:?\s*\d{1,6}\s*[/-]")
# "Chủ trì thực hiện các thủ tục sau:": a duty whose procedures the paragraphs below name
_PROCEDURES_BELOW = re.compile(
    r"\b(?:cac|nhung) thu tuc(?: hanh chinh)?(?: nhu)? sau(?: day)?\s*:$"
)
# "Các nội dung hỗ trợ thi hành Luật bao gồm:": a list of what something covers
_PARTS = re.compile(r"\b(?:bao gom|gom)\s*:\s*$")
# "Dự án 1: ...", "Tiểu dự án 2 (...): ...", "Nội dung 3: ...": a part named by its number
_NAMED_PART = re.compile(r"^\w+(?: \w+){0,2} (?:\d{1,2}|[ivx]{1,4})\b[^:.;]{0,40}:")


# "... phải nộp tiền cấp quyền khai thác tài nguyên nước, bao gồm:": what the work covers
_COVERS = re.compile(r",\s*(?:bao gom|gom)\s*:$")


def lists_parts(block: Block, parent: Context | None = None) -> bool:
    """An item that says what something covers ("- Các nội dung ... bao gồm:"), asking no
    one: the items under it are its parts, not tasks (not an item of the list a lead-in asks a
    body to carry out whose sentence ends on what its work covers, "1. Bám sát hoạt động ...
    để xác định các trường hợp ..., bao gồm:": that body's task, ``_cases_covered``)."""
    asked = parent is not None and parent.zone == Zone.TASK and parent.asked and parent.lead
    return (
        block.marker not in (None, "article", "table")
        and bool(_PARTS.search(block.folded))
        and not IMPERATIVE.match(block.folded)
        and not TASK_TRIGGER.search(block.folded)
        and not (asked and _COVERS.search(block.folded.rstrip()))
    )


# "Công tác lập Đề án ... bao gồm các công việc chủ yếu sau:": what a piece of work is made of
_COMPRISES = re.compile(
    r"^(?:cong tac|viec|qua trinh|hoat dong|ke hoach|de an|nhiem vu)\b[^:;.]*?"
    r"\s(?:bao gom|gom)\s(?:cac\s|nhung\s|mot so\s)?[^:;.]{0,40}?\bsau(?: day)?\s*:$"
)
# "Phát triển ... theo hướng .... Các nhiệm vụ trọng tâm bao gồm:": a topic's tasks, listed
_TASKS_COMPRISE = re.compile(
    r"(?:^|[.;]\s+)(?:cac |nhung )?(?:nhiem vu|giai phap)(?: [a-z]+){0,2} (?:bao gom|gom)\s*:$"
)


def work_comprises(block: Block) -> bool:
    """A paragraph saying what a work comprises ("Công tác ... bao gồm các công việc chủ yếu
    sau:"), whatever verb stands inside the work's name: it asks no one."""
    folded = block.folded.rstrip()
    return block.marker is None and bool(_COMPRISES.match(folded) or _TASKS_COMPRISE.search(folded))


# "... cập nhật thường xuyên thông qua Hệ thống ... bao gồm:", "... với các nội dung sau:"
_FIGURES_INTRO = re.compile(
    r"(?:" + _CONTENTS_INTRO.pattern + r"|\bbao gom\s*:$"
    r"|\b(?:cac|nhung) van de(?: \w+){0,2} sau(?: day)?\s*:$)"
)


def asked_figures(block: Block, following: list[Block], find: MentionFinder) -> Block | None:
    """A paragraph that asks a body for something and ends in a colon ("Yêu cầu UBND các xã
    ... báo cáo số liệu ... bao gồm:") over items of one list that only name what it asks for
    (noun phrases: "(1). Tổng số gói thầu ...;"), joined with them, their markers kept: one
    task (README: such a sentence is no heading, the lines in its text); else None."""
    if block.marker is not None or not _FIGURES_INTRO.search(block.folded.rstrip()):
        return None
    items = list(takewhile(lambda nxt: nxt.marker == following[0].marker, following))
    if (
        len(items) < 2
        or items[0].marker in (None, "article", "table")
        or any(
            IMPERATIVE.match(item.folded) or asks_a_unit(item, find) or item.text.endswith(":")
            for item in items
        )
        or not asks_a_unit(block, find)
    ):
        return None
    whole = " ".join([block.text.rstrip(), *(f"{item.mark} {item.text.strip()}" for item in items)])
    return Block(block.marker, whole, fold_keep(whole))


# "... để có căn cứ xử lý theo một trong các trường hợp sau:", "... phải có nội dung như sau:":
# the point's work, over the cases it is done in
# (not "... các hình thức ... đối với các trường hợp cụ thể như sau:": a task of its own each)
_CASES_INTRO = re.compile(
    r"\b(?:noi dung nhu sau|theo (?:mot trong )?(?:cac|nhung) truong hop sau(?: day)?)\s*:$"
)
# "- Trường hợp ... thì ...", "- Đối với văn bản trả lời cho ... thì ...": a case
_CASE = re.compile(r"^(?:truong hop|doi voi|neu)\b[^.;:]{3,400}?\bthi\b")


def _cases_below(block: Block, following: list[Block], ranks: dict[str, int]) -> Block | None:
    """A point ending in ":" over the cases it is done in ("c) ... xử lý theo một trong các
    trường hợp sau:" / "- Trường hợp ... thì cơ quan thuế cấp trên ..." / "- Trường hợp ...
    thì ..."): one task, each case after its dash, whoever the case names; else None (points of
    their own under it, "a) Đối với ... thì ...", are tasks)."""
    if block.marker in (None, "article", "table") or not _CASES_INTRO.search(block.folded):
        return None
    rank = ranks.get(block.marker, 0)
    items = list(
        takewhile(
            lambda nxt: nxt.marker in ("dash", "plus") and ranks.get(nxt.marker, 0) > rank,
            following,
        )
    )
    if len(items) < 2 or not all(_CASE.match(item.folded) for item in items):
        return None
    whole = " - ".join([block.text.rstrip(), *(item.text.strip() for item in items)])
    return Block(block.marker, whole, fold_keep(whole))


# "- Đối với khai thác nước mặt:", "- Trường hợp ...:": a case the items under it name
_CASE_TITLE = re.compile(r"^(?:doi voi|truong hop)\b[^.;]*:$")


def _cases_covered(
    block: Block, following: list[Block], ranks: dict[str, int], find: MentionFinder
) -> Block | None:
    """A task item whose sentence ends by listing what its work covers ("1. Bám sát hoạt động
    ... để xác định các trường hợp ... phải nộp tiền ..., bao gồm:") over the cases it lists
    ("- Đối với khai thác nước mặt:" / "+ Khai thác nước mặt để phát điện;"): one task, its
    text running to the item's end, each item after its marker (README: the items list the
    cases it covers); else None (items that give work or ask a body are tasks of their own)."""
    if block.marker in (None, "article", "table") or not _COVERS.search(block.folded.rstrip()):
        return None
    rank = ranks.get(block.marker, 0)
    items: list[Block] = []
    for nxt in following:
        if nxt.marker in ("article", "table") or (nxt.marker and ranks.get(nxt.marker, 0) <= rank):
            break
        if nxt.marker is None and (not items or nxt.text.rstrip().endswith(":")):
            break
        items.append(nxt)
    marked = [item for item in items if item.marker is not None]
    if all(_NAMED_PART.match(item.folded) for item in marked):
        return None  # ("- Đề án 1: ...": the parts it names, below: the head alone is the task)
    if len(marked) < 2 or any(
        IMPERATIVE.match(item.folded)
        or asks_a_unit(item, find)
        or (item.text.rstrip().endswith(":") and not _CASE_TITLE.match(item.folded.rstrip()))
        for item in marked
    ):
        return None
    for item in items:
        item.taken = True
    whole = " ".join([block.text.rstrip(), *(f"{i.mark} {i.text.strip()}".strip() for i in items)])
    return Block(block.marker, whole, fold_keep(whole))


# "... theo quy định. Cụ thể như sau:": a sentence of its own, after the paragraph's first, that
# only announces the details below
_DETAILS_LABEL = re.compile(r"(?<=[.;]\s)cu the(?: (?:nhu sau|la|gom|bao gom))?\s*:$")


def detailed_duty(block: Block, following: list[Block], find: MentionFinder) -> Block | None:
    """A paragraph whose full sentence gives a body its work ("Cơ quan thuế có trách nhiệm tiếp
    nhận ... và tiến hành ra thông báo ... theo quy định.") and whose last sentence only
    announces the details ("Cụ thể như sau:") over the "-" items that spell the work out step
    by step ("- Trong thời hạn 05 ngày làm việc, ... cơ quan tiếp nhận ... gửi thông báo ...",
    "- Việc thu, nộp ... thực hiện theo quy định ..."), joined with them, their markers kept:
    one task (README: a sentence ending in ":" that starts inside a paragraph is no heading, it
    and the items under it stay in the one action); else None."""
    folded = block.folded.rstrip()
    said = _DETAILS_LABEL.search(folded)
    if block.marker is not None or said is None:
        return None
    items = list(takewhile(lambda nxt: nxt.marker in ("dash", "plus"), following))
    if (
        len(items) < 2
        or items[0].marker != "dash"
        or any(IMPERATIVE.match(item.folded) or item.text.rstrip().endswith(":") for item in items)
    ):
        return None
    first = Block(None, block.text[: said.start()], folded[: said.start()])
    if not asks_a_unit(first, find):
        return None
    whole = " ".join([block.text.rstrip(), *(f"{item.mark} {item.text.strip()}" for item in items)])
    return Block(block.marker, whole, fold_keep(whole))


def handled_so(block: Block, following: list[Block], find: MentionFinder) -> Block | None:
    """A paragraph whose first sentence gives a body its work and whose later sentence ends in
    "... thì xử lý như sau:" over the steps under it (paragraphs, "-" items) that give no body
    work of its own: one task, the steps joined (README: a sentence ending in ":" that starts
    inside a paragraph is no heading); else None."""
    said = GOES_ON_SO.search(block.folded.rstrip()) if block.marker is None else None
    if said is None:
        return None
    items = list(takewhile(lambda nxt: nxt.marker in (None, "dash", "plus"), following))
    first = Block(None, block.text[: said.start()], block.folded[: said.start()])
    if len(items) < 2 or not asks_a_unit(first, find):
        return None
    if any(IMPERATIVE.match(item.folded) or asks_a_unit(item, find) for item in items):
        return None
    marks = ((f"{item.mark} " if item.marker else "") + item.text.strip() for item in items)
    whole = " ".join([block.text.rstrip(), *marks])
    return Block(block.marker, whole, fold_keep(whole))
