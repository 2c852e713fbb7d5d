"""Unit names in a sentence: where the org directory's units and the public bodies outside it
are named, and the part each plays there (lead, coordinating, subject or other).

The finder matches the directory's names and aliases and the known public bodies
(``public_bodies``) in one pattern, widens a body outside the directory to the proper name
that follows it, and reads each mention's part from the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from directives.org import OrgDirectory, Unit
from directives.parser.bodies import STARTS_BODY
from directives.parser.clean import fold_keep, squash
from directives.parser.letters import CAPITAL
from directives.parser.name_words import name_part
from directives.parser.partner_words import stops_in_asked
from directives.parser.public_bodies import ANSWERING_BODIES, CITY_COMMITTEES, EXTERNAL_BODIES


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
# ("Đồng chủ trì với Bộ X, phối hợp với ...": the co-lead named after the lead goes with the
# partners, as any body named jointly with the lead does)
_COORD_BEFORE = re.compile(
    r"(?:phoi hop(?:\s+chat che)?(?:\s+voi)?|dong chu tri\s+voi|chu tri,?\s+cung(?:\s+voi)?)"
    r"(?:\s+cac)?\s*:?"  # (or "chủ trì, cùng Bộ X ...": the lead, then its partner)
    # ("phối hợp với Giám đốc Sở X", "... với Chánh Văn phòng UBND tỉnh": the body, its head's
    # title dropped)
    r"(?:\s+(?:giam doc|chu tich|thu truong|chanh|bo truong|tong giam doc))?\s*$"
)
# between two names of one list: "," / ";" / "và", and the title of the second one
# ("Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an chỉ đạo ...")
LIST_GAP = re.compile(
    r"^\s*(?:,|;|va)\s*(?:(?:bo truong|thu truong|chu tich|giam doc|tong giam doc)\s+)?$"
)
# (a minister handed the work: "Giao Bộ trưởng Bộ Tài chính: (i) ...")
# (or the head of an inspectorate or an office: "Yêu cầu Tổng Thanh tra Chính phủ ...")
# (not the body a list or a file of proposals goes to: "lập danh sách đề nghị Bộ X công nhận
# ...", the proposal the item's own lead makes; nor a board's name: "Ban Chỉ đạo Cục Thuế")
_LEAD_BEFORE = re.compile(
    r"(?:chu tri\s*:?|\bgiao(?:\s+cho)?(?:\s+bo truong)?|(?<!\bban )chi dao|yeu cau|"
    r"(?<!danh sach )(?<!ho so )de nghi|"
    r"thuc hien\s*:)(?:\s+(?:tong|chanh))?\s*$"
)
# "yêu cầu Giám đốc Sở Y tế ...": the body whose head is asked (alone: the heads listed after
# it are read with the list, not as joint leads)
_HEAD_ASKED = re.compile(r"(?:yeu cau|de nghi)\s+(?:pho\s+)?(?:giam doc|chu tich)\s+$")
_LEAD_AFTER = re.compile(
    r"^\s*,?\s*(?:chu tri|co trach nhiem|la co quan chu tri|la don vi chu tri)"
)


_Compiled = tuple[re.Pattern[str], dict[str, tuple[str, bool]]]
_CACHE: dict[tuple[int, bool, str], tuple[OrgDirectory, _Compiled]] = {}


def _pattern(org: OrgDirectory, home: bool, issuer: str) -> _Compiled:
    cached = _CACHE.get((id(org), home, issuer))
    if cached is not None and cached[0] is org:
        return cached[1]
    compiled = _compile(org, home, ANSWERING_BODIES.get(issuer, ()))
    _CACHE[(id(org), home, issuer)] = (org, compiled)
    return compiled


def _compile(org: OrgDirectory, home: bool, answering: tuple[str, ...]) -> _Compiled:
    """The one pattern of every name the finder knows: the public bodies (and those that
    answer to the letter's issuer), and the directory's units when the letter is the
    organisation's own (``home``)."""
    names: dict[str, tuple[str, bool]] = {}
    for body in (*EXTERNAL_BODIES, *CITY_COMMITTEES, *answering):
        names[_key(fold_keep(body))] = (body, False)
    for unit in org.units if home else ():
        for name in (unit.name, *unit.aliases):
            names[_key(fold_keep(name))] = (unit.name, True)
    alternatives = sorted(names, key=len, reverse=True)
    # grouped by the first letter, in the same order within a group: the engine tries a
    # dozen letters at each place, not a hundred names; what matches is the same
    firsts = dict.fromkeys(n[0] for n in alternatives)
    body = "|".join(
        _escaped(first)
        + "(?:"
        + "|".join(_escaped(n[1:]) for n in alternatives if n[0] == first)
        + ")"
        for first in firsts
    )
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)"), names


def _escaped(name: str) -> str:
    return re.escape(name).replace(r"\ ", r"\s+").replace(r"\-", r"\s*-\s*")


def _key(folded: str) -> str:
    """A name's key: spaces squashed, none around a hyphen ("Công nghiệp - Năng lượng" is
    written with and without them)."""
    return _HYPHEN.sub("-", squash(folded))


_HYPHEN = re.compile(r"\s*-\s*")
_CITY_NAMED = frozenset(_key(fold_keep(c)) for c in CITY_COMMITTEES)


class MentionFinder:
    """Finds unit mentions for one parse, remembering each text's answer (headings and
    items are asked about several times).

    ``home`` says the letter is issued in the organisation's own province or addressed to
    it: only then do the directory's names denote its units. Elsewhere "Sở Ngoại vụ",
    "Văn phòng" or "Thanh tra" are the other province's or ministry's own bodies. ``issuer``,
    the letter's, adds the bodies that answer to it (``ANSWERING_BODIES``).
    """

    def __init__(self, org: OrgDirectory, home: bool = True, issuer: str | None = None) -> None:
        self.org = org
        self.home = home
        self.issuer = issuer or ""
        self._seen: dict[str, list[Mention]] = {}
        # "Cục A và Cục B" forms of the bodies the letter names "Cục A và B" (``joined``)
        self.joined: frozenset[str] = frozenset()

    def __call__(self, text: str, folded: str | None = None) -> list[Mention]:
        found = self._seen.get(text)
        if found is None:
            folded = fold_keep(text) if folded is None else folded
            found = self._seen[text] = _find_mentions(text, folded, self._compiled())
        return list(found)

    def _compiled(self) -> _Compiled:
        return _pattern(self.org, self.home, self.issuer)

    def match_unit(self, name: str) -> Unit | None:
        """The directory's unit a whole name denotes, in a letter of the organisation's own."""
        return self.org.match_unit(name) if self.home else None


def _find_mentions(text: str, folded: str, compiled: _Compiled) -> list[Mention]:
    pattern, names = compiled
    mentions: list[Mention] = []
    opening = len(folded) - len(folded.lstrip(" -+:;,"))  # a name here is the sentence's subject
    title = _LEADING_TITLE.match(folded, opening)
    head_asked = False
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
            more = _MORE_AREAS.match(folded, end) if _AREA_END.search(key) else None
            if more is not None:
                # "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương": the longer name as
                # written, not the known "Ủy ban nhân dân tỉnh" it begins with
                end = more.end()
            elif proper and (_AREA_END.search(key) or len(proper) >= 2):
                end = proper[-1].end()
                # (", thành phố Hồ Chí Minh và tỉnh Quảng Ninh": more areas, each with its kind,
                # under the one committee: a collective body as written, README)
                while _AREA_END.search(key) and (more := _MORE_NAMED.match(text, end)):
                    if not (words := _proper_words(text, more.end())):
                        break
                    end = words[-1].end()
            elif key.startswith("trung tam") and (level := _LEVEL_AFTER.match(folded, end)):
                # "Trung tâm Phục vụ hành chính công tỉnh (Cà Mau)": the province's own centre
                end = ([level, *_proper_words(text, level.end())])[-1].end()
            elif city := _CITY_AFTER.match(text, end):
                # "Sở Dân tộc và Tôn giáo Thành phố (Hà Nội)": the city's own department, the
                # city written with a capital as its own letters write it
                end = ([city, *_proper_words(text, city.end())])[-1].end()
        every = _IN_EVERY_AREA.match(folded, end) if folded.startswith(" cac ", end) else None
        if every is not None:
            end = every.end()
        if not known and end == m.end() and _key(key) in _CITY_NAMED:
            continue  # "Ủy ban nhân dân thành phố" alone: a city's letter naming its own
        meant = None if known else _UNIT_MEANT.match(text, end)
        if meant is not None:
            end = meant.end()  # "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)"
        branch = None if known else _BRANCH.match(text, end)
        if branch is not None:
            end = branch.end()  # "Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II": its branch
        display = canonical if known else squash(text[m.start() : end])
        if not known and end > m.end():
            # "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên": the body, without the person's title
            display = _TITLE_WORDS.sub("", display)
        before = folded[max(0, m.start() - 30) : m.start()]
        part = Part.OTHER
        coord = _COORD_BEFORE.search(before)
        if coord and directed_partner(text, folded, m.start()):
            part = Part.OTHER
        elif coord or (
            mentions
            and mentions[-1].part == Part.COORD
            and LIST_GAP.match(folded[mentions[-1].end : m.start()])
        ):
            part = Part.COORD
        elif (
            _LEAD_AFTER.match(folded, m.end())
            or _LEAD_BEFORE.search(before)
            or (  # "Đề nghị Viện kiểm sát ..., Tòa án ...": public bodies asked jointly
                not known
                and mentions
                and mentions[-1].part == Part.LEAD
                and not head_asked
                and asked_together(text, folded, mentions[-1].end, m.start())
            )
        ):
            part = Part.LEAD
        elif _HEAD_ASKED.search(before) and all(x.part != Part.LEAD for x in mentions):
            part, head_asked = Part.LEAD, True
        elif (
            mentions
            and mentions[-1].part == Part.SUBJECT
            and LIST_GAP.match(folded[mentions[-1].end : m.start()])
        ):
            part = Part.SUBJECT  # "Bộ Quốc phòng, Bộ Công an chỉ đạo ...": subjects side by side
        elif _IGNORE_BEFORE.search(before):
            part = Part.OTHER
        elif _WHERE.match(text, end):
            part = Part.OTHER  # "KBNN nơi thu NSNN": the body where, no sentence's subject
        elif (
            m.start() <= opening
            or (
                _AFTER_OPENER.match(folded[: m.start()])
                # ("Sau khi nghe báo cáo của Bộ A, Bộ B, Bộ C, ý kiến ...": the list of whose
                # reports goes on, no subject after the opening clause)
                and not (
                    mentions
                    and mentions[-1].part == Part.OTHER
                    and LIST_GAP.match(folded[mentions[-1].end : m.start()])
                    and _LIST_GOES_ON.match(folded, end)
                )
            )
        ):
            part = Part.SUBJECT
        mentions.append(Mention(m.start(), end, display, known, part))
    return mentions


# "KBNN nơi thu NSNN": a body a relative clause qualifies, named, not acting
_WHERE = re.compile(r"\s+nơi\s")


def asked_together(text: str, folded: str, end: int, start: int) -> bool:
    """Between two bodies asked together: a list's gap, or a full stop the page set for a
    comma ("kính đề nghị Bộ Tài chính. Bộ Kế hoạch và Đầu tư, ... có ý kiến")."""
    gap = folded[end:start]
    if LIST_GAP.match(gap):
        return True
    return gap.strip() == "." and stops_in_asked(text, folded, 0, end)


# "Trên cơ sở đề nghị của ..., Bộ Tài chính khẩn trương ...", "Với vai trò là chủ đầu tư,
# Tập đoàn ... chủ động ...", "Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, Bộ Công
# Thương rà soát ...": the subject after an opening clause of circumstance.
_LIST_GOES_ON = re.compile(r"\s*(?:,|;|va\b)")
_LEADING_TITLE = re.compile(
    r"(?:(?:cac\s+)?dong chi\s+)?(?:bo truong|thu truong|thong doc|chu tich|giam doc|tong giam doc|"
    r"nguoi dung dau|lanh dao|tong(?= thanh tra))\s+"
)
# (the body's head may stand before it: "Căn cứ quy định này, Giám đốc Sở X có trách nhiệm ...")
_AFTER_OPENER = re.compile(
    r"^\W*(?:tren co so|sau khi|de |nham|can cu|truoc tinh hinh|theo de nghi|voi vai tro|"
    # ("Thừa lệnh Phó Thủ tướng X, Văn phòng Chính phủ xin gửi ...": by whose order it speaks)
    r"trong qua trinh|thua lenh|"
    # ("Những kiến nghị của Bộ X trong báo cáo trên, theo chức năng nhiệm vụ, Bộ X tiếp tục chủ
    # trì ...": the matter the sentence takes up first, then its subject)
    r"(?:nhung|cac) (?:kien nghi|de xuat|noi dung|van de)\b)"
    r"[^.;:]*,\s*(?:" + _LEADING_TITLE.pattern + r")?$"
)
# A parenthesis right after a body that names the centre of it that is meant, part of the
# name (not a department or a role a body plays: "Sở Nội vụ (Ban Thi đua - Khen thưởng)",
# "Sở Nội vụ (Cơ quan thường trực ...)", which only say who in it does the work)
_UNIT_MEANT = re.compile(r"\s*\((?P<unit>Trung tâm\s[^()\n]{2,80})\)")
# " - Chi nhánh Khu vực II", " Chi nhánh tỉnh Bình An": the body's branch, named after it
_BRANCH = re.compile(
    r"\s*(?:[-–]\s*)?[Cc]hi nhánh(?:\s+(?:[Kk]hu vực|tỉnh|thành phố|[IVXL]+\b|\d{1,3}\b"
    rf"|(?-i:[{CAPITAL}])\w*))+"
)
_NEXT_CAPITAL = re.compile(rf" [{CAPITAL}]")
_PLACE_AFTER = re.compile(r"\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|chinh phu)\b")
_TITLE_WORDS = re.compile(r"^(?:Chủ tịch|Giám đốc|Thủ trưởng|Bộ trưởng|Thống đốc)\s+")
_AREA_END = re.compile(r"(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)$")
_AREA_KIND = r"(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|dac khu)\b"
_UNDER = r"(?:\s+truc thuoc\s+(?:trung uong|tw|tinh|thanh pho)\b)?"  # "trực thuộc Trung ương"
# ", thành phố trực thuộc Trung ương", ", huyện, xã": more kinds of area after the first
_MORE_AREAS = re.compile(rf"(?:(?:\s*,\s*|\s+va\s+){_AREA_KIND})+{_UNDER}")
# "Cục Thuế các tỉnh, thành phố (trực thuộc Trung ương/TW)", "KBNN các tỉnh/thành phố": the
# body of that kind in every province, one plural office as written
_IN_EVERY_AREA = re.compile(
    rf"\s+cac\s+{_AREA_KIND}(?:(?:\s*[,/]\s*|\s+va\s+){_AREA_KIND})*{_UNDER}"
)
_MORE_NAMED = re.compile(rf"(?:\s*,\s*|\s+và\s+)(?:tỉnh|thành phố)(?=\s+[{CAPITAL}])")
_LEVEL_AFTER = re.compile(r"\s+(?:tinh|thanh pho)\b")
_CITY_AFTER = re.compile(r"\s+Thành phố\b")
_PROPER_NAME = re.compile(
    r"(?:\s+(?!(?:Sở|Bộ|Ủy|Ban|Cục|Công an|Công ty|Văn phòng|Thanh tra|Trung tâm|Trung ương)\b)"
    rf"[{CAPITAL}][^\W\d_]*){{1,4}}"
)


_WORD = re.compile(r"\S+")


def _proper_words(text: str, at: int) -> list[re.Match[str]]:
    """The capitalised words of a proper name at ``at`` ("tỉnh đẩy nhanh" has none: the
    pattern's letter range holds lower-case letters too)."""
    found = _PROPER_NAME.match(text, at)
    words = list(_WORD.finditer(text, at, found.end())) if found else []
    upper = [w for w in words if w.group()[:1].isupper()]
    return words[: len(upper)] if upper == words[: len(upper)] else []


# "Giao X lãnh đạo, chỉ đạo các bộ, ngành phối hợp với Bộ Tư pháp rà soát ...": the units X
# directs are to work with that body, not X itself
# (not a steering committee's name: "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp
# với ...", the office itself working with the partner)
_DIRECTING = re.compile(r"(?<!\bban )\bchi dao\s+")


# "X tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế ...": the body advised is to work with it
_ADVISING = re.compile(r"\btham muu\s+")


def directed_partner(text: str, folded: str, at: int) -> bool:
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
