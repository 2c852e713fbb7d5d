"""A letterhead a PDF's content stream draws after the page's body, put back on top.

A word processor may set the letterhead (the issuing body, "Số: ...", the national motto and
the place and date) in a table or text box that the content stream draws last: the first
page, read in drawing order, opens with the document's title and grounds ("KẾ HOẠCH" /
"Thực hiện chương trình ..." / "Căn cứ ...;") and ends with the letterhead. Read so, the
title and grounds would sit above the letter's start and be dropped as the page's own text.
"""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep, is_upper_line
from directives.parser.header_words import DOCUMENT_TYPES

_MOTTO = re.compile(r"cong hoa xa hoi chu nghia")
_NUMBER_LINE = re.compile(r"^so\s*:\s*\S")
_DATE_LINE = re.compile(r"ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\s*$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_RULE = re.compile(r"^[-_=.* ]+$")
# the most lines of issuing body, rules and number above the motto, and of motto to the date
_ABOVE = 8
_BELOW = 6


def letterhead_home(page: str) -> str:
    """``page`` (the first page's text, in drawing order) with a letterhead drawn at its end
    moved to its top, above the document's title; unchanged unless the page opens with a title
    naming a kind of document and ends with the motto's block, its number and its date."""
    lines = page.split("\n")
    folded = [fold_keep(line.strip()) for line in lines]
    first = next((k for k, x in enumerate(folded) if x and not _PAGE_NUMBER.match(x)), None)
    if first is None or folded[first] not in DOCUMENT_TYPES or not is_upper_line(lines[first]):
        return page
    motto = next((k for k, x in enumerate(folded) if _MOTTO.search(x)), None)
    if motto is None or motto <= first:
        return page
    below = range(motto + 1, min(len(lines), motto + _BELOW))
    date = next((k for k in below if _DATE_LINE.search(folded[k])), None)
    if date is None or any(folded[date + 1 :]):
        return page  # (the date must close the page: the block drawn last)
    top, numbered, named = motto, False, False
    for k in range(motto - 1, max(first, motto - _ABOVE - 1), -1):
        if not folded[k] or _RULE.match(folded[k]):
            continue
        if _NUMBER_LINE.match(folded[k]) and not named:
            numbered = True
        elif is_upper_line(lines[k]):
            named = True
        else:
            break
        top = k
    if not (numbered and named):
        return page
    head, body = lines[top : date + 1], lines[first:top]
    return "\n".join([*lines[:first], *head, *body, *lines[date + 1 :]])
