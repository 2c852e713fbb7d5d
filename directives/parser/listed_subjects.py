"""The entries a subject list runs on with after the bodies the finder knows: "Bộ Nội vụ, Bộ
Công an và Ủy ban nhân dân cấp tỉnh căn cứ ...", "Đề nghị Ủy ban trung ương Mặt trận Tổ quốc
Việt Nam, Tổng Liên đoàn Lao động Việt Nam, tổ chức đại diện của người sử dụng lao động và
các tổ chức chính trị - xã hội tham gia ...": every entry before the verb acts with the lead."""

from __future__ import annotations

import re

from directives.parser.bodies import NAME_SPLIT, STARTS_BODY
from directives.parser.clean import fold_keep, squash
from directives.parser.partner_words import RELATED
from directives.parser.subject_ends import LOWER_VERB, PREDICATE

# The gap between the last known body and the next entry
_GAP = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
# An entry's opening: a body's capitalised organ word, or organisations named by their kind
# ("tổ chức đại diện của người sử dụng lao động", "các tổ chức thành viên khác của Mặt trận")
_GROUP = re.compile(r"(?:(?:các|những)\s+)?tổ chức\b")
_HEAD = re.compile(r"(?:(?:các|những)\s+)?\S+(?:\s+(?:ban|chức|an|nhân dân))?")
# "các đơn vị có liên quan": a plural the verb "có" cut short, naming no body
_RELATED_NEXT = re.compile(r"\s*(?:có\s+)?liên quan\b")
_PLURAL = re.compile(r"\b(?:các|những)\s+$")
# How far an entry's verb is looked for, and an entry longer than this is prose, not a name
_REACH = 200
_MOST_WORDS = 14


def listed_after(text: str, end: int, named: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The entries (position, name) after ``end``, the end of the last body the list names,
    up to the verb the whole list is the subject of; none unless the list ends in a verb.
    An entry overlapping a span in ``named`` is a body already found, and is skipped."""
    gap = _GAP.match(text, end)
    if gap is None:
        return []
    out: list[tuple[int, str]] = []
    at = gap.end()
    while at < len(text):
        if not ((text[at].isupper() and STARTS_BODY.match(text, at)) or _GROUP.match(text, at)):
            return []  # (a plural in lower case, "các cơ quan báo chí", is no named body)
        head = _HEAD.match(text, at)
        after = head.end() if head else at
        verb = min(
            (
                v.start()
                for pattern in (PREDICATE, LOWER_VERB)
                for v in pattern.finditer(text, after, after + _REACH)
                if _verb_at(text, v.start(), named)
            ),
            default=None,
        )
        if verb is None:
            return []
        split = NAME_SPLIT.search(text, after, verb)
        stop = split.start() if split else verb
        name = squash(text[at:stop]).strip(" ,")
        if not name or len(name.split()) > _MOST_WORDS:
            return []
        related = RELATED.search(fold_keep(name)) or _RELATED_NEXT.match(text, stop)
        if not _inside(at, named) and not related:
            out.append((at, name))
        if split is None:
            return out
        at = split.end()
    return []


def _verb_at(text: str, at: int, named: list[tuple[int, int]]) -> bool:
    """A lower-case verb outside a known name, not a noun a plural opens ("các tổ chức")."""
    return (
        text[at].islower()
        and not _inside(at, named)
        and not _PLURAL.search(text, max(0, at - 8), at)
    )


def _inside(at: int, named: list[tuple[int, int]]) -> bool:
    return any(start <= at < stop for start, stop in named)
