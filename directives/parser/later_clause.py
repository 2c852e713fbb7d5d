"""An item that opens with its work and names no body ("- Triển khai đồng bộ các biện pháp
quản lý thuế; trong đó, tăng cường ...; đồng thời, ngành Thuế phối hợp chặt chẽ với ...") gives
the task to the body a later clause of it names as its subject: the whole item is that body's
task. A body of a sector is named by "ngành" and the sector's name, capitalised ("ngành Thuế",
"ngành Y tế"), as the subject of a verb. So with a later sentence ("- Đối với nguồn vốn ..., thực
hiện theo phân cấp hiện hành. Các bộ, ngành và địa phương căn cứ ... để xây dựng ...") whose
subject is a body that is to act (not one narrated: "... đã ...", nor one asked: "Đề nghị ...").
And an item whose words name who does the work in turn ("Định kỳ hàng năm tổ chức hội nghị sơ
kết ... theo hình thức luân phiên giữa Tổng cục Thuế và Tổng cục Hải quan"): those bodies, the
first leading (session 19's call)."""

from __future__ import annotations

import re

from directives.parser.addressees import NARRATIVE_AFTER
from directives.parser.bodies import TITLES, heading_bodies
from directives.parser.clean import fold_keep, squash
from directives.parser.letters import CAPITAL
from directives.parser.name_words import name_part
from directives.parser.subject_ends import PREDICATE
from directives.parser.subjects import subject_acts, subject_bodies

# where a clause opens after ";", the link words before its subject dropped
_CLAUSE = re.compile(r";\s*(?:(?:đồng thời|ngoài ra|bên cạnh đó|mặt khác)\s*,?\s*)?", re.I)
# "ngành Thuế phối hợp ...": a sector, capitalised, then its verb
_SECTOR = re.compile(r"^[Nn]gành\s+(?=\w)")
_NAME_WORDS = 6
# where a later sentence may open: ". " (a capital after it, checked as written)
_SENTENCE = re.compile(r"\.\s+(?=\w)")
_ASKS = re.compile(r"^(?:đề nghị|yêu cầu|giao)\b", re.I)
# where a clause opens after ",": a plural of bodies bound to act ("..., các địa phương phải")
_BOUND = re.compile(r",\s+(?=các\s[^,;.()]{2,40}?\s(?:phải|cần)\s)")


def _sector(clause: str) -> str | None:
    m = _SECTOR.match(clause)
    # the sector's name opens with a capital ("ngành Thuế", "ngành Y tế"), accented ones included
    verb = PREDICATE.search(clause, m.end()) if m and clause[m.end()].isupper() else None
    if m is None or verb is None:
        return None
    name = clause[: verb.start()].rstrip()
    words = name.split()
    return name if len(words) <= _NAME_WORDS and not re.search(r"[,;:.()]", name) else None


def later_clause_body(item: str) -> list[str]:
    """The body a later clause of ``item`` names as its subject, or none."""
    text = squash(item)
    for m in _CLAUSE.finditer(text):
        clause = text[m.end() :]
        sector = _sector(clause)
        if sector is not None:
            return [sector]
        if subject_acts(clause):
            return subject_bodies(clause)[:1]
    for m in _BOUND.finditer(text):
        # "Khẩn trương khắc phục ... (điện, nước, ...), các địa phương phải huy động ...": the
        # body a comma's clause binds to the work the item opens with
        clause = text[m.end() :]
        if subject_acts(clause):
            return subject_bodies(clause)[:1]
    return []


_WORD_START = re.compile(r"(?<!\w)\w")


def _names_body(sentence: str) -> bool:
    """The sentence names a body or any other proper name: a capitalised word after its first
    ("Chính phủ sẽ phân công ...", "... đã được Cơ quan Công an kiểm tra ...")."""
    if subject_bodies(sentence):
        return True
    return any(m.group().isupper() for m in _WORD_START.finditer(sentence) if m.start() > 0)


def later_sentence_body(item: str, opened: bool = False) -> list[str]:
    """The body a later sentence of ``item`` opens with as its subject, to act, its first
    sentence naming none (or, ``opened``, opening with its work: no subject of its own, what
    it names the work's); or none."""
    text = squash(item)
    starts = [m.end() for m in _SENTENCE.finditer(text) if text[m.end()].isupper()]
    first = text[: starts[0]] if starts else ""
    if not starts or (subject_bodies(first) if opened else _names_body(first)):
        return []  # (opened: not a request naming whom it asks, "Yêu cầu các cấp ủy ...")
    for at in starts:
        sentence = text[at:]
        if _ASKS.match(sentence) or not subject_acts(sentence):
            continue
        body = subject_bodies(sentence)[:1]
        # (the sentence opens with the body: not "Từ ngày ..., Ủy ban X trực tiếp quản lý ...")
        # (or with its head's title before it: "Giám đốc các cơ sở X chỉ đạo ...")
        opens = bool(body) and TITLES.sub("", sentence, count=1).startswith(body[0])
        if opens and not NARRATIVE_AFTER.match(fold_keep(sentence[len(body[0]) :])):
            return body
    return []


# items of a list ("-", "a)", "1."), not an article nor a point of prose counted in words
# ("Thứ ba, ...": running prose, where the sentence that names a body is a task of its own)
_NOT_LISTED = (None, "article", "table", "ordinal")


def later_item_body(marker: str | None, item: str) -> list[str]:
    """``later_sentence_body`` of a list's item; none for other blocks."""
    return [] if marker in _NOT_LISTED else later_sentence_body(item)


# "... luân phiên giữa Tổng cục Thuế và Tổng cục Hải quan": the bodies that take turns at it
_IN_TURN = re.compile(
    r"\b(?:luân phiên|lần lượt) giữa\s+(?P<bodies>[^.;:()]{3,120}?)\s*(?:[.;:(]|$)"
)


def bodies_in_turn(item: str) -> list[str]:
    """The bodies an item with no subject names as taking turns at its work, or none."""
    m = _IN_TURN.search(squash(item)) if "giữa" in item else None
    named = heading_bodies(m.group("bodies")) if m else []
    return named if len(named) > 1 else []


# "Tăng cường công tác phối hợp giữa A, B, các Ủy ban của X với C, D, các cơ quan hữu quan
# ...": the work done between two groups of bodies, each named; those named are its doers
_BETWEEN = re.compile(
    r"\bphối hợp giữa\s+(?P<one>[^.;:()]{3,200}?)\s+với\s+(?P<other>[^.;:()]{3,240})"
)
_ENTRY = re.compile(rf"(?:các\s+)?[{CAPITAL}]")


def _names_listed(text: str) -> tuple[list[str], bool]:
    """The bodies a list of names opens ``text`` with ("A, B và C ..."), up to the first entry
    that names none (an unnamed plural, "các cơ quan") or the words after the last name; and
    whether the names fill the whole text."""
    names: list[str] = []
    for entry in re.split(r",\s*|\s+và\s+", text.strip()):
        if not _ENTRY.match(entry):
            return names, False
        whole = heading_bodies(entry) == [entry] or len(entry.split()) <= 3
        names.append(entry if whole else name_part(entry))
        if not whole:
            return names, False
    return names, True


def bodies_between(item: str) -> list[str]:
    """The bodies an item with no subject names on both sides of the work done between them,
    the first leading, or none."""
    m = _BETWEEN.search(squash(item)) if "giữa" in item else None
    if m is None:
        return []
    one, whole = _names_listed(m.group("one"))
    other = _names_listed(m.group("other"))[0]
    return [*one, *other] if whole and one and other else []
