"""A plural of bodies narrowed by what it does or whose it is, read as one name: "Các sở quản
lý chuyên ngành định kỳ tổng hợp ..." (up to how often it acts), "Các đơn vị ... có chức năng
đào tạo thuộc phạm vi quản lý của UBND tỉnh ..." (its remit and its owner), "Các đơn vị quản
lý vận hành công trình điện lực tổ chức ..." (what they do, up to the verb); and the plurals
named jointly after a particular body ("Ủy ban nhân dân tỉnh, các sở, ngành và các cấp chính
quyền địa phương ..."). ``subjects`` reads a sentence's subject with these.
"""

from __future__ import annotations

import re

from directives.parser.bodies import (
    NAME_SPLIT,
    SHARED,
    STARTS_BODY,
    TITLES,
    VERBS,
    heading_bodies,
)
from directives.parser.how_often import leads_first
from directives.parser.letters import SMALL
from directives.parser.name_words import leading_name

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
    plain = all(w.rstrip(",").isalpha() and w.islower() and w not in _LINKS for w in rest)
    return head if plain and not VERBS.search(" ".join(rest)) else []


# ", các cơ quan chuyên môn ...", " và các cấp chính quyền ...": where a plural of bodies opens
_PLURAL_OPENS = re.compile(r"(?:\s*,|\s+và)\s+(?=(?:các|những)\s)")
# A plural's first words: a kind of body ("các sở", "các ngân hàng", "các cấp chính quyền")
_PLURAL_KIND = re.compile(r"(?:các|những)\s+(?=cấp\s|\w)")
_MOST_WORDS = 12
# "các địa phương", "các ngành", "các cơ sở giáo dục, đào tạo": the localities, the sectors and
# the establishments of a field, named jointly with a particular body as bodies of their kind
# (README: joint leads)
_LOCAL_KINDS = re.compile(r"(?:địa phương|ngành)\b|cơ sở (?!dữ liệu\b)(?=[^\W\d_]+ [^\W\d_]+)")
_RELATED_AFTER = re.compile(r"\s*((?:có\s+)?liên quan)\b")
# "Cục liên quan thuộc Bộ" after "các Vụ": another kind of the plural, no particular body
_KIND_AGAIN = re.compile(r"\w+(?:\s+(?:có\s+)?liên quan|\s+(?:trực\s+)?thuộc\b|$)")
# "Ban Bí thư đã chỉ ra", "... và các văn phòng tỉnh uỷ đã chủ trì": a clause's words (what
# was done, not a duty), no body's name
_CLAUSE = re.compile(r"\b(?:đã|đang|sẽ|mà|được|bị|cũng|vẫn)\b")


def joint_plurals(head: str, after: str = "") -> list[str]:
    """ "Ủy ban nhân dân tỉnh, các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và các cấp chính
    quyền địa phương": a particular body named first (``head`` is the subject, up to its
    predicate), then plurals of bodies opened by "các" and other bodies, jointly: each as
    written ("các sở, ban, ngành" one, "các đơn vị" with the "có liên quan" ``after`` it); none
    if ``head`` is not so shaped or names no plural."""
    if not head[:1].isupper() or head.startswith(("Các ", "Những ")) or _CLAUSE.search(head):
        return []
    entries: list[str] = []
    at, plural = 0, False
    for cut in [*_CUTS.finditer(head), None]:
        entry = head[at : cut.start() if cut else len(head)].strip(" ,")
        at = cut.end() if cut else len(head)
        kind = _PLURAL_KIND.match(entry)
        if kind is None and plural and _KIND_AGAIN.match(entry):
            entries[-1] += f", {entry}"  # ("các Vụ, Cục liên quan thuộc Bộ": one plural)
        elif kind is None:
            named = heading_bodies(entry)
            if not named or not all(n[:1].isupper() for n in named):
                return []
            entries.extend(named)
        elif (
            not entries
            or len(entry.split()) > _MOST_WORDS
            or VERBS.search(entry)
            or not (
                entry.startswith("cấp", kind.end())
                or STARTS_BODY.match(entry, kind.end())
                or _LOCAL_KINDS.match(entry, kind.end())
            )
            # (the last, up to the predicate, may run on into a verb no list knows: "các đoàn
            # thể chính trị - xã hội xét khen thưởng theo ...": its words must be a name's)
            or (cut is None and not _named_kind(["Các", *entry.split()[1:]]))
        ):
            return []
        else:  # ("các Tập đoàn VNPT, Viettel": each named, their shared word written out)
            entries.extend(heading_bodies(entry) if SHARED.match(entry) else [entry])
            plural = True
    related = _RELATED_AFTER.match(after)
    if related and _PLURAL_KIND.match(entries[-1]):
        entries[-1] += f" {related.group(1)}"
    return entries if plural and len(entries) > 1 else []


_CUTS = re.compile(f"{_PLURAL_OPENS.pattern}|{NAME_SPLIT.pattern}")


def _named_kind(words: list[str]) -> bool:
    """ "Các sở, ngành", "Các cơ quan thông tấn, báo chí", "Các ngân hàng thương mại": a plural's
    words all a name's, or its kind's then a few plain lower-case words (no verb, no link)."""
    if leading_name(words) == words or qualified_kind(words):
        return True
    organ = STARTS_BODY.match(" ".join(words[1:])) or _LOCAL_KINDS.match(" ".join(words[1:]))
    rest = " ".join(words[1:])[organ.end() :].split() if organ else []
    plain = all(w.rstrip(",").isalpha() and w.islower() and w not in _LINKS for w in rest)
    return organ is not None and len(rest) <= 4 and plain


# "Các cơ quan tuyên truyền, báo chí, Ủy ban ...": the agencies of fields (a field's word may
# be a verb's too), listed under one "Các cơ quan", then a body named in particular
_FIELD = rf"[{SMALL}]+ [{SMALL}]+"
FIELDS_FIRST = re.compile(rf"[Cc]ác cơ quan {_FIELD}(?:, {_FIELD})+(?=, [A-ZĐÂĂÔƠƯỦ])")


def heads_list(name: str) -> bool:
    """``name`` opens with a title over bodies or a particular body (not a plural: "Các sở, cơ
    quan trực thuộc Sở và các cơ quan liên quan" is one collective name)."""
    if TITLES.match(name):
        return bool(STARTS_BODY.match(TITLES.sub("", name)))
    return bool(STARTS_BODY.match(name)) and not name.lower().startswith("các ")
