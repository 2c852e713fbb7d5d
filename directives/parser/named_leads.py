"""A task's lead named otherwise than by a known body's whole name: an official in person
("Giao Phó Thủ tướng A ...; Phó Thủ tướng B ..."), the province or city the letter is about by
its kind alone ("Tỉnh căn cứ ...", "Cấp ủy, chính quyền Thành phố"), or a part of the name of
the body the task inherits ("Ủy ban nhân dân Thành phố" under "thành phố Đà Nẵng")."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep, squash
from directives.parser.letters import CAPITAL, SMALL

# "tỉnh Điện Biên", "thành phố Đà Nẵng": a province or city named in the letter's text
_LOCALITY = re.compile(
    rf"\b(?P<kind>tỉnh|thành phố)\s+(?P<name>[{CAPITAL}][^\W\d_]*"
    rf"(?:\s+[{CAPITAL}][^\W\d_]*){{0,3}})"
)
# "Tỉnh căn cứ ...", "Trong thời gian tới, Tỉnh tổ chức ...", "Ủy ban nhân dân Thành phố chỉ
# đạo ...": the province or city the letter is about, named by its kind alone
_LOCAL_SUBJECT = re.compile(
    r"^(?:[^,]{0,40},\s*)?(?:(?:Ủy ban nhân dân|UBND)\s+)?(?:Tỉnh|Thành phố)\s+"
    rf"(?=[{SMALL}])"
)
# "Cấp ủy, chính quyền Thành phố": the area the letter is about, named by its kind alone
OWN_AREA = re.compile(r"\s(?:Thành phố|Tỉnh)$")


def locality(text: str) -> str | None:
    """The province or city a letter names most ("tỉnh Điện Biên"), or None."""
    counts: dict[str, int] = {}
    for m in _LOCALITY.finditer(text):
        key = f"{m.group('kind')} {m.group('name')}"
        counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def local_subject(sentence: str) -> bool:
    """The sentence's subject is "Tỉnh" or "Thành phố" alone: the one the letter is about."""
    return bool(_LOCAL_SUBJECT.match(sentence))


def same_body(named: str, inherited: str) -> bool:
    """The sentence names the inherited body, or a part of its name ("Ủy ban nhân dân Thành
    phố" for "Ủy ban nhân dân thành phố Đà Nẵng")."""
    a, b = squash(fold_keep(named)).lower(), squash(fold_keep(inherited)).lower()
    # ("các bộ, ngành" of "các bộ, ngành, địa phương, đơn vị", "Ủy ban nhân dân thành phố
    # Hà Nội" of "... Hà Nội và các đơn vị trực thuộc Bộ Y tế": some of a list, not its name)
    return a != b and b.startswith(a) and not b[len(a) :].startswith((",", " va "))


# "Giao Phó Thủ tướng Hồ Đức Phớc ...", "Phân công Phó Thủ tướng Thường trực Chính phủ A chỉ
# đạo ...": an official named in person takes the task
_OFFICIAL = re.compile(
    r"(?:(?:Giao|Phân công)\s+)?(?P<who>(?:Phó Thủ tướng|Phó Chủ tịch)(?: Thường trực)?"
    r"(?: Chính phủ)?"
    rf"(?:\s+(?!(?:Ủy|Bộ|Sở|UBND)\b)[{CAPITAL}][^\W\d_]*){{2,4}})(?=[\s,;.]|$)"
)


_SPEAKS = re.compile(r"\s+(?:yêu cầu|giao)\s")
# "Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công kiểm tra ...", "Phân công các
# đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi ...": the leaders together, none named
_OFFICIALS = re.compile(
    r"(?:Giao|Phân công)\s+các\s+(?:đồng chí\s+)?(?P<who>Phó Thủ tướng(?: Chính phủ)?)(?=[\s,;.]|$)"
)


def _person(who: str) -> str:
    """The official's title and name, without a lower-case word the range of capitals let in
    ("đi" of "Phó Thủ tướng Lê Thành Long đi kiểm tra")."""
    words = who.split()
    while words and words[-1][:1].islower():
        words.pop()
    return " ".join(words)


def named_officials(text: str) -> list[str]:
    """The officials a task names in person ("Giao Phó Thủ tướng A ...; Phó Thủ tướng B ..."),
    the first leading; none when it does not open with one."""
    text = squash(text)
    together = _OFFICIALS.match(text)
    if together is not None:
        return [f"các {together.group('who')}"]
    first = _OFFICIAL.match(text)
    if first is None or (
        _SPEAKS.match(text, first.end()) and not text.startswith(("Giao", "Phân"))
    ):
        return []  # ("Phó Thủ tướng A yêu cầu Bộ Công an ...": A speaks, the body asked leads)
    out = [_person(first.group("who"))]
    for clause in re.finditer(r";\s+", text):
        other = _OFFICIAL.match(text, clause.end())
        if other is not None and not text.startswith("Giao", clause.end()):
            out.append(_person(other.group("who")))
    return out


def same_kind(named: str, heading_body: str) -> bool:
    """Both name a plural of one kind of body ("Các doanh nghiệp ..."), the item's some of it."""
    a, b = fold_keep(named).lower().split()[:3], fold_keep(heading_body).lower().split()[:3]
    one_kind = len(a) == 3 and a == b and a[0] == "cac" and "," not in "".join(a)
    return one_kind and named.lower() != heading_body.lower()


def _kinds(name: str) -> set[str]:
    """The kinds a plural lists ("Các Sở, ban, ngành có liên quan" -> sở, ban, ngành)."""
    folded = fold_keep(name).lower().strip()
    folded = re.sub(r"^cac\s+|\s+(?:co\s+)?lien quan$", "", folded)
    return {k.strip() for k in re.split(r",|\s+va\s+", folded) if k.strip()}


def group_again(named: str, heading_body: str) -> bool:
    """The item names the heading's group of kinds again with one kind more."""
    if not (named.lower().startswith("các ") and heading_body.lower().startswith("các ")):
        return False
    mine, theirs = _kinds(named), _kinds(heading_body)
    return len(theirs) >= 2 and theirs <= mine and len(mine - theirs) == 1
