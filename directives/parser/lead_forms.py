"""How an item writes the body that leads it, beside its heading's body: handed the task by
name ("..., giao Ủy ban nhân dân cấp tỉnh ..."), by its level ("Ủy ban nhân dân cấp tỉnh" for
the heading's province), in another case, in the plural, or but for its diacritics; and the
body a sentence names after the clause it opens with."""

from __future__ import annotations

import re

from directives.parser.clean import squash
from directives.parser.names import fold_name
from directives.parser.subjects import subject_bodies

# "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "... cấp tỉnh": one body, by level
_AT_PROVINCE = re.compile(r"\s+(?:cấp tỉnh|(?:các\s+)?tỉnh, thành phố(?: trực thuộc trung ương)?)$")


def handed_to(name: str | None, says: str) -> bool:
    """The sentence hands the task to ``name`` ("..., giao Ủy ban nhân dân cấp tỉnh ..."): the
    body as written, not the heading's of the same level or area."""
    return bool(name) and f"giao {name}".lower() in says.lower()


def province_level(named: str, heading: str) -> bool:
    """The item names the heading's body by its level instead of its full name."""
    a, b = _AT_PROVINCE.search(named.lower()), _AT_PROVINCE.search(heading.lower())
    if a is None or b is None or named == heading:
        return False
    return a.string[: a.start()] == b.string[: b.start()]


def written_again(heading_body: str, says: str) -> bool:
    """The item opens with the heading's body as a word of its own, its letters' case other."""
    opening, after = says[: len(heading_body)], says[len(heading_body) : len(heading_body) + 1]
    return opening != heading_body and opening.lower() == heading_body.lower() and after == " "


def plural_of(heading_body: str, folded: str) -> bool:
    """The item opens with the heading's body in the plural ("Các Cơ quan X ..." under "... X")."""
    return squash(folded).lower().startswith(f"cac {fold_name(heading_body).lower()} ")


def folds_alike(a: str, b: str) -> bool:
    """The same name but for diacritics ("tinh Sơn La" for "tỉnh Sơn La")."""
    return fold_name(a).lower() == fold_name(b).lower()


# What a sentence may open with before the body that acts: the case it singles out ("Riêng chức
# năng X: ...", "Đối với ...: ...") or the wait it allows for ("Trong khi chờ Bộ X nâng cấp ...,")
_CLAUSE = re.compile(
    r"^(?:(?:riêng|đối với)\s[^.;:]{3,240}:|trong khi chờ\s[^.;:,]{3,160},)\s*", re.IGNORECASE
)


# "Để ..., ngoài ..., giao Chi cục X phối hợp Y xây dựng ...": the first sentence hands its work
# on after the purpose and the rules it adds to, to the body named after "giao"
_HANDS = re.compile(r"^[^.;:]{3,300}?,\s+giao\s+(?=\w)")


def after_clause(says: str) -> list[str]:
    """The bodies a sentence names as its subject after the clause it opens with ("Trong khi
    chờ Bộ X nâng cấp ..., Cục trưởng Cục Y chịu trách nhiệm ...": Cục Y), or hands its work
    to after its opening clauses ("Để ..., giao Cục Y ..."), none without them."""
    clause = _CLAUSE.match(says)
    if clause is None and (clause := _HANDS.match(says)) and not says[clause.end()].isupper():
        return []  # ("..., giao nhiệm vụ cho ...": no body named right after it)
    return subject_bodies(says[clause.end() :]) if clause else []
