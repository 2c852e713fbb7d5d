"""A department named by its topic: "Vụ Các vấn đề chung về xây dựng pháp luật".

Its name opens with the organ's word and a capitalised "Các" (or "Những"), then the topic
in lower-case words, which may hold "về", "các" and words that elsewhere are verbs ("xây
dựng"); it ends at a list's separator or at the predicate of the sentence it leads.
"""

from __future__ import annotations

import re

_ORGANS = frozenset(["Vụ", "Cục", "Ban", "Phòng", "Viện", "Ủy ban", "Uỷ ban", "Hội đồng"])
_OPENING = frozenset(["Các", "Những"])
# the predicate a sentence gives the department ("Vụ Các ... chủ trì, phối hợp ...")
_PREDICATE = re.compile(
    r"(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|triển khai|tham mưu|"
    r"theo dõi|đôn đốc|khẩn trương|tiếp tục|tổng hợp|báo cáo|gửi|là)$"
)
_LONGEST = 12


def topic_opening(named: list[str]) -> bool:
    """``named`` is an organ's word and the capitalised "Các" that opens its topic."""
    return len(named) >= 2 and named[-1] in _OPENING and " ".join(named[:-1]) in _ORGANS


def topic_run(rest: list[str]) -> list[str]:
    """The topic's lower-case words at the start of ``rest``, up to and with a list's
    separator, or before the sentence's predicate; none when it runs on too long."""
    run: list[str] = []
    for k, word in enumerate(rest[:_LONGEST]):
        if not word[:1].islower() and not word[:1].isdigit():
            return run
        pair = " ".join(w.strip(",;:.") for w in rest[k : k + 2])
        if run and (_PREDICATE.match(word.strip(",;:.")) or _PREDICATE.match(pair)):
            return run
        run.append(word)
        if word.endswith((",", ";", ":", ".")):
            return run
    return run if len(rest) <= _LONGEST else []


_OPENED = re.compile(
    r"\b(?:Vụ|Cục|Ban|Phòng|Viện|[UỦ]y ban|Hội đồng)\s+(?:Các|Những)\s+(?=[^\W\d_])"
)


def in_topic_name(text: str, at: int) -> bool:
    """The word at ``at`` (a verb elsewhere: "xây dựng") is one of a topic's words in the
    department's name that stands before it on the same clause."""
    opened = None
    for found in _OPENED.finditer(text, max(0, at - 120), at):
        opened = found  # (the nearest before ``at``)
    if opened is None or any(c in ",;:.()" for c in text[opened.end() : at]):
        return False
    run = topic_run(text[opened.end() :].split())
    return len(" ".join(run)) > at - opened.end()
