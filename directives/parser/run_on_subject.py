"""A numbered heading whose title runs on, with no stop between, into the sentence that hands
its items to a body ("2. Khai báo tờ khai chung container Chi cục hải quan nơi đăng ký tờ khai
hướng dẫn người khai thực hiện như sau:", a page that lost the title's line end): the body that
sentence opens with, as written up to its verb, even where its name is in lower case past its
kind ("Chi cục hải quan ..."), leads the items (``addressees.heading_units`` asks it last).
"""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.bodies import STARTS_BODY
from directives.parser.clean import squash
from directives.parser.letters import CAPITAL, SMALL
from directives.parser.subject_ends import PREDICATE, verb_after

# a capital opening a word after a word of the title, no stop between ("container Chi cục")
_RUNS_INTO = re.compile(rf"(?<=[{SMALL}{CAPITAL}\d])\s+(?=[{CAPITAL}])")
# the longest name such a sentence opens with, up to its verb
_LONGEST = 80
# "các Chi cục ...": a plural the title goes on to name, no sentence of its own
_PLURAL_BEFORE = re.compile(r"\b(?:các|những|Các|Những)$")
# what no body's name holds: a stop, or a word of a clause ("Chi cục X đã ...", "Bộ X và ...")
_NOT_A_NAME = re.compile(
    r"[,:;]|\s(?:đã|sẽ|đang|và|được|là|có|không|chưa|yêu cầu|đề nghị|giao)(?:\s|$)"
)
# "cho cán bộ Sở X", "của Sở X", "với Sở X": a body the title's own words govern
_OBJECT_BEFORE = re.compile(r"\b(?:cho|của|với|tại|về|thuộc|do|khi|và|bộ|viên)$")
# a title that stops, or joins another verb ("Xây dựng và vận hành ..."): no run-on title
_TITLE_GOES_ON = re.compile(r"[.;:]|\svà\s")
# "... như sau:", "... các nội dung sau:": the sentence hands on the items below
_ITEMS_FOLLOW = re.compile(r"\bsau(?: day)?\s*:$")


def run_on_body(block: Block) -> str | None:
    """The body a numbered heading's run-on sentence opens with (see the module's docstring),
    or None."""
    text = block.text.rstrip(" *")
    if block.marker in (None, "article") or not _ITEMS_FOLLOW.search(block.folded.rstrip(" *")):
        return None
    for m in _RUNS_INTO.finditer(text):
        kind = STARTS_BODY.match(text, m.end())
        if kind is None or not text[m.end()].isupper() or _PLURAL_BEFORE.search(text, 0, m.start()):
            continue
        if PREDICATE.search(text, 0, m.start()):
            return None  # "Chỉ đạo Ngân hàng X ...": the title's own verb governs the body
        verb = verb_after(text, kind.end())
        if verb is None or verb.start() - m.end() > _LONGEST:
            return None
        name = squash(text[m.end() : verb.start()]).rstrip(" ,")
        return name if not _NOT_A_NAME.search(name) else None
    return None


def run_on_doer(says: str) -> list[str]:
    """ "a) Thiết lập danh sách tiếp nhận thông tin Cục Hải quan các tỉnh, thành phố thiết lập
    số điện thoại ...": an item whose title (its verb and object, no stop) runs on into the
    sentence that restates that verb of a body it opens with: that body, as written up to the
    verb, does the work; none for any other item."""
    title = PREDICATE.match(says)
    if title is None:
        return []
    for m in _RUNS_INTO.finditer(says, title.end()):
        kind = STARTS_BODY.match(says, m.end())
        if kind is None or not says[m.end()].isupper() or _PLURAL_BEFORE.search(says, 0, m.start()):
            continue
        if _OBJECT_BEFORE.search(says, 0, m.start()):
            return []  # "... cho cán bộ Sở X ...": the body the title's words go to, no subject
        if PREDICATE.search(says, title.end(), m.start()) or _TITLE_GOES_ON.search(
            says[: m.start()]
        ):
            return []  # (nor "Xây dựng và vận hành Trung tâm X ...": the verbs' object)
        verb = verb_after(says, kind.end())
        if verb is None or verb.group().lower() != title.group().lower():
            return []
        name = squash(says[m.end() : verb.start()]).rstrip(" ,")
        clause = _NOT_A_NAME.search(name.replace(",", "")) is not None or " cho " in name
        return [name] if len(name) <= _LONGEST and not clause else []
    return []
