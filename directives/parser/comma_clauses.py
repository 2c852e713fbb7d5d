"""Task boundaries inside one sentence: a clause after "," or ";" whose subject is another
body with a verb of its own is that body's task ("Bộ Quốc phòng, Bộ Công an huy động lực
lượng ..., các địa phương hỗ trợ bố trí nơi ăn ở ...": two tasks; "Cấp ủy đảng phải lãnh
đạo, chính quyền phải vào cuộc ...": two). Bodies that share one verb stay joint leads
("Bộ Quốc phòng, Bộ Công an huy động ...": the comma inside the subject), and a list of the
bodies a task is asked of or done with ("phối hợp với Sở A, Sở B, ...") is no clause."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.letters import CAPITAL
from directives.parser.subject_ends import PREDICATE
from directives.parser.subjects import subject_acts, subject_bodies

_COMMA = re.compile(r"[,;]\s+(?=\S)")
# "chính quyền phải vào cuộc ...": the authorities named by their kind, then what they must do
_AUTHORITIES = re.compile(
    r"^(?P<kind>chính quyền(?: (?:các cấp|địa phương|cơ sở))?)\s+(?:phải|cần)\s", re.I
)
# a clause that names other bodies, to work with or to ask, whose list a comma may go on with
_DIRECTS = re.compile(
    r"\b(?:phoi hop|chi dao|de nghi|yeu cau|giao|huong dan|cung voi|don doc|gui|kiem tra|"
    r"giam sat|voi)\b"
)
# a plural named by a kind that acts as a body does ("các địa phương hỗ trợ ..."; not "các cơ
# quan chủ trì triển khai ...", the lead agencies of a programme's projects)
_PLURAL = re.compile(r"^các\s+(?:địa phương|bộ, ngành|ngành|chủ đầu tư|nhà đầu tư)\b")
_LINKS = re.compile(r"^(?:đồng thời|trong đó|nhất là|đặc biệt là|bao gồm)\b", re.I)


def authorities(text: str) -> list[str]:
    """The authorities a sentence opens with by their kind, to act ("chính quyền phải vào
    cuộc ..."), or none."""
    kind = _AUTHORITIES.match(text)
    return [kind.group("kind")] if kind else []


def clause_subject(clause: str) -> str | None:
    """The body a clause opens with as the subject of its own verb, or None."""
    if _LINKS.match(clause):
        return None
    kind = _AUTHORITIES.match(clause)
    if kind is not None:
        return kind.group("kind")
    if not (clause[:1].isupper() or _PLURAL.match(clause)) or not subject_acts(clause):
        return None  # (a kind bare in lower case, "đơn vị thực hiện", goes on with a list)
    bodies = subject_bodies(clause)
    return bodies[0] if bodies and clause.startswith(bodies[0]) else None


def comma_cuts(text: str, folded: str) -> list[int]:
    """Where ``text`` (one sentence or more) is cut before a clause handed to another body."""
    cuts: list[int] = []
    last = 0
    for m in _COMMA.finditer(text):
        start = m.end()
        named = clause_subject(text[start:])
        if named is None:
            continue
        before = text[last : m.start()]
        bodies = subject_bodies(before)
        if not (subject_acts(before) or _AUTHORITIES.match(before)) or (
            not bodies and not _AUTHORITIES.match(before)
        ):
            continue  # the text before is no clause of a body and its verb
        if bodies[:1] == [named]:
            continue
        verb = PREDICATE.search(before, len((bodies[:1] or [""])[0]))
        if verb is None or len(before[verb.end() :].split()) < 2:
            continue  # "Các cơ quan, tổ chức, đơn vị ...": no clause of its own before the comma
        if _ends_with_name(before.rsplit(",", 1)[-1]):
            continue  # "..., phối hợp Sở B, Sở C thực hiện": a list of bodies goes on
        if _DIRECTS.search(folded, last, m.start()):
            continue  # "..., phối hợp với các sở, ngành, UBND các huyện ...": its bodies go on
        cuts.append(start)
        last = start
    return cuts


def _ends_with_name(tail: str) -> bool:
    """``tail`` ends with a body's name, no verb after it ("... gửi Bộ Nông nghiệp và Môi
    trường"): the list of bodies a comma after it goes on with."""
    for m in STARTS_BODY.finditer(tail):
        if tail[m.start()].isupper() and PREDICATE.search(tail, m.end()) is None:
            return True
    return False


# "...; Định kỳ hàng tháng, UBND cấp xã chỉ đạo ...": how often, before the subject of a clause
# an item's ";" sets apart
_OFTEN_FIRST = re.compile(
    rf"^(?:định kỳ[^,;.]{{0,40}}|(?:hằng|hàng) (?:năm|quý|tháng|tuần)),\s+(?=[{CAPITAL}])",
    re.IGNORECASE,
)


def clause_part(
    text: str, folded: str, clause_follows: bool, after_semicolon: bool
) -> tuple[str, str]:
    """A part of an item, stripped, its "," or ";" dropped where another body's clause follows;
    a clause after ";" that names its own body starting at that body (session 20's call: its
    text starts at its subject, "Định kỳ hàng tháng," left out)."""
    text, folded = text.strip(), folded.strip()
    if clause_follows:
        text, folded = text.rstrip(",;").rstrip(), folded.rstrip(",;").rstrip()
    often = _OFTEN_FIRST.match(text) if after_semicolon else None
    if often is not None and subject_bodies(text[often.end() :]):
        return text[often.end() :], folded[often.end() :]
    return text, folded
