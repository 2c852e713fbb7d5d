"""The words that say how often a body acts ("định kỳ", "thường xuyên", "hằng năm"): where they
follow a subject's first word, its name ends before them ("Tổng cục Thuế định kỳ hoặc đột xuất
tổ chức ...", "Các sở, ngành định kỳ kiểm tra ...")."""

from __future__ import annotations

import re

OFTEN = ["định kỳ", "thường xuyên", "hằng năm", "hàng năm"]
# their first words, and the letters those open with (after any commas a word opens with)
_FIRST = tuple(sorted({words.split()[0] for words in OFTEN}))
_INITIALS = "".join(sorted({words[0] for words in OFTEN})) + ","


def often_at(head: list[str]) -> int:
    """Where the words saying how often a body acts open ``head`` after its first word (its
    length if nowhere). The cheap tests first: most heads hold none of the first words, and
    most words open with another letter."""
    joined = " ".join(head)
    if not any(first in joined for first in _FIRST):
        return len(head)
    for k in range(1, len(head)):
        word = head[k]
        if not (word[:1] in _INITIALS and word.lstrip(",").startswith(_FIRST)):
            continue
        if " ".join(w.strip(",") for w in head[k : k + 2]) in OFTEN:
            return k
    return len(head)


def leads_first(rest: list[str]) -> bool:
    """The words after a subject's name are "lãnh đạo," before its predicate: "Đảng uỷ Chính
    phủ lãnh đạo, chỉ đạo ...", two verbs, the first one ending the name; or say how often it
    acts ("Các sở, ngành định kỳ kiểm tra ...")."""
    joined = " ".join(w.strip(",") for w in rest)
    return joined in _BEFORE_PREDICATE or bool(_DAY_OF_PERIOD.fullmatch(joined))


_BEFORE_PREDICATE = frozenset(["lãnh đạo", "định kỳ hoặc đột xuất", *OFTEN])
# "Cục X định kỳ ngày 25 hàng tháng hoặc đột xuất có trách nhiệm ...": the day of each period
_DAY_OF_PERIOD = re.compile(
    r"định kỳ(?: ngày \d{1,2})? (?:hằng|hàng) (?:tuần|tháng|quý|năm)(?: hoặc đột xuất)?"
)
