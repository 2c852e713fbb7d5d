"""A day of every year in a task's text ("trước 15/12 hằng năm", "trước ngày 01/6 và 15/11
hằng năm", "Hằng năm, ... (trước ngày 11/12)", "từ ngày 16 đến ngày 31 tháng 12 hằng năm"),
or a month of every year ("định kỳ tháng 11 hàng năm": its last day), resolved by
``WorkingCalendar.resolve`` at the next such day to come, as its wording says; deadlines.py
reads every other deadline phrase."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from directives.calendar import DeadlineKind as Rule
from directives.calendar import WorkingCalendar, end_of_month, next_yearly

# (a lookahead of the letters a match can start with: the engine passes
# over every other place in one step)
_YEARLY = re.compile(
    r"(?=[tcvdn\d])(?:(?P<cue>truoc|cham\s+nhat(?:\s+la)?|vao|den)\s+)?(?:ngay\s+)?"
    r"(?P<d>\d{1,2})\s*(?:[/.\-]\s*|\s+thang\s+)(?P<m>\d{1,2})(?:\s+(?:hang|moi)\s+nam"
    # ("... hằng năm kể từ năm 2027": the first occurrence in that year or after)
    r"(?:\s*,?\s*(?:ke\s+|bat\s+dau\s+)?tu\s+nam\s+(?P<since>\d{4}))?"
    # "trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo": a yearly report's day
    r"|(?=\s+cua\s+nam\s+(?:lien\s+ke\s+)?(?:sau|tiep\s+theo)\s+nam\s+bao\s+cao)"
    # "(trước ngày 30/6 của năm)", "(trước ngày 25/12 trong năm)": the day of every year (not
    # "của năm sau", "của năm 2026", "trong năm 2026")
    r"|\s+(?:cua|trong)\s+nam(?=\s*(?:[),.;:]|$)))"
)
# "định kỳ tháng 11 hàng năm tổ chức sơ kết ...": a month of every year (not a day's: "ngày
# 15 tháng 11 hằng năm"), due on its last day, as "trong tháng M năm Y" is
_YEARLY_MONTH = re.compile(r"(?<!\d)(?<!\d\s)\bthang\s+(?P<m>\d{1,2})\s+(?:hang|moi)\s+nam\b")
# "trước ngày 01/6 và 15/11 hằng năm": two days a year, due at the first one to come
_YEARLY_PAIR = re.compile(
    r"(?:(?:truoc|cham\s+nhat(?:\s+la)?|vao)\s+)?(?:ngay\s+)?(?P<d>\d{1,2})\s*[/.\-]\s*"
    r"(?P<m>\d{1,2})\s+va\s+(?:ngay\s+)?(?P<d2>\d{1,2})\s*[/.\-]\s*(?P<m2>\d{1,2})\s+"
    r"(?:hang|moi)\s+nam"
)
# "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo": the year's cue comes first (its day
# may be the next year's, said so: "(trước ngày 30 tháng 01 của năm tiếp theo)")
_AT_DAY = (
    r"(?P<at>(?P<cue>truoc|cham\s+nhat(?:\s+la)?|vao)\s+(?:ngay\s+)?"
    r"(?P<d>\d{1,2})\s*(?:[/.\-]\s*|\s+thang\s+)(?P<m>\d{1,2})"
    r"(?:\s+(?:cua\s+)?nam\s+(?:sau|tiep\s+theo)\b)?)(?!\d|\s*(?:[/.\-]|\s+nam)\s*\d)"
)
_EVERY_YEAR = re.compile(r"(?:hang|moi)\s+nam\s*[(,:]?\s*" + _AT_DAY)
# "Hàng năm, các cơ quan gửi báo cáo ... (trước ngày 11/12) về ...": a clause that opens with
# how often, its day named later in it
# (or "Định kỳ hàng năm, các Chi cục Thuế ... trước ngày 20 tháng 12"; or mid-sentence, the
# report it times after it: "..., định kỳ hằng năm báo cáo kết quả về Bộ Y tế trước ngày 31
# tháng 12 để tổng hợp")
_OPENS_YEARLY = re.compile(
    r"(?:(?:^|[.;:]\s*)(?:dinh\s+ky\s+)?(?:hang|moi)\s+nam\s*,|\bdinh\s+ky\s+(?:hang|moi)\s+nam\s)"
    r"[^.;:]{0,200}?\(?\s*" + _AT_DAY
)
# "từ ngày 16 đến ngày 31 tháng 12 hằng năm", "Hằng năm, các cơ quan ... gửi báo cáo về Sở X từ
# ngày 10 đến ngày 15 tháng 12": a window of days every year, due on its last day
_WINDOW = (
    r"(?P<at>tu\s+ngay\s+\d{1,2}\s+den\s+(?:het\s+)?ngay\s+(?P<d>\d{1,2})\s*(?:[/.\-]\s*|\s+thang\s+)"
    r"(?P<m>\d{1,2})(?!\s*(?:[/.\-]|\s+nam)\s*\d)(?:\s+(?:hang|moi)\s+nam)?)"
)
_WINDOWS = re.compile(
    r"(?:(?:^|[.;:]\s*)(?:hang|moi)\s+nam\s*,[^.;:]{0,320}?)?" + _WINDOW, re.DOTALL
)
# "báo cáo định kỳ (trước ngày 30 tháng 01 năm sau)": a periodic report due on a day of the
# year after the one reported on, each year ("năm sau" of the phrase; not "... năm 2026")
_PERIODIC_NEXT_YEAR = re.compile(
    r"\bdinh\s+ky\s*\(?\s*(?P<at>(?P<cue>truoc|cham\s+nhat(?:\s+la)?|vao)\s+(?:ngay\s+)?"
    r"(?P<d>\d{1,2})\s*(?:[/.\-]\s*|\s+thang\s+)(?P<m>\d{1,2})\s+(?:cua\s+)?nam\s+sau\b)"
)
# "định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở X", "Báo cáo định kỳ ... trước
# ngày 15 tháng 02": a report that recurs, due on a day and month with no year, is due on that
# day each year (not one that recurs each week, month or quarter: "định kỳ báo cáo hằng quý
# (trước ngày 15/3)")
_PERIODIC_REPORT = re.compile(
    r"(?:\bbao\s+cao\s+dinh\s+ky|\bdinh\s+ky\s+bao\s+cao)\b"
    r"(?:(?!\b(?:hang|moi)\s+(?:tuan|thang|quy)\b)[^.;:]){0,200}?" + _AT_DAY
)

# "Định kỳ 6 tháng (gửi trước ngày 15/6) và hằng năm (gửi trước ngày 15/11)": a periodic
# clause's bracketed day, the clause going on to "hằng năm": a day of every year
_PERIODIC_THEN_YEARLY = re.compile(
    r"\bdinh\s+ky\b[^.;:()]{0,40}?\(\s*(?:gui\s+)?"
    + _AT_DAY
    + r"(?=[^.;]{0,60}?\b(?:hang|moi)\s+nam\b)"
)


def yearly_days(
    folded: str, issued_on: date | None, cal: WorkingCalendar
) -> Iterator[tuple[int, int, date | None]]:
    """Where each day of every year ``folded`` names starts and ends, and when it is next due
    (None without the document's date): "trước 15/12 hằng năm" at the next 15/12 on or after
    the document's date (or the year it is counted from), two days a year at the first of them
    to come, "Hằng năm, ... (trước ngày 11/12)" at its day, the day's words alone its place,
    and a window of days every year ("từ ngày 10 đến ngày 15 tháng 12") at its last day."""
    if " nam" not in folded and "dinh ky" not in folded:
        return  # (every such phrase says "năm" or "định kỳ": a cheap test first)
    for m in _YEARLY.finditer(folded):
        when = None
        if issued_on is not None:
            try:
                day = date(2000, int(m.group("m")), int(m.group("d")))  # a leap year
            except ValueError:
                continue
            since = date(int(m["since"]), 1, 1) if m["since"] else issued_on
            when = _due(cal, day, max(issued_on, since), m["cue"])
        yield m.start(), m.end(), when
    for m in _YEARLY_MONTH.finditer(folded) if "thang " in folded else ():
        month = int(m["m"])
        if not 1 <= month <= 12:
            continue
        when = None
        if issued_on is not None:
            last = end_of_month(issued_on.year, month)
            last = last if last >= issued_on else end_of_month(issued_on.year + 1, month)
            when = cal.resolve(Rule.NO_LATER_THAN, day=last)
        yield m.start(), m.end(), when
    for m in _YEARLY_PAIR.finditer(folded) if " va " in folded else ():
        if issued_on is None:
            continue
        try:
            days = [date(2000, int(m[f"m{i}"]), int(m[f"d{i}"])) for i in ("", "2")]
        except ValueError:
            continue
        due = [cal.resolve(Rule.YEARLY, day=day, received_on=issued_on) for day in days]
        yield m.start(), m.end(), min(d for d in due if d is not None)
    windows = _WINDOWS.finditer(folded) if "tu ngay" in folded else ()
    periodic = (
        [
            m
            for pattern in (_PERIODIC_NEXT_YEAR, _PERIODIC_THEN_YEARLY, _PERIODIC_REPORT)
            for m in pattern.finditer(folded)
        ]
        if "dinh ky" in folded
        else []
    )
    for m in [*_EVERY_YEAR.finditer(folded), *_OPENS_YEARLY.finditer(folded), *windows, *periodic]:
        if m.re is _WINDOWS and not (m.group(0) != m.group("at") or m["at"].endswith(" nam")):
            continue  # (a window with no yearly cue: its day dates it once, deadlines.py)
        try:
            day = date(2000, int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        when = None
        if issued_on is not None:
            when = _due(cal, day, issued_on, None if m.re is _WINDOWS else m["cue"])
        yield m.start("at"), m.end("at"), when


def _due(cal: WorkingCalendar, day: date, since: date, cue: str | None) -> date | None:
    """The day of every year next due on or after ``since``, read as its wording says: "trước
    ngày X" the last working day before X, "chậm nhất ngày X", "đến ngày X" (a window's last
    day) and a bare "ngày X" on X (the next working day when X is a day off)."""
    if cue is not None and cue.startswith("truoc"):
        return cal.resolve(Rule.YEARLY, day=day, received_on=since)
    return cal.resolve(Rule.NO_LATER_THAN, day=next_yearly(day, since))
