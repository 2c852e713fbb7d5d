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
_NOT_A_NAME = re.compile(r"[,:;]|\s(?:đã|sẽ|đang|và|được|là|có|không|chưa)(?:\s|$)")
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
