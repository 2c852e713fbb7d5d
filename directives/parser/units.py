"""Which units an action names, and in what part: lead (chủ trì) or coordinating (phối hợp)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from directives.org import OrgDirectory
from directives.parser.bodies import NAME_SPLIT, STARTS_BODY
from directives.parser.clean import fold_keep, squash
from directives.parser.name_words import name_part
from directives.parser.partner_words import (
    GLOSSED_GROUP,
    LIST_END,
    MASS_ORGANISATIONS,
    PARTNER_SPLIT,
    PARTNERS,
    RELATED,
    ends_list,
    named_entry,
    sentence_follows,
)
from directives.parser.public_bodies import EXTERNAL_BODIES
from directives.parser.subjects import PREDICATE, subject_bodies


class Part:
    LEAD = "lead"
    COORD = "coord"
    SUBJECT = "subject"
    OTHER = "other"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # the directory's name, or the text's own name for a body outside it
    known: bool
    part: str


_IGNORE_BEFORE = re.compile(
    r"(?:\bcua|\bcho|tham muu|bao cao|\bgui(?: ve)?|\bve|\btrinh|\btheo|\btai|\bden|doi voi|"
    r"\bthuoc|\btu|\blen|y kien|\bvoi)\s*$"
)
_COORD_BEFORE = re.compile(r"phoi hop(?:\s+chat che)?(?:\s+voi)?(?:\s+cac)?\s*:?\s*$")
# between two names of one list: "," / ";" / "và", and the title of the second one
# ("Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an chỉ đạo ...")
_LIST_GAP = re.compile(
    r"^\s*(?:,|;|va)\s*(?:(?:bo truong|thu truong|chu tich|giam doc|tong giam doc)\s+)?$"
)
_LEAD_BEFORE = re.compile(
    r"(?:chu tri\s*:?|\bgiao(?:\s+cho)?|chi dao|yeu cau|de nghi|thuc hien\s*:)\s*$"
)
_LEAD_AFTER = re.compile(
    r"^\s*,?\s*(?:chu tri|co trach nhiem|la co quan chu tri|la don vi chu tri)"
)
_GENERIC_SUBJECT = re.compile(
    r"^(?:(?:chi dao|giao|yeu cau|de nghi)\s+)?(?:cac|nhung)\s+"
    r"(?:phong|don vi|bo phan|co quan|so|nganh|to chuc)"
)


_DIRECTS = re.compile(r"\bchi dao(?:\s+cac)?\s*$")

_Compiled = tuple[re.Pattern[str], dict[str, tuple[str, bool]]]
_CACHE: dict[int, tuple[OrgDirectory, _Compiled]] = {}


def _pattern(org: OrgDirectory) -> _Compiled:
    cached = _CACHE.get(id(org))
    if cached is not None and cached[0] is org:
        return cached[1]
    compiled = _compile(org)
    _CACHE[id(org)] = (org, compiled)
    return compiled


def _compile(org: OrgDirectory) -> _Compiled:
    names: dict[str, tuple[str, bool]] = {}
    for body in EXTERNAL_BODIES:
        names[_key(fold_keep(body))] = (body, False)
    for unit in org.units:
        for name in (unit.name, *unit.aliases):
            names[_key(fold_keep(name))] = (unit.name, True)
    alternatives = sorted(names, key=len, reverse=True)
    body = "|".join(
        re.escape(n).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*") for n in alternatives
    )
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)"), names


def _key(folded: str) -> str:
    """A name's key: spaces squashed, none around a hyphen ("Công nghiệp - Năng lượng" is
    written with and without them)."""
    return _HYPHEN.sub("-", squash(folded))


_HYPHEN = re.compile(r"\s*-\s*")


class MentionFinder:
    """Finds unit mentions for one parse, remembering each text's answer (headings and
    items are asked about several times)."""

    def __init__(self, org: OrgDirectory) -> None:
        self.org = org
        self._seen: dict[str, list[Mention]] = {}

    def __call__(self, text: str, folded: str | None = None) -> list[Mention]:
        found = self._seen.get(text)
        if found is None:
            folded = fold_keep(text) if folded is None else folded
            found = self._seen[text] = _find_mentions(text, folded, self.org)
        return list(found)


def find_mentions(text: str, org: OrgDirectory) -> list[Mention]:
    """Units named in ``text`` with the part each plays in the sentence."""
    return _find_mentions(text, fold_keep(text), org)


def _find_mentions(text: str, folded: str, org: OrgDirectory) -> list[Mention]:
    pattern, names = _pattern(org)
    mentions: list[Mention] = []
    opening = len(folded) - len(folded.lstrip(" -+:;,"))  # a name here is the sentence's subject
    title = _LEADING_TITLE.match(folded, opening)
    if title:
        opening = title.end()  # "Bộ trưởng Bộ Quốc phòng chỉ đạo": the body after the title
    for m in pattern.finditer(folded):
        if not text[m.start()].isupper():
            continue
        key = squash(m.group(0))
        canonical, known = names[_key(key)]
        end = m.end()
        if known and len(key.split()) <= 2 and _NEXT_CAPITAL.match(text, end):
            continue  # "Văn phòng Ban chỉ đạo ...": a longer name, not the directory's "Văn phòng"
        if known and len(key.split()) <= 2 and _PLACE_AFTER.match(folded, end):
            continue  # "Thanh tra thành phố": the city's inspectorate, not the directory's
        if not known:
            # "Ủy ban nhân dân tỉnh" + "Đắk Lắk": the area's proper name belongs to the body
            # (a name of two words or more after any other: "Báo ..., Truyền hình Cần Thơ")
            proper = _proper_words(text, end)
            if proper and (_AREA_END.search(key) or len(proper) >= 2):
                end = proper[-1].end()
        display = canonical if known else squash(text[m.start() : end])
        if not known and end > m.end():
            # "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên": the body, without the person's title
            display = _TITLE_WORDS.sub("", display)
        before = folded[max(0, m.start() - 30) : m.start()]
        part = Part.OTHER
        if _COORD_BEFORE.search(before) and _directed_partner(text, folded, m.start()):
            part = Part.OTHER
        elif _COORD_BEFORE.search(before) or (
            mentions
            and mentions[-1].part == Part.COORD
            and _LIST_GAP.match(folded[mentions[-1].end : m.start()])
        ):
            part = Part.COORD
        elif (
            _LEAD_AFTER.match(folded, m.end())
            or _LEAD_BEFORE.search(before)
            or (  # "Đề nghị Viện kiểm sát ..., Tòa án ...": public bodies asked jointly
                not known
                and mentions
                and mentions[-1].part == Part.LEAD
                and _LIST_GAP.match(folded[mentions[-1].end : m.start()])
            )
        ):
            part = Part.LEAD
        elif (
            mentions
            and mentions[-1].part == Part.SUBJECT
            and _LIST_GAP.match(folded[mentions[-1].end : m.start()])
        ):
            part = Part.SUBJECT  # "Bộ Quốc phòng, Bộ Công an chỉ đạo ...": subjects side by side
        elif _IGNORE_BEFORE.search(before):
            part = Part.OTHER
        elif m.start() <= opening or _AFTER_OPENER.match(folded[: m.start()]):
            part = Part.SUBJECT
        mentions.append(Mention(m.start(), end, display, known, part))
    return mentions


# "Trên cơ sở đề nghị của ..., Bộ Tài chính khẩn trương ...", "Với vai trò là chủ đầu tư,
# Tập đoàn ... chủ động ...": the subject after an opening clause of circumstance.
_AFTER_OPENER = re.compile(
    r"^\W*(?:tren co so|sau khi|de |nham|can cu|truoc tinh hinh|theo de nghi|voi vai tro)"
    r"[^.;:]*,\s*$"
)
_LEADING_TITLE = re.compile(
    r"(?:(?:cac\s+)?dong chi\s+)?(?:bo truong|thu truong|thong doc|chu tich|giam doc|tong giam doc|"
    r"nguoi dung dau|lanh dao)\s+"
)
_NEXT_CAPITAL = re.compile(r" [A-ZĐ\u00c0-\u1ef8]")
_PLACE_AFTER = re.compile(r"\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|chinh phu)\b")
_TITLE_WORDS = re.compile(r"^(?:Chủ tịch|Giám đốc|Thủ trưởng|Bộ trưởng|Thống đốc)\s+")
_AREA_END = re.compile(r"(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)$")
_PROPER_NAME = re.compile(
    r"(?:\s+(?!(?:Sở|Bộ|Ủy|Ban|Cục|Công an|Công ty|Văn phòng|Thanh tra|Trung tâm|Trung ương)\b)"
    r"[A-ZĐ\u00c0-\u1ef8][^\W\d_]*){1,4}"
)


_WORD = re.compile(r"\S+")


def _proper_words(text: str, at: int) -> list[re.Match[str]]:
    """The capitalised words of a proper name at ``at`` ("tỉnh đẩy nhanh" has none: the
    pattern's letter range holds lower-case letters too)."""
    found = _PROPER_NAME.match(text, at)
    words = list(_WORD.finditer(text, at, found.end())) if found else []
    upper = [w for w in words if w.group()[:1].isupper()]
    return words[: len(upper)] if upper == words[: len(upper)] else []


@dataclass
class Assignment:
    lead: str | None
    coordinating: list[str]
    unknown: list[str]  # names outside the directory that the output keeps as written


def assign_units(
    text: str, find: MentionFinder, default_lead: str | None, folded: str | None = None
) -> Assignment:
    folded = fold_keep(text) if folded is None else folded
    mentions = find(text, folded)
    subjects = [m for m in mentions if m.part == Part.SUBJECT]
    # "Bộ trưởng Bộ Xây dựng chỉ đạo Sở Xây dựng ...": the subject directs, and leads
    leads = [
        m
        for m in mentions
        if m.part == Part.LEAD
        and not (subjects and subjects[0].start < m.start and _DIRECTS.search(folded[: m.start]))
    ]
    lead = leads[0] if leads else None
    if lead is None and subjects:
        lead = subjects[0]
    # the other bodies of a subject list act with the lead
    side = subjects[1:] if subjects and lead is subjects[0] else _joint(leads, folded)
    if subjects and lead is subjects[0]:
        side = _subject_list(text, lead, side)
    coords = side + [m for m in mentions if m.part == Part.COORD]
    if lead is None and coords and _GENERIC_SUBJECT.match(folded):
        lead, coords = coords[0], coords[1:]
    lead_name = lead.name if lead else default_lead
    shaped = _partners(text, folded, [m for m in mentions if m.part == Part.COORD])
    if shaped is not None:
        coords = side + shaped
    coordinating: list[str] = []
    for m in coords:
        if m.name != lead_name and m.name not in coordinating:
            coordinating.append(m.name)
    used = ([lead] if lead else []) + coords
    unknown = [m.name for m in used if not m.known]
    return Assignment(lead_name, coordinating, unknown)


def _subject_list(text: str, lead: Mention, side: list[Mention]) -> list[Mention]:
    """ "Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ...": the bodies the sentence
    opens with that the finder does not know act with the lead too."""
    if lead.start > 0 or side:
        return side
    listed = subject_bodies(text)
    if len(listed) < 2 or squash(listed[0]) != squash(text[lead.start : lead.end]):
        return side
    return [Mention(0, 0, name, False, Part.SUBJECT) for name in listed[1:]]


def _joint(leads: list[Mention], folded: str) -> list[Mention]:
    """The leads listed right after the first ("Đề nghị Viện ..., Tòa án ..."): they act
    with it."""
    joint = leads[:1]
    for m in leads[1:]:
        if not _LIST_GAP.match(folded[joint[-1].end : m.start]):
            break
        joint.append(m)
    return joint[1:]


def _partners(text: str, folded: str, found: list[Mention]) -> list[Mention] | None:
    """The bodies "phối hợp với" names, in order: the finder's names, and the others by their
    shape (a capitalised name); "các bộ, ngành liên quan" names none. None if no such list."""
    shaped: list[Mention] = []
    dropped: list[Mention] = []
    seen = False
    for m in PARTNERS.finditer(folded):
        if _directed_partner(text, folded, m.start()):
            continue
        seen = True
        verb = next(
            (v for v in PREDICATE.finditer(text, m.end()) if text[v.start()].islower()), None
        )
        # (a word of the list's end in a name's capitals stays in it: "Bộ Tài chính")
        stop = next((s for s in LIST_END.finditer(folded, m.end()) if ends_list(s, text)), None)
        end = min(verb.start() if verb else len(text), stop.start() if stop else len(text))
        at = m.end()
        gloss = GLOSSED_GROUP.match(text, at)
        if gloss is not None:  # "các nhà mạng (Viettel Nghệ An, VNPT Nghệ An)": those named
            for entry in re.finditer(r"[^,;]+", gloss.group("names")):
                if entry.group().strip()[:1].isupper():
                    at = gloss.start("names") + entry.start()
                    shaped.append(Mention(at, at, squash(entry.group()), False, Part.COORD))
            continue
        for sep in [*PARTNER_SPLIT.finditer(text, m.end(), end), None]:
            start, at = at, sep.start() if sep else end
            name = text[start:at].strip(" ,")
            inside = [f for f in found if f.start < at and f.end > start]
            if RELATED.search(fold_keep(name).strip()):
                dropped.extend(inside)
            elif not inside and named_entry(name) and STARTS_BODY.match(name):
                # "UBND các xã, phường cập nhật ...": the name, closed where the list's entry is
                name = name_part(name + ";") or name
                shaped.append(Mention(start, at, squash(name), False, Part.COORD))
            elif not inside and (mass := MASS_ORGANISATIONS.match(name)):
                shaped.append(Mention(start, at, squash(mass.group()), False, Part.COORD))
            if sep is None or sentence_follows(name):
                break  # "X, Bộ Tài chính tiếp thu ý kiến của ...": the list ended at the name
            at = sep.end()
    if not seen:
        return None
    kept = [f for f in found if not any(f is d for d in dropped)]
    return sorted(kept + shaped, key=lambda x: x.start)


# "Giao X lãnh đạo, chỉ đạo các bộ, ngành phối hợp với Bộ Tư pháp rà soát ...": the units X
# directs are to work with that body, not X itself
_DIRECTING = re.compile(r"\bchi dao\s+")


# "X tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế ...": the body advised is to work with it
_ADVISING = re.compile(r"\btham muu\s+")


def _directed_partner(text: str, folded: str, at: int) -> bool:
    clause = max(folded.rfind(";", 0, at), folded.rfind(". ", 0, at)) + 1
    advised = [a for a in _ADVISING.finditer(folded, clause, at)]
    if advised:
        verb = _COORD_BEFORE.search(folded, advised[-1].end(), at)
        whom = text[advised[-1].end() : verb.start() if verb else at].strip()
        if whom and name_part(whom) == whom:
            return bool(STARTS_BODY.match(whom))
    directs = [d for d in _DIRECTING.finditer(folded, clause, at)]
    # ("Chỉ đạo Phòng A phối hợp với Văn phòng ...": the body directed is the one who acts)
    return (
        bool(directs)
        and bool(folded[clause : directs[-1].start()].strip(" -+*:"))
        and bool(STARTS_BODY.match(text, directs[-1].end()))
    )


def match_cell(cell: str, find: MentionFinder) -> list[tuple[str, bool]]:
    """Units listed in a table cell: directory names where known, else each entry as written.

    Names the finder knows are taken whole first, so that the "và" or the comma inside
    "Sở Kế hoạch và Đầu tư" or "Sở Văn hóa, Thể thao và Du lịch" splits nothing; the
    rest of the cell is split on commas, semicolons and "và" before a capital.
    """
    out: list[tuple[str, bool]] = []
    at = 0
    for m in [*find(cell), None]:
        gap = cell[at : m.start if m else len(cell)]
        # "Các sở, ban, ngành tỉnh; UBND các xã, phường": a group's commas split nothing
        for piece in NAME_SPLIT.split(gap.replace("\n", ";")):
            piece = squash(piece).strip(" .,;-+")
            if not piece or fold_keep(piece) in ("va", "cac", "voi"):
                continue
            unit = find.org.match_unit(piece)
            out.append((unit.name, True) if unit is not None else (piece, False))
        if m is not None:
            out.append((m.name, m.known))
            at = m.end
    return out


def only_a_unit(text: str, find: MentionFinder) -> bool:
    """ "Thanh tra Sở" or "Văn phòng Sở:" alone: a unit's heading."""
    mentions = find(text)
    return (
        len(mentions) == 1
        and not text[: mentions[0].start].strip()
        and not (text[mentions[0].end :].strip(" :."))
    )


def only_units(text: str, find: MentionFinder) -> bool:
    """ "Công an tỉnh" or "Sở Tài chính, Sở Nội vụ": names of units and nothing else."""
    mentions = find(text)
    rest, at = [], 0
    for m in mentions:
        rest.append(text[at : m.start])
        at = m.end
    rest.append(text[at:])
    return bool(mentions) and all(fold_keep(r).strip(" ,") in ("", "va") for r in rest)
