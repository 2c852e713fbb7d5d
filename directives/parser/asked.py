"""Who a body's sentence asks to act: "Bộ Tài chính trân trọng đề nghị Ủy ban nhân dân các
tỉnh chỉ đạo ...", "Trên đây là ý kiến của Cục X, đề nghị ...", "Để tổng hợp ..., Bộ đề nghị
Ủy ban nhân dân các tỉnh báo cáo ...": the bodies asked, not the body speaking."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from directives.parser.bodies import heading_bodies
from directives.parser.clean import fold_keep, squash
from directives.parser.letters import CAPITAL, SMALL
from directives.parser.sought_comments import handed_bodies
from directives.parser.subjects import subject_acts, subject_bodies

# "Bộ Tài chính trân trọng đề nghị ...": a body that asks, then the bodies it asks (or "Tổng
# cục Thuế thông báo để các Cục Thuế thông báo cho người nộp thuế ...": the bodies it tells;
# or "Trung tâm kính mong Thủ trưởng các đơn vị triển khai ...": the bodies it hopes will act)
_ASKS_OTHERS = re.compile(
    r"^(?P<who>[^,;:]{2,80}?)\s+(?:trân trọng\s+|kính\s+)?"
    r"(?:đề nghị|yêu cầu|thông báo để|kính mong)\s+(?=\S)",
    re.IGNORECASE,
)


# "Bộ Y tế giao các đơn vị Viện X, Trường Y và Bệnh viện Z hỗ trợ ...": a body hands work to
# the bodies it names (not what was handed before: "đã giao", "được giao")
_GIVES_OTHERS = re.compile(
    r"^(?P<who>[^,;:]{2,80}?)(?<!\sđã)(?<!\sđược)(?<!\ssẽ)(?<!\svừa)\s+giao(?:\s+cho)?\s+"
    rf"(?:các\s+(?:đơn vị|cơ quan)\s+(?=(?-i:[{CAPITAL}])))?(?=\S)",
    re.IGNORECASE,
)


# "Trên đây là ý kiến của Cục X, đề nghị ...", "Trường hợp ... thì đề nghị ...": the body
# speaking has said its piece, or set the case, or what it found ("..., do vậy đề nghị Chủ
# đầu tư cập nhật ...", "... nên đề nghị Công ty ..."), before it asks
_ASKS_AFTER_CLAUSE = re.compile(
    r"^(?:Trên đây là [^;:]{3,120}?,|Trường hợp [^;:]{3,240}?(?:\bthì|,)"
    r"|(?:[^;:]{3,240}?,\s*)?(?:do vậy|do đó|vì vậy|vì thế),?"
    # ("... liên quan đến quy định tại Nghị định số ... nên đề nghị Công ty liên hệ ...")
    r"|[^;:]{3,240}?\snên)\s*(?:đề nghị|yêu cầu)\s+(?=\S)",
    re.IGNORECASE,
)


# "Để tổng hợp ..., Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh báo cáo ...": the body
# speaking asks after a clause of purpose or grounds (named in full, or by its kind alone:
# "..., Bộ đề nghị ...")
# (or after what it concluded: "Do vậy, Tổng cục Thuế đề nghị Cục Thuế X xem xét ...")
# (or the grounds a leader's request rests on: "Xét đề nghị của ..., Phó Thủ tướng X yêu cầu ...")
# ("Do đó để hỗ trợ ...; Ban X đề nghị ...": what it concluded, then its purpose)
_OPENER = re.compile(
    r"^(?:(?:do vậy|do đó|vì vậy|vì thế),?\s+)?"
    r"(?:để|nhằm|thực hiện|căn cứ|trên cơ sở|sau khi|xét)\s|^(?:do vậy|do đó|vì vậy|vì thế),",
    re.I,
)
_WORD_START = re.compile(r"(?<=\s)\w")
_NAMED_BY = (" của", " với", " tại", " cho")
_SPEAKER_KIND = re.compile(r"(?:bộ|sở|cục|tổng cục|ủy ban|uỷ ban|văn phòng|tỉnh|thành phố)", re.I)


# "Phó Thủ tướng X (thay mặt Thủ tướng Chính phủ)": the leader whose request the letter conveys
_LEADER = re.compile(
    rf"(?:Phó )?Thủ tướng(?: Chính phủ)?(?: [{CAPITAL}]\w*){{0,4}}"
    r"(?: thay mặt Thủ tướng(?: Chính phủ)?)?"
)


def _speaker(who: str, opened: bool) -> bool:
    if opened and _LEADER.fullmatch(who):
        return True
    return bool(heading_bodies(who)) or (opened and bool(_SPEAKER_KIND.fullmatch(who)))


def _after_opener(text: str) -> tuple[str, re.Match[str]] | None:
    """The sentence from its speaker on, past a clause of purpose or grounds whose own words
    may hold commas ("Để có cơ sở tổng hợp, báo cáo Chính phủ, Bộ đề nghị ...")."""
    if not _OPENER.match(text):
        return None
    for comma in re.finditer(r"[,;]\s*", text[:240]):
        rest = text[comma.end() :]
        m = _ASKS_OTHERS.match(rest)
        if m is not None and _speaker(m.group("who"), True):
            return rest, m
    # "Để có cơ sở thực hiện Bộ Xây dựng đề nghị ...": the clause's comma lost, the speaker
    # named in full where a capital opens it (not a body the clause names: "... của Bộ X")
    for cap in _WORD_START.finditer(text, 0, 240):
        if not cap.group().isupper() or text[: cap.start()].rstrip().endswith(_NAMED_BY):
            continue
        rest = text[cap.start() :]
        m = _ASKS_OTHERS.match(rest)
        if m is not None and _speaker(m.group("who"), False):
            return rest, m
    return None


def asked_bodies(sentence: str) -> list[str]:
    """The bodies a body's sentence asks to act ("Bộ Tài chính trân trọng đề nghị Ủy ban
    nhân dân các tỉnh chỉ đạo ..."), the asking body being its subject; else none."""
    text = squash(sentence)
    m = _ASKS_OTHERS.match(text)
    if m is None or not heading_bodies(m.group("who")):
        opened = _after_opener(text) or _after_turn(text)
        m = None
        if opened is not None:
            text, m = opened
    if m is None:
        m = _ASKS_AFTER_CLAUSE.match(text)
    if m is None:
        m = _GIVES_OTHERS.match(text)
        m = m if m is not None and heading_bodies(m.group("who")) else None
    if m is None:  # ("Tổng cục Thuế sao gửi ... để các Cục Thuế triển khai thực hiện. ... cần ...")
        return handed_bodies(text, fold_keep(text))
    rest = text[m.end() :]
    return subject_bodies(rest) if subject_acts(rest) else []


# "Ngày ..., Bộ X đã có công văn số ... thông báo ..., nay căn cứ ..., Bộ X đề nghị Sở Y
# ...": what was done before, then ", nay" turns to the request made now
_TURN = re.compile(r"^[^;:]{3,240}?,\s*nay\s+(?=\S)")


def _after_turn(text: str) -> tuple[str, re.Match[str]] | None:
    """The sentence from its speaker on, past what was done before and ", nay"."""
    turn = _TURN.match(text)
    if turn is None:
        return None
    rest = text[turn.end() :]
    rest = rest[:1].upper() + rest[1:]
    m = _ASKS_OTHERS.match(rest)
    if m is not None and _speaker(m.group("who"), False):
        return rest, m
    return _after_opener(rest)


# "Đề nghị cơ quan thuế rà soát ...", "..., đề nghị cơ quan thuế nhập ...": a letter of the tax or
# customs service asks its offices by their kind, in small letters (not "các cơ quan thuế này",
# those a past finding named); or a report that appraises or examines a draft asks the body
# that drafted it by that role ("đề nghị cơ quan soạn thảo bổ sung ...", "Đề nghị đơn vị soạn
# thảo nghiên cứu ...", "đề nghị cơ quan chủ trì soạn thảo ...": README, 181/02)
_LEGAL_FORM = r"(?:này|cổ phần|trách nhiệm|tư nhân|hợp danh|liên doanh|nhà nước|mẹ|con)\b"
ASKS_OFFICE = re.compile(
    r"\b(?i:đề nghị|yêu cầu)\s+(?P<office>cơ quan (?:thuế|hải quan)(?: địa phương)?|"
    r"(?:cơ quan|đơn vị) (?:chủ trì )?soạn thảo"
    # (or the company a letter to it asks by its kind, its verb next: "Về ..., đề nghị Công ty
    # căn cứ ...", the lead as written: README, 118/02, 177/03; not a company's whole name with
    # its legal form in small letters, "Công ty cổ phần X")
    rf"|(?:Công ty|Doanh nghiệp)(?=\s+(?!{_LEGAL_FORM})[{SMALL}]))\s+(?!này\b)"
)


# "..., do đó Sở Tư pháp đã liên hệ ... để yêu cầu cơ quan soạn thảo bổ sung hồ sơ, ...": a
# request the report recounts in its background (a "đã" in the clause before it), no task
_RECOUNTED = re.compile(r"\bđã\b[^.;:,]*$", re.IGNORECASE)


def _asked_now(text: str) -> Iterator[re.Match[str]]:
    """Each request to an office by its kind (``ASKS_OFFICE``) in ``text`` but one it recounts
    as made before."""
    for m in ASKS_OFFICE.finditer(text):
        if not _RECOUNTED.search(text[max(0, m.start() - 160) : m.start()]):
            yield m


def asks_office_now(text: str) -> bool:
    """Whether ``text`` asks an office by its kind other than in a request it recounts."""
    return next(_asked_now(text), None) is not None


def asked_office(sentence: str) -> list[str]:
    """The offices a sentence asks by their kind ("đề nghị cơ quan thuế nhập ..." -> "cơ quan
    thuế"), as written; none when it asks none so."""
    m = ASKS_OFFICE.search(sentence)
    return [m.group("office")] if m else []


def drafter_asked(texts: Iterable[str]) -> str | None:
    """The drafting body a report on a draft asks by that role anywhere in it ("đề nghị cơ
    quan soạn thảo rà soát ..."), as written: the one its requests that name no one speak to,
    before the opinion has asked it by name (README, 181/02); None when it asks none so."""
    offices = (m.group("office") for text in texts for m in _asked_now(text))
    return next((office for office in offices if "soạn thảo" in office), None)


def asks_drafter_first(text: str) -> bool:
    """The paragraph's first sentence asks the drafting body by that role ("Đề nghị đơn vị soạn
    thảo nghiên cứu ... . Sau khi ..., UBND tỉnh căn cứ ..."): a report on a draft asks only
    that body, and a later sentence naming another body without a lead verb of its own says
    why, in the same request (README, 181/03)."""
    m = ASKS_OFFICE.search(text)
    return (
        m is not None
        and "soạn thảo" in m.group("office")
        and not _SENTENCE_STOP.search(text, 0, m.start())
    )


_SENTENCE_STOP = re.compile(r"[.;:]\s")
