"""Dates as Vietnamese documents write them, matched on folded text (see ``fold_keep``)."""

from __future__ import annotations

import re
from datetime import date

# "18/01/2017", "18-01-2017", "20.7.2020", "18 tháng 01 năm 2017", with an optional year
# (and an OCR's speck read as a comma: "20 tháng, 8 năm 2021").
DATE_PATTERN = (
    r"(?P<d>\d{1,2})(?:\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>\d{4}))?"
    r"|\s+thang\s*,?\s+(?P<m2>\d{1,2})(?:\s*,?\s+nam\s+(?P<y2>\d{4}))?)(?![\d/])"
)  # (a number a page glued to its word, "ngày 04tháng 01 năm 2008", is apart: ``syllables``)
DATE_RE = re.compile(DATE_PATTERN)


def date_from_match(match: re.Match[str], default_year: int | None) -> date | None:
    """The date a ``DATE_PATTERN`` match denotes, or None if it is not a real date."""
    day = int(match.group("d"))
    month_text = match.group("m") or match.group("m2")
    year_text = match.group("y") or match.group("y2")
    if month_text is None:
        return None
    year = int(year_text) if year_text else default_year
    if year is None or not 1900 <= year <= 2200:
        return None
    try:
        return date(year, int(month_text), day)
    except ValueError:
        return None
