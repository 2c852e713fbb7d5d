"""An introduction that is a task of its own: "Để triển khai ..., Bộ X kính đề nghị Ủy ban
nhân dân các tỉnh chỉ đạo các cơ quan ... quán triệt và thực hiện các quy định tại các văn
bản nêu trên, trong đó lưu ý một số nhiệm vụ chủ yếu ..., cụ thể như sau:" asks the bodies to
have the documents it cites disseminated and carried out, work of its own, whole up to its
colon; the items under it single out what to note among them, tasks too. An intro that only
urges the work on ("... thực hiện quyết liệt các giải pháp đã đề ra, trong đó lưu ý ...
sau:") gives no task of its own: its items are the work. So is a numbered clause that gives
its body work in a whole sentence over items naming other bodies (``over_bodies``).
"""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.bodies import heading_bodies
from directives.parser.formulas import OPINION
from directives.parser.inline import inline_heading
from directives.parser.mentions import MentionFinder
from directives.parser.subject_checks import opens_with_body
from directives.parser.subjects import subject_acts
from directives.parser.zones import IMPERATIVE

# (folded) "quán triệt ..., trong đó (cần) lưu ý / chú ý ...:" closing the intro; or "... tổ
# chức quán triệt, phổ biến ... các nội dung mới của Thông tư số ..., cụ thể như sau:", what
# is new in the rules set out below (what the rules say, no tasks)
_DISSEMINATES = re.compile(
    r"\bquan triet\b[^:;]{0,300},\s*trong do\s+(?:can\s+)?(?:luu y|chu y)\b[^:;]{0,300}:\s*$"
    r"|\b(?:quan triet|pho bien|tuyen truyen)\b[^:;.]{0,300}\b(?:noi dung|diem) moi\b"
    r"[^:;.]{0,200}\bnhu sau\s*:\s*$"
    # ("... chỉ đạo báo chí định hướng thông tin đúng về ..., cụ thể như sau:": the facts to tell)
    r"|\b(?:dinh huong thong tin|dua tin|thong tin) dung ve\b[^:;.]{0,300}\bnhu sau\s*:\s*$"
)


def disseminates(folded: str) -> bool:
    """The intro asks for the cited documents, or what is new in them, to be disseminated,
    then what to note or what is new."""
    return bool(_DISSEMINATES.search(folded))


# a request the issuer puts to a body in the intro: "..., Bộ Tài chính đề nghị các Bộ ..." (not
# one it recounts: "Tổng cục Thuế nhận được vướng mắc của một số Cục Thuế đề nghị ...")
_ASKS = re.compile(
    r"(?:^|,\s)(?:(?:bo|tong cuc|cuc|kho bac|so|uy ban)\s(?:(?!nhan duoc)[^.;:,]){0,40}?\s"
    r"(?:kinh |xin |tran trong )?)?(?:de nghi|yeu cau)\s+(?:cac\s)?\w"
)


def asks_before_notes(block: Block) -> int | None:
    """ "Nhằm ..., Bộ Tài chính đề nghị các Bộ ... triển khai Nghị định số X. Trong quá trình thực
    hiện, Bộ Tài chính xin lưu ý ... như sau:": an intro whose last sentence opens the issuer's
    own notes and whose sentences before it ask a body: where those sentences end (their text is
    a task; the notes under the intro are none)."""
    if block.marker is not None:
        return None
    notes = OPINION.search(block.folded)
    if notes is None:
        return None
    stop = block.folded.rfind(". ", 0, notes.start() + 2)
    if stop <= 0 or not _ASKS.search(block.folded[:stop]):
        return None
    return stop


def over_bodies(
    blocks: list[Block], i: int, ranks: dict[str, int], lead: str | None, find: MentionFinder
) -> int | None:
    """ "2. Các cơ quan, đơn vị có trách nhiệm tổng hợp ... gửi về Sở X trước ngày 10/12 hằng
    năm" over "a) Công an tỉnh: Tổng hợp ...": a numbered clause that is a whole sentence giving
    its body work, no colon closing it, over items each naming a body of its own, is a task of
    its own (README: only a line ending in a colon is a heading that names the body); so is one
    that opens with a verb of work over the cases it covers ("1. Rà soát ..." over "- Đối với
    ..."); so is one whose sentence is closed by "Trong đó:" ("- Phối hợp hướng dẫn ... thuộc
    phạm vi quản lý. Trong đó:" over "+ Sở Xây dựng: hướng dẫn ..."), its body's work up to
    that sentence's end. Where the task's text (``blocks[i]``'s) ends, else None."""
    block, after = blocks[i], blocks[i + 1 :]
    nxt = after[0] if after else None
    if nxt is None or lead is None or block.marker not in ranks:
        return None
    if ranks.get(nxt.marker or "", 0) <= ranks[block.marker]:
        return None
    among = _AMONG.search(block.folded)
    text = block.text[: among.start()] if among else block.text
    if text.rstrip(" *").endswith(":"):
        return None
    if not among and IMPERATIVE.match(block.folded) and _CASE.match(nxt.folded):
        # "1. Rà soát việc ..." over "- Đối với ...": the work, its cases (not a title over a
        # case that heads a body's task: "a) Đối với ...:" / "Chi cục X phối hợp ...")
        return None if _case_heads_task(after) else len(text)
    if not among and _HANDED_DONE.match(block.folded) and not _ITEMS_FOLLOW.search(block.folded):
        # "- Giao phòng X chủ trì, loại bỏ ... ." over "+ Quán triệt ...": the work it hands
        # over, a whole sentence, then more of that body's work
        return len(text)
    if not (subject_acts(text) or (among and IMPERATIVE.match(block.folded))):
        return None
    if among:
        return len(text) if opens_with_body(nxt.text) else None
    inline = inline_heading(nxt, find)
    named = heading_bodies(inline[0].text.rstrip(" :")) if inline else []
    return len(text) if named and named[0] != lead else None


_CASE = re.compile(r"(?:doi voi|truong hop)\s")


def _case_heads_task(after: list[Block]) -> bool:
    """The case first under a title closes with a colon over a paragraph that opens with the
    body given its work (or runs on into it after the colon): the case a heading, the title
    over it one too."""
    case, under = after[0], after[1] if len(after) > 1 else None
    _, colon, rest = case.text.partition(":")
    if colon and rest.strip(" *"):
        return opens_with_body(rest.strip())  # ("a) Đối với ...: Chi cục X phối hợp ...")
    return bool(colon and under and under.marker is None and opens_with_body(under.text))


# "... thuộc phạm vi quản lý. Trong đó:": the sentence's parts follow, by body
_AMONG = re.compile(r"(?<=\.)\s*trong do\s*:\s*$")
# "Giao X chủ trì, ... ." a whole sentence that hands work over (not one that ends on a list it
# announces: "... các nội dung sau.", "... như sau.")
_HANDED_DONE = re.compile(r"^giao\s[^:]*\bchu tri\b[^:]*\.\s*$")
_ITEMS_FOLLOW = re.compile(r"\b(?:sau|nhu sau|cu the|gom)\s*\.\s*$")
