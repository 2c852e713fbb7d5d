"""The letter inside a page: where a web page's (or a scan's) own text ends and the letter begins.

A letter copied from a legal-text website arrives wrapped in the site's chrome: a
metadata table ("Số hiệu: | 1234/UBND-VX | Loại văn bản: | Công văn"), copyright
banners, a news summary of the letter, and after the signature the site's title
line restating the letter's number, "related documents" lists and notices to
members. A scan brings OCR noise above the letterhead.

The frame is found from the letter's own structure rather than from any site's
wording: the letter starts at the issuing body's block above the national motto
("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), provided a number or a date line follows the
motto closely; it ends where, after its closing ("Nơi nhận", the signer), a line
restates the letter's own type and number the way a page title does (or a number the
title misprints, dated by its year), or where a line of page furniture stands alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from directives.parser.clean import FURNITURE as _FURNITURE
from directives.parser.clean import fold_keep, is_upper_line
from directives.parser.header_words import (
    DOCUMENT_TYPES,
    NUMBER_PATTERN,
    PARTY_NUMBER_PATTERN,
    SUBJECT_LINE,
    organ_alone,
)

# the state's motto, or the party's name heading a party document in its place
_MOTTO = re.compile(r"cong hoa xa hoi chu nghia|doc lap\s*[-–]?\s*tu do|^dang cong san viet nam$")
# ("Nghị quyết số: 24/2022/UBTVQH15": a resolution's number line may name its kind)
_NUMBER_LINE = re.compile(
    rf"^(?:(?:{'|'.join(DOCUMENT_TYPES)})\s+(?=s\w*\s*:))?s[o0ô6]\s*[:.;]?\s*(?P<n>\d.*)?$"
)
_NUMBER = re.compile(f"{NUMBER_PATTERN}|{PARTY_NUMBER_PATTERN}")
_DATE_LINE = re.compile(r"ngay\s+\d{1,2}\s+thang\s+\d{1,2}|\bngay\s+\d{1,2}[/.]\d{1,2}[/.]\d{4}")
_RULE = re.compile(r"^[-_=.* ]+$")
# How far the header's number or date may sit below the motto, and how many lines of
# issuing bodies and rules may sit above it.
_MOTTO_WINDOW = 25
_ISSUER_LINES = 10
_TYPE_WORDS = "|".join(sorted(DOCUMENT_TYPES, key=len, reverse=True))
# A line past "Nơi nhận" opening with a kind of document (and a space): the letter's title
# restated, if the letter's number follows
_RESTATED_KIND = re.compile(rf"^(?:{_TYPE_WORDS})\s", re.IGNORECASE)


@dataclass(frozen=True)
class Frame:
    """Lines ``start`` to ``end`` (exclusive) are the letter; the rest is the page's."""

    start: int
    end: int


def letter_frame(lines: list[str], folded: list[str]) -> Frame:
    start = _letter_start(lines, folded)
    number = _own_number(lines, folded, start)
    return Frame(start, _letter_end(folded, start, number))


def _letter_start(lines: list[str], folded: list[str]) -> int:
    for i, fl in enumerate(folded):
        if not _MOTTO.search(fl):
            continue
        window = folded[i : i + _MOTTO_WINDOW]
        if not any(_NUMBER_LINE.match(x) or _DATE_LINE.search(x) for x in window):
            continue
        if _blank_form(folded, i):
            continue  # (a form the document prescribes, printed with a blank letterhead)
        top = column = i
        j = i - 1
        reach = _ISSUER_LINES
        while j >= 0 and i - j <= reach:
            line = lines[j]
            above = _subject_above(folded, j) if line and top == i else None
            if above is not None:
                # the left column's subject ("Về việc ...", wrapped) read before the motto
                reach += j - above + 1
                top = column = above
                j = above - 1
                continue
            # (the left column read first: the issuing body, then its number, then the motto;
            # "Số:" may stand alone above its number)
            numbered = bool(_NUMBER_LINE.match(folded[j])) and (
                top == column or (top == j + 1 and bool(_NUMBER.fullmatch(lines[top].strip())))
            )
            # (or the subject, "V/v: ...", where the letter has no number line to stand under)
            subject = SUBJECT_LINE.match(folded[j]) is not None
            upper = is_upper_line(line) or organ_alone(line, folded[j])  # ("BỘ" / "TÀI CHÍNH")
            if line and not (upper or _RULE.match(line) or numbered or subject):
                break
            if line and not _RULE.match(line):
                top = j
            j -= 1
        return top
    return _after_page_record(folded)


# A form's letterhead to be filled in: "TÊN CƠ QUAN, ĐƠN VỊ" (or "TÊN ĐƠN VỊ") for the body,
# a date line of dots ("……, ngày ... tháng ... năm 20..."), a number of dots ("Số: ..../QĐ-...")
_BLANK_BODY = re.compile(r"^ten\s+(?:co\s+quan|don\s+vi|to\s+chuc)\b")
_BLANK_DATE = re.compile(r"^[.…\s]*,?\s*ngay\s*[.…]+\s*thang\b")
_BLANK_NUMBER = re.compile(r"^so\s*:?\s*(?:[.…]{2,}|/)")
# "Mẫu số 04. Biên bản ...": the heading of a form a document prescribes
_FORM_HEADING = re.compile(r"^mau\s+(?:so\s+)?\d")


def _blank_form(folded: list[str], motto: int) -> bool:
    """The motto at ``motto`` heads a blank form (an annex of forms: "Mẫu số 03 ...", its
    letterhead "TÊN CƠ QUAN, ĐƠN VỊ" over "……, ngày ... tháng ... năm 20..."), not the
    letter: its body, date or number is left to fill in, or a form's heading stands over it."""
    above = [
        x
        for x in folded[max(0, motto - _ISSUER_LINES) : motto]
        if x and not (_RULE.match(x) or _MOTTO.search(x))  # (the motto's own first line)
    ]
    below = [x for x in folded[motto + 1 : motto + 8] if x and not _RULE.match(x)]
    if any(_BLANK_BODY.match(x) for x in above[-4:]):
        return True
    # ("Số:" alone over "/QĐ-......": the number's line cut before its blank)
    joined = [f"{x} {y}" for x, y in zip(below[:3], [*below[1:4], ""], strict=False)]
    if any(_BLANK_DATE.match(x) or _BLANK_NUMBER.match(x) for x in joined):
        return True
    return bool(above) and _FORM_HEADING.match(above[-1].lstrip("#* ")) is not None


def _subject_above(folded: list[str], at: int) -> int | None:
    """The first line of a subject in the left column that ends at ``at`` just above the
    motto (the number's line right above it), or None."""
    for k in range(at, max(-1, at - 6), -1):
        if not SUBJECT_LINE.match(folded[k]):
            continue
        above = next((x for x in reversed(folded[max(0, k - 3) : k]) if x), "")
        return k if _NUMBER_LINE.match(above) else None
    return None


def _after_page_record(folded: list[str]) -> int:
    """A letter copied without its letterhead under the page's record ("Số hiệu: | ...") and
    the site's summary of it: the letter begins at its "Kính gửi"."""
    record = next((i for i, fl in enumerate(folded) if fl.strip(" *|#") == "so hieu:"), None)
    if record is None:
        return 0
    return next((i for i in range(record, len(folded)) if _ADDRESSED.match(folded[i])), 0)


_ADDRESSED = re.compile(r"^[*\s]*kinh gui\b")


def _own_number(lines: list[str], folded: list[str], start: int) -> str | None:
    """The letter's number as its header writes it ("Số: 88/UBND-KT", or on the next line)."""
    for i in range(start, min(len(lines), start + 60)):
        m = _NUMBER_LINE.match(folded[i])
        if not m:
            continue
        rest = lines[i][m.start("n") :] if m.group("n") else ""
        if not rest:
            rest = next((x for x in lines[i + 1 : i + 4] if x), "")
        found = _NUMBER.match(rest)
        if found:
            return re.sub(r"\s+", "", found.group(0))
    return None


def _letter_end(folded: list[str], start: int, number: str | None) -> int:
    closing = next(
        (i for i in range(start, len(folded)) if folded[i].startswith("noi nhan")), start
    )
    numbers = [rf"{re.escape(fold_keep(number))}(?:\s|$)"] if number is not None else []
    if closing > start:
        # (past "Nơi nhận", a title that misprints the number: "Công văn 37999/X năm 2025 ...")
        numbers.append(r"\S*\d\S*/\S+\s+nam\s+\d{4}\b")
    restated: re.Pattern[str] | None = None  # the numbers after the kind of document
    for i in range(closing + 1, len(folded)):
        fl = folded[i].lstrip("# ")
        if _FURNITURE.match(fl):
            return i
        kind = _RESTATED_KIND.match(fl) if numbers else None
        if kind is not None:
            # (the letter's own numbers make the pattern: compiled once, and only for a
            # letter that has a line opening with a kind of document past "Nơi nhận")
            if restated is None:
                restated = re.compile(rf"\s*(?:{'|'.join(numbers)})", re.IGNORECASE)
            if restated.match(fl, kind.end()):
                return i
    return len(folded)
