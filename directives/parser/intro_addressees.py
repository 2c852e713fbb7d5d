"""The bodies an intro ending in ":" hands its items to ("..., Bộ Xây dựng yêu cầu các cơ quan,
đơn vị:", "..., tỉnh Đắk Lắk cần tiếp tục ... sau:", "Các sở ... phối hợp thực hiện các hoạt
động sau:"), and the assignment a heading's bodies make, the directory's names first
(``addressees`` reads every other heading).
"""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.bodies import STARTS_BODY, heading_bodies
from directives.parser.clean import fold_keep, squash
from directives.parser.letters import CAPITAL
from directives.parser.mentions import MentionFinder
from directives.parser.names import org_display
from directives.parser.subject_ends import PREDICATE
from directives.parser.subject_openings import without_grounds
from directives.parser.subjects import subject_acts, subject_bodies
from directives.parser.units import Assignment

# "..., Bộ Xây dựng yêu cầu các cơ quan, đơn vị:" / "Bộ Tài chính đề nghị UBND các tỉnh,
# thành phố quan tâm chỉ đạo:": the bodies asked, who take the items below.
_ASKED = re.compile(
    r"(?:^|[\s,])(?:yeu cau|de nghi|giao(?! (?:duc|vien|thong|dich|nhan|luu|ban)\b)(?: cho)?)"
    r"\s+(?!cua\b)(?=\S)"
)
# "..., tỉnh Đắk Lắk cần tiếp tục ... sau:": a province or city named as the actor is its
# people's committee.
_LOCALITY_ACTS = re.compile(
    rf"(?:^|[\s,])(?P<kind>[Tt]ỉnh|[Tt]hành phố)\s+(?P<name>(?:[{CAPITAL}]\w*\s+){{1,4}})"
    r"(?:cần|phải|tiếp tục|tập trung)\b"
)


# "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:": an intro that says more than a name
_SAYS_MORE = re.compile(
    r"\b(?:ban hành|như sau|cụ thể|sau đây|gồm|đã|sẽ|đang|được|là|đề nghị|yêu cầu|"
    r"giao(?! thông)|chỉ thị|kết luận|thông báo|quyết định)\b",
    re.IGNORECASE,
)


def intro_addressee(block: Block, find: MentionFinder, ours: bool) -> Assignment | None:
    """The bodies an intro ending in ":" hands its items to, named after the verb that asks
    or as the subject of "cần"; None when it names none."""
    folded = block.folded
    local = None
    for m in _LOCALITY_ACTS.finditer(block.text):
        if m.group("name")[0].isupper():  # not "Tỉnh ủy tập trung ...": the party's committee
            local = m
    if local is not None:
        kind = block.text[local.start("kind") : local.end("kind")]
        name = block.text[local.start("name") : local.end("name")].strip()
        return Assignment(f"Ủy ban nhân dân {kind.lower()} {name}", [], [])
    asked = _ASKED.search(folded)
    levels = _EVERY_LEVEL.search(block.text)
    if levels is not None:
        # "Để ..., các ngành, các cấp cần thực hiện tốt những việc cụ thể sau đây:"
        return Assignment(levels["who"], [], [levels["who"]])
    bare = squash(block.text).strip(" *:")
    alone = asked is None and len(bare) <= 160 and not _SAYS_MORE.search(bare)
    # (not a body and what it does: "Uỷ ban nhân dân phường X cử đại diện ... và chỉ đạo ...:")
    names = heading_bodies(bare) if alone and not subject_acts(bare) else []
    if names and bare in (", ".join(names), " và ".join(names)):
        # "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:": a body's name alone
        return assignment(names, find, ours)
    own = without_grounds(block.text).rstrip(" :")
    hands = ("giao", "giao cho")
    handed = asked is not None and asked.start() > 0 and asked.group().strip(" ,") in hands
    if asked is None or (handed and subject_acts(own)):
        # "Căn cứ tình hình thực tế, các cơ quan, đơn vị phối hợp thực hiện các hoạt động sau:"
        # (a subject that acts before a later "giao": "Các sở ... tổng hợp ... giao tài sản")
        if subject_acts(own) or (_ROLE_DUTY.match(own) and subject_bodies(own)):
            # ("Cục X và Ban Y là đơn vị đầu mối ..., có trách nhiệm:": what they are, their duty)
            return assignment(subject_bodies(own), find, ours)
        # "...; căn cứ vào phương hướng, nhiệm vụ đã nêu, Văn phòng X và Y cụ thể hoá ..., cần
        # tập trung một số nhiệm vụ sau:": the intro's last clause names who acts
        last = _grounded_clause(block.text)
        return assignment(_joint_subject(last), find, ours) if last else None
    # ("... khu vực đề nghị thành lập cụm công nghiệp ..., đề nghị Chủ đầu tư:": the last ask,
    # right before the colon, names whom the items are asked of)
    final = [*_ASKED.finditer(folded)][-1].end()
    final = final if len(folded) - final <= 60 else asked.end()
    for at in dict.fromkeys((asked.end(), final)):
        rest_text = block.text[at:].rstrip(" :")
        glossed = _GLOSSED_NAME.match(rest_text)
        if glossed is not None and heading_bodies(glossed["name"]):
            return assignment(heading_bodies(glossed["name"]), find, ours)
        named = assignment(subject_bodies(rest_text) or heading_bodies(rest_text), find, ours)
        if named is not None:
            return named
    return None


# "các ngành, các cấp cần ...", "các cấp, các ngành phải ...": every sector and level, the one
# lead as written, of the items an intro asks of them
_EVERY_LEVEL = re.compile(
    r"(?:^|,\s+)(?P<who>[Cc]ác (?:ngành,? các cấp|cấp,? các ngành))\s+(?:cần|phải)\s[^.;:]*:\s*$"
)

# ", Văn phòng ...": where grounds whose own words hold commas give way to a capitalised body
_BODY_AFTER_COMMA = re.compile(rf",\s+(?=[{CAPITAL}])")


def _grounded_clause(text: str) -> str | None:
    """An intro's last clause (after its last "." or ";") when it opens with grounds whose own
    words hold commas ("căn cứ vào phương hướng, nhiệm vụ đã nêu trong Báo cáo, Văn phòng
    ..."): the clause after them, which names who acts; else None."""
    last = re.split(r"[.;]\s+", squash(text).rstrip(" :"))[-1]
    if not last.lower().startswith("căn cứ "):
        return None
    for comma in _BODY_AFTER_COMMA.finditer(last, 0, 240):
        if STARTS_BODY.match(last, comma.end()):
            return last[comma.end() :]
    return None


def _joint_subject(clause: str) -> list[str]:
    """The bodies a clause opens with as its subject, a plural named jointly after "và"
    included ("Văn phòng X và các văn phòng tỉnh uỷ, thành uỷ cụ thể hoá ...")."""
    if subject_acts(clause):
        return subject_bodies(clause)
    bodies = subject_bodies(clause)
    verb = PREDICATE.search(clause, len(bodies[0])) if bodies else None
    if verb is None or not clause.startswith(bodies[0]):
        return []
    joint = _JOINT.fullmatch(clause[len(bodies[0]) : verb.start()])
    return [bodies[0], joint.group("other")] if joint else []


# " và các văn phòng tỉnh uỷ, thành uỷ ": a plural led jointly with the body before it
_JOINT = re.compile(r"\s+và\s+(?P<other>các\s+[^.;:()]{3,80}?)\s*")


# "đề nghị các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là cơ sở đào tạo) thực hiện ...": the
# short form a letter gives a body closes its full name
# "... là đơn vị đầu mối chủ trì của hai cơ quan, có trách nhiệm": who they are, then the duty
_ROLE_DUTY = re.compile(r"^[^:;]+?\slà\s[^:;]+,\s*(?:có|chịu) trách nhiệm$")
_GLOSSED_NAME = re.compile(
    r"^(?P<name>[^():;.]{3,120}?)\s*\((?:sau đây|dưới đây)?\s*(?:gọi|viết)\s+(?:tắt\s+)?là\b",
    re.IGNORECASE,
)


def assignment(bodies: list[str], find: MentionFinder, ours: bool) -> Assignment | None:
    if not bodies or (ours and fold_keep(bodies[0]).startswith("cac ")):
        return None
    names: list[str] = []
    unknown: list[str] = []
    for body in bodies:
        unit = find.match_unit(body)
        # ("II. NHIỆM VỤ CHỦ YẾU CỦA BỘ XÂY DỰNG": the name in sentence case)
        name = unit.name if unit is not None else org_display(body)
        if unit is None:
            unknown.append(name)
        if name not in names:
            names.append(name)
    return Assignment(names[0], names[1:], unknown, joint=names[1:])
