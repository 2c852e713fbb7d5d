"""The body whose act a cited letter is, named before it: "Bộ X đã báo cáo Thủ tướng Chính
phủ ... tại Công văn số N" (the body that reports, submits or sends something does so by its
own letter), and the agent of a passive that acts by the document, "được Thủ tướng Chính phủ
bổ sung dự toán ... (tại Quyết định số N)" (the document it acted by is its own)."""

from __future__ import annotations

import re
from collections.abc import Collection

from directives.parser.bodies import STARTS_BODY
from directives.parser.cited_issuer import CENTRAL, ISSUER_STOP
from directives.parser.clean import squash

# (only a letter of the body's own: "tại Kế hoạch số N", "tại Quyết định số N" after "đã báo
# cáo" are the plan or decision the report is about)
_OWN_LETTER = r"(?:cong van|van ban|vb|to trinh|bao cao)"
# "X đã báo cáo / trình / gửi / đề xuất / kiến nghị / trả lời ... tại Công văn số N", in one
# clause (a cell's bar, a dash or a comma opens it: "..., ngày D, X đã gửi ...")
_REPORTED = re.compile(
    r"(?:^|[.,;:|\n(]\s*(?:-\s+)?)(?P<issuer>[^.,;:()|\n\d]{3,80}?)\s+(?P<past>da)\s+"
    r"(?:[^.;|\n]{0,400}?\s)?"
    r"(?:bao cao|(?<!chuong )(?<!to )(?<!quy )(?<!cong )trinh|gui|de xuat|kien nghi|tra loi)\s"
    r"(?P<between>[^.;|\n]{0,300}?)\s*\(?\s*tai\s+" + _OWN_LETTER + r"\s*(?:so\s*)?:?\s*$"
)
# the work the letter was given by another's document, not a letter of the body's own
# (or one it acted on: "... theo hướng dẫn tại Văn bản số N")
_GIVEN = re.compile(r"\b(?:duoc giao|giao nhiem vu|theo|yeu cau)\b")
# "được X <làm gì> ... (tại Quyết định số N": X, its name up to its verb
_PASSIVE = re.compile(
    r"\bduoc\s+(?P<rest>[^.;:()|\n]{3,200}?)\s*\(?\s*tai\s+(?:cac\s+)?[a-z]+(?: [a-z]+)?"
    r"\s*(?:so\s*)?:?\s*$"
)
# "Cục X hướng dẫn ... (văn bản số N": the letter in brackets after a body's act is its own
_BRACKETED = re.compile(
    r"(?:^|[.;:|\n]\s*(?:-\s+)?)(?P<clause>[^.,;:()|\n\d][^.;:()|\n]{10,300}?)\(\s*"
    + _OWN_LETTER
    + r"\s*(?:so\s*)?:?\s*$"
)
# what a match of each must hold, searched first: cheap, and few windows hold it (a window
# without it matches none)
_OWN_LETTER_END = re.compile(r"tai\s+" + _OWN_LETTER + r"\s*(?:so\s*)?:?\s*$")
_BRACKET_END = re.compile(r"\(\s*" + _OWN_LETTER + r"\s*(?:so\s*)?:?\s*$")
_PASSIVE_START = re.compile(r"\bduoc\s")
# the stops after a name that are no act of its: a comma or bracket it runs on with, what the
# clause is about or for
_NO_ACT = {"", ",", "(", ")", "ve", "v/v", "ve viec", "theo", "tai", "nham", "de", "trong", "ngay"}
# (the passive's stop that says who gave the work: "được X giao")
_GAVE = {"giao"}
_AUTHORITY = re.compile(r"(?:thu tuong\s+)?" + CENTRAL)


def _a_body(name: str, folded_name: str) -> bool:
    return name[:1].isupper() and bool(STARTS_BODY.match(name) or _AUTHORITY.match(folded_name))


def acted_by(text: str, folded: str, start: int) -> str | None:
    """The body whose report, submission or passive act the number at ``start`` is."""
    window_start = max(0, start - 700)
    window = folded[window_start:start]
    m = _REPORTED.search(window) if _OWN_LETTER_END.search(window) else None
    # ("đã", not the "Đà" of "Đà Nẵng" that folds alike)
    past = text[window_start + m.start("past") : window_start + m.end("past")] if m else ""
    if m is not None and past == "đã" and not _GIVEN.search(m["between"]):
        at, end = window_start + m.start("issuer"), window_start + m.end("issuer")
        name = squash(text[at:end])
        if _a_body(name, folded[at:end]):
            return name
    if (b := _bracketed(text, folded, window_start, window)) is not None:
        return b
    tail = max(0, len(window) - 260)
    p = _PASSIVE.search(window, tail) if _PASSIVE_START.search(window, tail) else None
    if p is None:
        return None
    # (no verb after the name: the passive's agent is not told apart; "được X giao tại Nghị
    # quyết số N" says who gave the work, not whose the document is)
    return _agent(text, window_start + p.start("rest"), p["rest"], _GAVE)


def _bracketed(text: str, folded: str, window_start: int, window: str) -> str | None:
    """The body that opens the clause whose act the bracketed letter at the window's end is."""
    tail = max(0, len(window) - 320)
    b = _BRACKETED.search(window, tail) if _BRACKET_END.search(window, tail) else None
    if b is None:
        return None
    # (a name that runs on, or none told apart from a verb; "Báo cáo về ... (Báo cáo số N":
    # what the document is about, no body acting)
    return _agent(text, window_start + b.start("clause"), b["clause"], _NO_ACT)


def _agent(text: str, at: int, part: str, no_act: Collection[str]) -> str | None:
    """The body named at the head of ``part`` (folded; at ``at`` in ``text``) up to its verb
    (``ISSUER_STOP``): none where no verb tells it apart, the stop at its start or one of
    ``no_act``."""
    stop = ISSUER_STOP.search(part)
    if stop is None or stop.start() < 3 or stop.group(0).strip() in no_act:
        return None
    name = squash(text[at : at + stop.start()])
    return name if _a_body(name, part[: stop.start()]) else None
