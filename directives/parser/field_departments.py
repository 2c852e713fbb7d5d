"""A department named for the fields it covers, the later ones in lower case after a comma:
"Phòng Thuế cá nhân, hộ kinh doanh và thu khác", "Các phòng Quản lý, hỗ trợ doanh nghiệp",
"Vụ Phổ biến, giáo dục pháp luật". The name runs on past its comma to the predicate: the
lower-case words there are its fields, no second body (``subjects`` reads the subject)."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.how_often import leads_first
from directives.parser.letters import CAPITAL
from directives.parser.subject_ends import PREDICATE

# the department's kind, alone or in the plural ("Các phòng"), then its first field capitalised
_DEPARTMENT = re.compile(rf"^(?:[Cc]ác\s+)?(?:[Pp]hòng|[Vv]ụ|[Đđ]ội)\s+[{CAPITAL}]")
# a lower-case run that opens a group or a kind of body, not a field ("các xã", "tổ chức ...")
_NOT_FIELD = re.compile(
    r"^(?:các|những|mỗi|từng|cơ quan|đơn vị|tổ chức|cá nhân|doanh nghiệp|người|trạm|nhà)\b"
)


def fields_run_on(head: list[str], words: list[str]) -> int:
    """How many words of ``head`` (the words before the predicate) after ``words``, the name
    read off it, are more of the name: ``words`` ends at a comma inside a department's name
    ("Phòng Thuế cá nhân," / "hộ kinh doanh và thu khác"), and the words after it, in lower
    case, a few, no other comma, are its later fields, up to any that say how often it acts
    ("định kỳ"); 0 when not so shaped."""
    rest = head[len(words) :]
    if len(words) < 2 or not words[-1].endswith(",") or not rest:
        return 0
    if not _DEPARTMENT.match(" ".join(words)):
        return 0
    end = next((k for k in range(1, len(rest)) if leads_first(rest[k:])), len(rest))
    fields = rest[:end]
    if len(fields) > 6 or not all(w.isalpha() and w[:1].islower() for w in fields):
        return 0
    tail = " ".join(fields)
    return 0 if _NOT_FIELD.match(tail) or STARTS_BODY.match(tail) else len(fields)


# the department's name up to the comma after its first field, the whole text before ``at``
_FIRST_FIELD = re.compile(
    rf"(?:[Cc]ác\s+)?(?:[Pp]hòng|[Vv]ụ|[Đđ]ội)\s+[{CAPITAL}][^,;:()]{{0,60}},\s+"
)


def field_word_at(text: str, at: int) -> bool:
    """The verb-like word at ``at`` opens a department's later field ("Các phòng Quản lý, " +
    "hỗ trợ doanh nghiệp thực hiện ..."), of its name: a predicate follows a few lower-case
    words on."""
    if not _FIRST_FIELD.fullmatch(text, 0, at):
        return False
    for k, word in enumerate(re.finditer(r"\S+", text[at:])):
        if k > 6 or not (word.group().isalpha() and word.group().islower()):
            return False
        if k and PREDICATE.match(text, at + word.start()):
            return True
    return False
