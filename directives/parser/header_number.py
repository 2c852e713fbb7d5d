"""The header's number as one piece: a table cell or a page's emphasis may wrap it after the
hyphen that opens its issuer's code ("Số: 3783/QĐ-" over "UBND"), the code alone on the
next line (blank lines and a cell's bar "|" between them)."""

from __future__ import annotations

import re

# a code alone on its line: "UBND", "UBND-KSTT", "TTg" (two capitals at least, no diacritics,
# so no word of a place's name or of a sentence is taken for one)
_CODE_PART = r"(?=[^-\s]*[A-ZĐ][^-\s]*[A-ZĐ])[A-ZĐ][A-Za-zĐđ0-9.&]{0,12}"
_CODE_LINE = re.compile(rf"[ \t*_]*({_CODE_PART}(?:-{_CODE_PART})*)[ \t*_]*")
_CUT_AT_HYPHEN = re.compile(r"\s*[-–]\s*$")
_FILLER = re.compile(r"[\s|*_]*")


def header_number(lines: list[str], at: int, number: re.Match[str]) -> str:
    """The number ``number`` matched on line ``at``, its spaces and closing dot or hyphen
    dropped, and the code the next line holds joined on where the line breaks at a hyphen."""
    read = re.sub(r"\s+", "", number.group(0)).rstrip(".-")
    if not _CUT_AT_HYPHEN.match(lines[at], number.end()):
        return read
    for line in lines[at + 1 : at + 4]:
        if _FILLER.fullmatch(line):
            continue
        code = _CODE_LINE.fullmatch(line)
        return f"{read}-{code.group(1)}" if code else read
    return read
