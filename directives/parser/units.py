"""Which units an action names, and in what part: the lead (chủ trì) and the coordinating
units (phối hợp) of a sentence and the units of a table cell (whether a text is a unit's name
alone: ``unit_names``). The mentions themselves are found by ``mentions``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from directives.parser.bodies import NAME_SPLIT, STARTS_BODY, TITLES, builds_in_name
from directives.parser.clean import fold_keep, squash
from directives.parser.council import assembly_organs
from directives.parser.joined import rejoin
from directives.parser.letters import CAPITAL, SMALL
from directives.parser.listed_subjects import listed_after
from directives.parser.mentions import (
    LIST_GAP,
    Mention,
    MentionFinder,
    Part,
    asked_together,
    directed_partner,
)
from directives.parser.partner_shares import (
    PROVINCES,
    SHARED_PARTNERS,
    shared_partners,
    short_names_shared,
)
from directives.parser.partner_words import (
    FUNCTIONAL_OF,
    GLOSSED_GROUP,
    KIND_RELATED,
    LIST_END,
    MASS_ORGANISATIONS,
    OFFICE_OF,
    PARENT,
    PARTNER_SPLIT,
    PARTNERS,
    RELATED,
    SUB_BODY,
    ends_list,
    in_quotes,
    named_entry,
    sentence_follows,
    with_extras,
)
from directives.parser.polite import ASKING, politely_asked
from directives.parser.subject_ends import PREDICATE
from directives.parser.subjects import subject_bodies
from directives.parser.topic_names import in_topic_name

_GENERIC_SUBJECT = re.compile(
    r"^(?:(?:chi dao|giao|yeu cau|de nghi)\s+)?(?:cac|nhung)\s+"
    r"(?:phong|don vi|bo phan|co quan|so|nganh|to chuc)"
)

# "Các sở, ban, ngành theo chức năng, nhiệm vụ (, quyền hạn được giao) phối hợp với Sở X ...":
# the plural the sentence opens with is who works with X, and leads; not "Chỉ đạo các phòng
# phối hợp với Văn phòng ...", where X leads the units directed
_PLURAL_WORKS = re.compile(
    r"^(?:cac|nhung)\s[^.;:]{0,80}?(?:,?\s*theo chuc nang[^.;:]{0,50}?)?,?\s*"
    r"(?:co trach nhiem\s+)?phoi hop\b"
    # (or bound by its own duty: "Các cơ quan quản lý X có trách nhiệm theo dõi, phối hợp ...")
    r"|^(?:cac|nhung)\s[^.;:]{0,120}?\s(?:co|chiu) trach nhiem\b"
)

_DIRECTS = re.compile(r"\bchi dao(?:\s+cac)?\s*$")


@dataclass
class Assignment:
    lead: str | None
    coordinating: list[str]
    unknown: list[str]  # names outside the directory that the output keeps as written
    defaulted: bool = False  # no body named: the lead is the default given
    # bodies named jointly with the lead as leads ("các Bộ: X, Y và các bộ, ngành có liên quan"),
    # which stay among the coordinating units even when unnamed plurals
    joint: list[str] = field(default_factory=list)


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
    if leads and default_lead and not subjects and ";" in folded[: leads[0].start]:
        leads = []  # "Thực hiện ...; giao Văn phòng Chính phủ đưa ...": the item's own lead's task
    lead = leads[0] if leads else None
    if lead is None and subjects:
        lead = subjects[0]
    # the other bodies of a subject list act with the lead
    side = subjects[1:] if subjects and lead is subjects[0] else _joint(leads, text, folded)
    if subjects and lead is subjects[0]:
        side = _subject_list(text, lead, side)
    if lead is not None and all(m.end > m.start for m in side) and _acts(lead, folded):
        side = side + _listed_on(text, folded, lead, mentions)
    coords = side + [m for m in mentions if m.part == Part.COORD]
    if (
        lead is None
        and coords
        and _GENERIC_SUBJECT.match(folded)
        and not _PLURAL_WORKS.match(folded)
    ):
        lead, coords = coords[0], coords[1:]
    addressed = _asked_addressee(text, folded, lead)
    lead = addressed or lead
    lead_name = lead.name if lead else default_lead
    shaped = _partners(text, folded, [m for m in mentions if m.part == Part.COORD], mentions)
    if shaped is not None:
        coords = side + shaped
    coordinating: list[str] = []
    for m in coords:
        if m.name != lead_name and m.name not in coordinating:
            coordinating.append(m.name)
    used = ([lead] if lead else []) + coords
    unknown = [m.name for m in used if not m.known]
    joint = [m.name for m in side if m.name in coordinating]
    return Assignment(lead_name, coordinating, unknown, lead is None, joint)


# "Văn phòng Chính phủ đề nghị quý Uỷ ban có ý kiến ...", "... xin gửi bản chụp văn bản đến
# quý cơ quan để nghiên cứu, có ý kiến ...", "... đề nghị các cơ quan có ý kiến ...": the
# speaker asks its addressees, named politely (``polite``) or by their kind, not by name
_BY_KIND = re.compile(rf"\b(?:{ASKING})\s+(?P<whom>cac co quan)(?= co y kien\b)")


def _asked_addressee(text: str, folded: str, lead: Mention | None) -> Mention | None:
    """The addressees the sentence's subject asks, when it names them by a polite word or
    their kind only: they lead, not the subject that asks."""
    if lead is None or lead.part != Part.SUBJECT:
        return None  # (with no subject, the default lead stands for the addressee)
    if "quy" not in folded and "cac co quan" not in folded:
        return None
    polite = politely_asked(folded, lead.end, sent_to_do=True)
    kind = _BY_KIND.search(folded, lead.end)
    spans = [s for s in (polite, kind.span("whom") if kind else None) if s is not None]
    if not spans:
        return None
    at, end = min(spans)
    return Mention(at, end, squash(text[at:end]), False, Part.LEAD)


def _subject_list(text: str, lead: Mention, side: list[Mention]) -> list[Mention]:
    """ "Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ...": the bodies the sentence
    opens with that the finder does not know act with the lead too (all the organs of an
    assembly it lists, in its order, the known among them: "Ủy ban Thường vụ Quốc hội, Hội đồng
    Dân tộc, Ủy ban Xã hội, ..., Đoàn đại biểu Quốc hội, đại biểu Quốc hội giám sát ...")."""
    if lead.start > 0 or (side and assembly_organs(text) is None):
        return side
    listed = subject_bodies(text)
    acronyms = _ACRONYMS.match(text)
    if len(listed) < 2 and acronyms and acronyms.group(1) == text[lead.start : lead.end]:
        # "KBNN, NHTM thực hiện ký ...": bodies by their abbreviations, listed with the lead's
        listed = re.split(r"\s*,\s*", acronyms.group(0))
    if len(listed) < 2 or squash(listed[0]) != squash(text[lead.start : lead.end]):
        return side
    return [Mention(0, 0, name, False, Part.SUBJECT) for name in listed[1:]]


# Abbreviations listed before the sentence's verb in lower case ("KBNN, NHTM thực hiện ...")
_ACRONYMS = re.compile(rf"^([A-ZĐ]{{2,8}})(?:\s*,\s*[A-ZĐ]{{2,8}})+(?=\s+(?-i:[{SMALL}]))")


# The bodies a sentence asks to act ("đề nghị Bộ Nội vụ, ..."), not those a lead directs
_ASKED = re.compile(r"(?:^|\b(?:giao|de nghi|yeu cau))\s*$")


def _acts(lead: Mention, folded: str) -> bool:
    return lead.part == Part.SUBJECT or bool(_ASKED.search(folded, 0, lead.start))


def _listed_on(text: str, folded: str, lead: Mention, mentions: list[Mention]) -> list[Mention]:
    """The entries the list the lead opens runs on with, past the bodies the finder knows
    ("Bộ Nội vụ, Bộ Công an và Ủy ban nhân dân cấp tỉnh căn cứ ...")."""
    end = lead.end
    for m in sorted(mentions, key=lambda x: x.start):
        if m.start < end:
            continue
        if not LIST_GAP.match(folded[end : m.start]):
            break
        end = m.end
    spans = [(m.start, m.end) for m in mentions]
    return [
        Mention(at, at, name, False, Part.SUBJECT) for at, name in listed_after(text, end, spans)
    ]


def _joint(leads: list[Mention], text: str, folded: str) -> list[Mention]:
    """The leads listed right after the first ("Đề nghị Viện ..., Tòa án ..."): they act
    with it."""
    joint = leads[:1]
    for m in leads[1:]:
        if not asked_together(text, folded, joint[-1].end, m.start):
            break
        joint.append(m)
    return joint[1:]


# "các đơn vị: Văn phòng UBND tỉnh (...) và ...": a plural whose colon opens the partners' names
_NAMED_AFTER = re.compile(
    r"các\s+(?:đơn vị|cơ quan)(?:\s*,\s*(?:đơn vị|cơ quan|địa phương))*\s*:\s*"
    rf"(?=[{CAPITAL}])"
)


# "đơn vị cung cấp dịch vụ công nghệ thông tin": a partner named by the service it provides
# (or, without "các", by its kind as the one at the place: the utility serving the area,
# "đơn vị điện lực", the party committee of a level, "cấp ủy cấp xã trong khu vực")
_PROVIDER = re.compile(
    r"^(?:(?:các\s+)?(?:đơn vị|doanh nghiệp|nhà)\s+cung cấp\s+"
    r"(?:dịch vụ|phần mềm|giải pháp)\b[^,;.]{0,60}"
    r"|đơn vị (?:điện lực|cấp nước)|cấp (?:ủy|uỷ) (?:cấp (?:xã|huyện|tỉnh)|cùng cấp))$"
)
# a partner's name by its organ's word, or the letters that shorten it ("BHXH huyện, thị xã":
# the social insurance office, which a partner's place only reads as a body)
_OPENS_BODY = re.compile(rf"(?:{STARTS_BODY.pattern}|(?-i:BHXH)\s)", re.IGNORECASE)
# "trong khu vực", "trên địa bàn xã": which bodies of the kind, after a partner's name
_WHERE = re.compile(r"\s+(?:trong|trên)\s+(?:khu vực|địa bàn)(?:\s+(?:tỉnh|xã|phường|huyện))?\b")


def _partners(
    text: str, folded: str, found: list[Mention], named: list[Mention]
) -> list[Mention] | None:
    """The bodies "phối hợp với" names, in order: the finder's names, and the others by their
    shape (a capitalised name); "các bộ, ngành liên quan" names none. None if no such list."""
    shaped: list[Mention] = []
    dropped: list[Mention] = []
    seen = False
    for m in PARTNERS.finditer(folded):
        if directed_partner(text, folded, m.start()):
            continue
        seen = True
        # (a verb's word inside a known name is the name's: "Bộ Tổng tham mưu")
        verb = next(
            (
                v
                for v in PREDICATE.finditer(text, m.end())
                if text[v.start()].islower()
                and not any(n.start < v.start() < n.end for n in named)
                # ("... và các tổ chức đoàn thể": a kind of body after "các", no verb; "phong
                # trào “Toàn dân ... xây dựng ...”": a name in quotes)
                and not folded.endswith("cac ", 0, v.start())
                and not in_quotes(text, v.start())
                # ("Phòng Quản lý Quy hoạch xây dựng và Đầu tư": a field of the name)
                and not _FIELD_IN_NAME.match(text, v.start())
                and not builds_in_name(text, v)  # ("Ban QLDA đầu tư xây dựng ...")
                and not in_topic_name(text, v.start())  # ("Vụ Các vấn đề chung về xây dựng")
                # ("các sở, ngành có liên quan; UBND các huyện": which of them, no verb)
                and not _RELATED_LISTED.match(text, v.start())
            ),
            None,
        )
        named_after = _NAMED_AFTER.match(text, m.end())
        at = named_after.end() if named_after else m.end()
        # (a word of the list's end in a name's capitals stays in it: "Bộ Tài chính")
        stop = next((s for s in LIST_END.finditer(folded, at) if ends_list(s, text)), None)
        end = min(verb.start() if verb else len(text), stop.start() if stop else len(text))
        if (shared := SHARED_PARTNERS.match(text, at)) is not None:
            # "phối hợp với các Bộ: Xây dựng, Quốc phòng theo ...": each
            shaped.extend(_shared(text, folded, shared, verb, at))
            continue
        if (organs := assembly_organs(text[at:])) is not None:  # (the Assembly's, each whole)
            shaped.extend(Mention(at, at, name, False, Part.COORD) for name in organs[0])
            continue
        provinces = PROVINCES.match(text, at)
        # (the colon after the committees' kind opens their names, no end of the list)
        limit = verb.start() if verb and provinces and provinces["colon"] else end
        if provinces is not None and provinces.end() <= limit:
            # "phối hợp với 02 tỉnh Bà Rịa-Vũng Tàu và Hà Tây": the provinces, one collective
            name = squash(provinces.group())
            shaped.append(Mention(at, provinces.end(), name, False, Part.COORD))
            continue
        gloss = GLOSSED_GROUP.match(text, at)
        if gloss is not None:  # "các nhà mạng (Viettel Nghệ An, VNPT Nghệ An)": those named
            for entry in re.finditer(r"[^,;]+", gloss.group("names")):
                if entry.group().strip()[:1].isupper():
                    at = gloss.start("names") + entry.start()
                    shaped.append(Mention(at, at, squash(entry.group()), False, Part.COORD))
            continue
        for sep in [*PARTNER_SPLIT.finditer(text, at, end), None]:
            start, at = at, sep.start() if sep else end
            if (shared := SHARED_PARTNERS.match(text, start)) is not None:
                # "... Bộ Ngoại giao và các Bộ: Kế hoạch và Đầu tư, Công Thương ...": the kind's
                # list past the colon, the list's last entry
                shaped.extend(_shared(text, folded, shared, verb, start))
                break
            name = text[start:at].strip(" ,")
            inside = [f for f in found if f.start < at and f.end > start]
            head = TITLES.match(name) or FUNCTIONAL_OF.match(name)
            if head and STARTS_BODY.match(name[head.end() :]):
                name = name[head.end() :]  # "...; Chủ tịch UBND các xã, phường": the body
            if RELATED.search(fold_keep(name).strip()) or KIND_RELATED.match(text, start):
                dropped.extend(inside)  # (or "Bộ phận có liên quan": a kind concerned, unnamed)
            elif not inside and named_entry(name) and _OPENS_BODY.match(name):
                # "UBND các xã, phường cập nhật ...": the name, closed where the list's entry is
                # (after "cơ quan chuyên môn thuộc", the name of the body it belongs to)
                office = OFFICE_OF.match(name)
                cut = office.end() if office else 0
                short = with_extras(name[cut:]) or name[cut:]
                # ("Ủy ban nhân dân xã, phường nơi có đất thu hồi": which of them, of the name)
                held = (
                    _WHERE_HELD.fullmatch(name, cut + len(short))
                    if name[cut:].startswith(short)
                    else None
                )
                name = name if held else name[:cut] + short
                # ("Cục Công nghệ thông tin (Tổng cục Thuế)": the body above it, of the name)
                above = PARENT.match(text, at) if SUB_BODY.match(fold_keep(name)) else None
                name += (
                    f" {above.group().strip()}"
                    if above and text[start:at].strip(" ,") == name
                    else ""
                )
                names = short_names_shared(squash(name)) or [squash(name)]
                # ("Tập đoàn FPT, CMC": enterprises of one kind, each by its short name)
                shaped.extend(Mention(start, at, n, False, Part.COORD) for n in names)
            elif not inside and (mass := MASS_ORGANISATIONS.match(name) or _PROVIDER.match(name)):
                # ("cấp ủy cấp xã" + " trong khu vực": which of them, of the name as written)
                where = _WHERE.match(text, at) if mass.re is _PROVIDER else None
                written = squash(mass.group() + (where.group() if where else ""))
                shaped.append(Mention(start, at, written, False, Part.COORD))
            if sep is None or sentence_follows(name):
                break  # "X, Bộ Tài chính tiếp thu ý kiến của ...": the list ended at the name
            at = sep.end()
    if not seen:
        return None
    kept = [f for f in found if not any(f is d for d in dropped)]
    return sorted(kept + shaped, key=lambda x: x.start)


def _shared(
    text: str, folded: str, shared: re.Match[str], verb: re.Match[str] | None, at: int
) -> list[Mention]:
    """The partners a kind's list names each with its organ's word, up to the verb or the
    list's end after the names."""
    after = next((s for s in LIST_END.finditer(folded, shared.end()) if ends_list(s, text)), None)
    close = min(verb.start() if verb else len(text), after.start() if after else len(text))
    listed = text[shared.end() : max(close, shared.end())]
    return [Mention(at, at, name, False, Part.COORD) for name in shared_partners(shared, listed)]


# "Quy hoạch xây dựng và Đầu tư": "xây dựng" after a capitalised word of a name and before
# its last field, capitalised, is a field of the name, no verb
_FIELD_IN_NAME = re.compile(rf"(?<=[{SMALL}] )xây dựng và (?-i:[{CAPITAL}])\w*\s+\w+")
# "các sở, ngành có liên quan; Ủy ban nhân dân ...": which of a kind, the list going on
_RELATED_LISTED = re.compile(r"có liên quan\s*[,;]")
# "... nơi có đất thu hồi": the place that says which bodies of a kind are meant
_WHERE_HELD = re.compile(r"\s+nơi (?:có|xảy ra|thực hiện|triển khai) [^\d,;:.()]{2,50}")
# A qualifier right after a name, no separator between: the places whose bodies are meant
# ("Cục Thuế các tỉnh, thành phố trực thuộc trung ương": the whole of it)
_WHICH = re.compile(
    r" (?:(?:cac|cap|tai|o)\s+)?(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|dia phuong)\b"
    r"(?:\s*,\s*(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\b)*"
    r"(?:\s+truc\s+thuoc\s+(?:trung\s+uong|tw)\b)?"
)


# "..., 6 Cục Thuế": a count right before a body's name
_COUNT = re.compile(r"(?:^|(?<=[,;\s]))(\d{1,3})\s+$")


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
        which = _WHICH.match(fold_keep(gap)) if out and not out[-1][1] else None
        if which is not None:
            # "Sở Nông nghiệp và Môi trường các tỉnh": which bodies of the kind, of the name
            out[-1] = (f"{out[-1][0]} {squash(gap[: which.end()])}", False)
            gap = gap[which.end() :]
        count = _COUNT.search(gap) if m is not None else None
        if count is not None:
            gap = gap[: count.start()]  # ("6 Cục Thuế": how many of the body, its name's)
        # "Các sở, ban, ngành tỉnh; UBND các xã, phường": a group's commas split nothing
        for piece in NAME_SPLIT.split(gap.replace("\n", ";")):
            piece = squash(piece).strip(" .,;-+/")
            if not piece or fold_keep(piece) in ("va", "cac", "voi"):
                continue
            unit = find.match_unit(piece)
            out.append((unit.name, True) if unit is not None else (piece, False))
        if m is not None:
            out.append((f"{count.group(1)} {m.name}", False) if count else (m.name, m.known))
            at = m.end
    return rejoin(out, find.joined) if find.joined else out
