"""A plural of bodies narrowed by what it does or whose it is, read as one name: "Các sở quản
lý chuyên ngành định kỳ tổng hợp ..." (up to how often it acts), "Các đơn vị ... có chức năng
đào tạo thuộc phạm vi quản lý của UBND tỉnh ..." (its remit and its owner), "Các đơn vị quản
lý vận hành công trình điện lực tổ chức ..." (what they do, up to the verb). ``subjects``
reads a sentence's subject with these.
"""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY, VERBS
from directives.parser.name_words import leading_name, leads_first

# "Các đơn vị sự nghiệp công lập có chức năng đào tạo thuộc phạm vi quản lý của ": a kind of
# bodies narrowed by their remit and their owner (whose name follows)
QUALIFIED = re.compile(
    r"^Các (?:đơn vị|cơ quan|cơ sở|trường)\b[^.;:]{0,40}? có chức năng [^.;:]{3,80}?"
    r" thuộc (?:phạm vi )?quản lý của (?=\S)"
)


def up_to_how_often(head: list[str]) -> list[str]:
    """ "Các sở quản lý chuyên ngành định kỳ tổng hợp ...": a plural of bodies qualified in
    lower case, up to the words that say how often it acts; none if not so shaped."""
    for k in range(2, min(len(head) - 1, 9)):
        if leads_first(head[k : k + 2]):
            name = head[:k]
            plain = all(w.islower() and w.isalpha() for w in name[1:])
            return name if name[0] == "Các" and STARTS_BODY.match(name[1]) and plain else []
    return []


# Words that link a sentence, never a qualifier's ("của", "để", "và", ...)
_LINK_WORDS = (
    "của trong tại đã sẽ đang được để với cho theo về từ đến khi nếu thì mà này đó các những "
    "việc trên dưới sau trước bị không chưa còn vẫn và hoặc có là"
)
_LINKS = frozenset(_LINK_WORDS.split())


def qualified_kind(head: list[str]) -> list[str]:
    """ "Các đơn vị quản lý vận hành công trình điện lực": a plural of bodies narrowed in lower
    case by what they do, the whole of ``head`` (the text before the predicate); none if not so
    shaped (a qualifier holding a verb or a word that links a sentence)."""
    if len(head) < 3 or head[0] != "Các" or not STARTS_BODY.match(" ".join(head[1:3])):
        return []
    name = leading_name(head)
    rest = head[len(name) :]
    if not 2 <= len(name) <= 3 or not 1 <= len(rest) <= 8:
        return []
    plain = all(w.isalpha() and w.islower() and w not in _LINKS for w in rest)
    return head if plain and not VERBS.search(" ".join(rest)) else []


def closing_plural(tail: list[str]) -> str | None:
    """ "và các đơn vị bán lẻ điện": the plural of a kind that closes a list of named bodies,
    up to the verb (its kind's own words, or a qualifier in lower case); None if ``tail`` is
    not so shaped."""
    if tail[:2] != ["và", "các"] or len(tail) < 3:
        return None
    kind = ["Các", *tail[2:]]
    named = leading_name(kind) == kind and STARTS_BODY.match(" ".join(tail[2:4])) is not None
    return " ".join(tail[1:]) if named or qualified_kind(kind) else None
