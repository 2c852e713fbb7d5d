"""Words an OCR misread in a scan that lost its diacritics, read for what they are where the
parser matches its folded lines: "ngdy 12/6/2025", "ngdy 02 thdng 10 nam 2026" are "ngày",
"tháng" read with "à"/"á" as "d" (and "hudng dan", "hướng dẫn" read with "ướ" as "ud", where
a cited text's issuer ends). Only before a day's or a month's number (or "dan"), one character
for one (offsets stay valid); the fields keep the text as written."""

from __future__ import annotations

import re

from directives.parser.cells import fold

_DATE_WORDS = re.compile(r"\b(?:ngdy|thdng)(?=\s*\d)|\bhudng(?= dan\b)")
# ("TlNH LAO CAI": the capital I of "TỈNH" read as a lower-case l, a word no letter holds)
_PLACE_WORDS = re.compile(r"\btlnh\b")
_READ = {"ngdy": "ngay", "thdng": "thang", "tlnh": "tinh", "hudng": "huong"}


def reread(folded: str) -> str:
    """``folded`` with the date's words and a place's kind an OCR misread put back."""
    if "tlnh" in folded:
        folded = _PLACE_WORDS.sub("tinh", folded)
    if "dy" not in folded and "dng" not in folded:  # (as in "hudng")
        return folded
    return _DATE_WORDS.sub(lambda m: _READ[m.group()], folded)


# how far into the letter its type line is looked for
_HEAD_LINES = 40


def type_as_written(kind: str | None, lines: list[str]) -> str | None:
    """The letter's type as its type line writes it when that line lost its diacritics
    ("QUYET DINH" in a scan without them) or an OCR misread one of them ("QUYÉT ĐỊNH"), the
    README's type as written; else ``kind``."""
    if kind is None:
        return None
    known = fold(kind)
    for line in lines[:_HEAD_LINES]:
        bare = " ".join(line.split()).rstrip(" :*").lstrip(" *")
        if bare.isascii() and bare.lower() == known:
            return bare
        if bare == kind:
            return kind  # (read right: a later misread line is no type line)
        if bare.isupper() and fold(bare) == known:
            return bare
    return kind
