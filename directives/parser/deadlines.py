"""Deadline phrases found in an action's text, resolved by ``WorkingCalendar.resolve``.

The calendar owns the counting rules (one place for the whole product): "chậm
nhất ngày X" and a bare date end on X; "trước ngày X" on the last working day
before X; "trong quý II" on the quarter's last day; "6 tháng đầu năm" on 30/6 (unless another
phrase in the same text gives the due date: then it names the period reported on);
"trước 15/12 hằng năm" before the next 15/12 on or after the document's date;
"trong 05 ngày làm việc kể từ ngày nhận" five working days after receipt. The
day of receipt is unknown when parsing, so the document's date stands in for it
and a warning says so. A date written without a year takes the document's year,
or the next one if that date has already passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from directives.calendar import DeadlineKind as Rule
from directives.calendar import WorkingCalendar, end_of_half_year, end_of_month, end_of_quarter
from directives.parser.clean import squash
from directives.parser.dates import DATE_PATTERN, date_from_match
from directives.parser.month_spans import target_month
from directives.parser.year_ends import BARE_YEAR, each_match, year_ends
from directives.parser.yearly import yearly_days
from directives.records import DeadlineKind

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_WORKING_DAYS = re.compile(
    # (or "chậm nhất (sau) 05 ngày làm việc kể từ ngày (quyết định ... được UBND tỉnh ký)
    # ban hành", not "... trước ngày họp"; "không quá 05 ngày làm việc kể từ ngày ban hành")
    r"(?:trong|(?:cham\s+nhat(?:\s+sau)?|khong\s+qua)"
    r"(?=\s+\d{1,3}\s+ngay\s+lam\s+viec(?!\s+truoc)))\s+"
    # (not counted from another event: "... 05 ngày làm việc kể từ khi dịch vụ được hiển thị")
    r"(?:vong\s+|thoi\s+han\s+|thoi\s+gian\s+)?(?P<n>\d{1,3})\s+ngay\s+lam\s+viec"
    r"(?!\s*,?\s*(?:ke\s+)?tu\s+khi\b)"
    r"(?:\s*,?\s*(?:ke\s+)?tu\s+(?:ngay\s+)?(?:(?:quyet\s+dinh|van\s+ban)[^.;,\n]{0,40}?\s)?"
    # (or its taking effect: "..., kể từ ngày Quyết định có hiệu lực thi hành")
    r"(?P<from>nhan|ban\s+hanh|ky|co\s+hieu\s+luc)[^.;,\n]{0,40})?"
)
# "kể từ ngày nhận được ý kiến thẩm định ...", "... nhận được hồ sơ ...": the receipt of
# something other than the letter itself ("kể từ ngày nhận được Công văn này", "... nhận văn
# bản"), a day no one knows, which dates nothing (README, session 19); a kind its own words
# make another document ("... nhận được quyết định phê duyệt tiền cấp quyền ...") included
_OTHER_RECEIPT = re.compile(
    r"nhan\s+(?:duoc\s+)?(?!duoc\b|(?:cac\s+)?(?:cong van|van ban|thong bao|quyet dinh|chi thi|"
    r"ke hoach|cong dien|thu|giay moi)\b(?!\s+(?:phe duyet|de nghi|tra loi)\b))[a-z]"
)
_HALF_YEAR = re.compile(
    r"(?P<cue>truoc\s+|trong\s+)?(?:06|6|sau)\s+thang\s+(?P<half>dau|cuoi)\s+nam"
    r"(?:\s+(?P<y>\d{4}))?"
)
_Q = r"(?:iv|iii|ii|i|[1-4])(?![\w])"
# (a lookahead of the letters a match can start with, as in yearly.py: the engine passes
# over every other place in one step)
_QUARTER = re.compile(
    # ("chậm nhất trong quý II/2026": the latest quarter, its words kept as the month's are)
    rf"(?=[tchvq])(?P<cue>(?:cham\s+nhat\s+)?(?:trong|truoc|cuoi|het|vao|hoan\s+thanh)\s+)?"
    rf"qu[yi]\s+(?P<q>{_Q})"
    # "Quý III, IV/2026": a list of quarters, due at the end of the last one
    rf"(?:\s*(?:,|\s+va)\s*(?P<last>{_Q}))*"
    # "Quý IV năm 2025", "Quý IV/2025", "Quí IV-2025" (the older spelling)
    r"(?:\s*(?:nam\s+|[/-]\s*)(?P<y>\d{4}))?"
    # "Quý IV/2026, 2027" in a time cell: the work runs on to the end of the later year
    r"(?:\s*,\s*(?P<y2>\d{4})\s*$)?"
    # "Trong quý I của năm liền kề đánh giá": the quarter of the year after each one rated,
    # every year (as yearly.py's "của năm liền kề sau năm báo cáo")
    r"(?P<next>\s+cua\s+nam\s+(?:lien\s+ke|tiep\s+theo)\b[^,;.:()\n]{0,40})?"
)
# "tháng 12/2025", "Tháng 11 - 12/2025" (a span of months: due at the end of the last one);
# "đến hết tháng 12 năm 2025", "xong cuối tháng 12 năm 2025": by the month's end as well
_MONTH = re.compile(
    # ("báo cáo Chính phủ tại phiên họp Chính phủ thường kỳ tháng 8 năm 2015": the month's
    # session the report goes to, by the month's end as well)
    # ("hoàn thành chậm nhất trong tháng 9/2025": the latest it may be done, the words that
    # make it so kept in its text)
    r"(?P<cue>(?:cham\s+nhat\s+)?trong\s+|(?:den\s+)?het\s+|den\s+|cuoi\s+"
    r"|tai\s+phien\s+hop\b[^.;:,\d]{0,40}?\s)?"
    r"thang\s+(?:\d{1,2}\s*[-\u2013]\s*)?(?P<m>\d{1,2})\s*(?:/\s*|\s+nam\s+)"
    r"(?P<y>\d{4})"
)
# "Từ tháng 11/2025 đến khi kết thúc ...": when the work starts, not when it is due
_FROM = re.compile(r"\btu\s+$")
# what is taken to a session: "báo cáo Chính phủ tại phiên họp ...", "trình ... tại phiên họp"
_TO_SESSION = re.compile(r"\b(?:bao cao|trinh)\b[^.;:]*$")
# "Tháng 12 hằng năm" (in a deadline column, or "trong tháng 12 hằng năm"): by the month's end
_MONTH_YEARLY = re.compile(r"(?P<cue>trong\s+)?thang\s+(?P<m>\d{1,2})\s+(?:hang|moi)\s+nam")


# "trước Thứ Tư, ngày 03/12/2025": the weekday names the same day
_WEEKDAY = r"(?:(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\s*,?\s+)?"
# ("trước ngày20/02/2014": a page that glued the day to its word)
_BEFORE = re.compile(r"truoc\s+" + _WEEKDAY + r"(?:ngay\s+)?" + DATE_PATTERN)
_BY = re.compile(
    # ("chậm nhất đến hết ngày 20 tháng 12 năm 2021": the latest, to that day's end)
    r"(?:cham\s+nhat(?:\s+la)?(?:\s+vao|\s+den(?:\s+het)?)?(?:\s+ngay)?|"
    r"han\s+chot(?:\s+la)?(?:\s+ngay)?|"
    # ("hoàn thành ngay trong ngày X": within that day, however the words before it run)
    r"(?:xong|hoan\s+thanh)\s+(?:vao|trong)\s+ngay|(?:den(?:\s+het)?|vao|trong)\s+ngay|"
    r"thoi\s+han\s*:?\s*(?:ngay)?|"
    # "trước 17 giờ ngày 27/11/2025": an hour of that day, so the day itself
    # (or "trước 16 giờ 30 phút, ngày 15/7/2026", the comma after the minutes)
    r"truoc\s+\d{1,2}\s*(?:gio|h)(?:\s*\d{1,2}(?:\s*phut)?)?\s*(?:\s|,\s*)ngay)\s*" + DATE_PATTERN
)
_BARE = re.compile(r"^\s*(?:ngay\s+)?" + DATE_PATTERN + r"\s*$")


@dataclass(frozen=True)
class Deadline:
    deadline: date | None
    kind: DeadlineKind
    text: str
    start: int
    warning: str | None = None


def _with_year(found: date | None, year_given: bool, issued_on: date | None) -> date | None:
    if found is None or year_given or issued_on is None or found >= issued_on:
        return found
    try:
        return found.replace(year=found.year + 1)
    except ValueError:
        return None


def _dated(m: re.Match[str], issued_on: date | None) -> date | None:
    year = issued_on.year if issued_on else None
    given = bool(m.group("y") or m.group("y2"))
    return _with_year(date_from_match(m, year), given, issued_on)


def _year(m: re.Match[str], issued_on: date | None) -> int | None:
    year = int(m.group("y")) if m.group("y") else (issued_on.year if issued_on else None)
    return year if year is not None and _PLAUSIBLE_YEARS[0] <= year <= _PLAUSIBLE_YEARS[1] else None


_PLAUSIBLE_YEARS = (1900, 2200)


def _month_end(month: int, issued_on: date) -> date:
    """The last day of ``month`` next to come on or after ``issued_on``."""
    last = end_of_month(issued_on.year, month)
    return last if last >= issued_on else end_of_month(issued_on.year + 1, month)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    kind: DeadlineKind
    resolved: date | None
    from_receipt: bool = False
    period_only: bool = False  # "báo cáo 6 tháng đầu năm": a due date only if nothing else is


def _scan(
    folded: str, issued_on: date | None, cal: WorkingCalendar, cell: bool = False, text: str = ""
) -> list[_Hit]:
    """Every deadline phrase in ``folded``, resolved on the calendar.

    A quarter or a month needs a cue ("trong quý II", "trong tháng 5/2024") outside
    a deadline column: "báo cáo quý III" names the period reported on, not a due date.
    """
    hits: list[_Hit] = []

    def add(
        m: re.Match[str],
        kind: DeadlineKind,
        when: date | None,
        receipt: bool = False,
        period_only: bool = False,
    ) -> None:
        hits.append(_Hit(m.start(), m.end(), kind, when, receipt, period_only))

    for m in each_match(_WORKING_DAYS, folded, "lam viec"):
        if m.group("from") and _OTHER_RECEIPT.match(folded, m.start("from")):
            continue  # "... kể từ ngày nhận được ý kiến thẩm định của Hội đồng": an undated event
        when = None
        if issued_on is not None:
            when = cal.resolve(Rule.WORKING_DAYS, count=int(m.group("n")), received_on=issued_on)
        add(m, DeadlineKind.WITHIN_WORKING_DAYS, when, (m.group("from") or "").startswith("nhan"))
    # (a period in calendar days, "trong thời hạn 03 ngày kể từ ...", dates nothing)
    for start, end, when in yearly_days(folded, issued_on, cal):
        hits.append(_Hit(start, end, DeadlineKind.YEARLY, when))
    for m in each_match(_HALF_YEAR, folded, "thang"):
        year = _year(m, issued_on)
        half = 1 if m.group("half") == "dau" else 2
        if year is not None and not m.group("y") and issued_on is not None:
            year += int(end_of_half_year(year, half) < issued_on)
        elif (
            year is not None and issued_on is not None and end_of_half_year(year, half) < issued_on
        ):
            continue  # "sơ kết công tác 6 tháng đầu năm 2025" in November: a period gone by
        when = None if year is None else cal.resolve(Rule.HALF_YEAR, year=year, half=half)
        add(m, DeadlineKind.HALF_YEAR, when, period_only=m.group("cue") is None)
    quarters = "quy " in folded or "qui " in folded
    for m in _QUARTER.finditer(folded) if quarters else ():
        if not cell and m.group("cue") is None:
            continue
        if cell and m.group("y2") and m.group("y") and m.group("y2") > m.group("y"):
            last = date(int(m.group("y2")), 12, 31)
            add(m, DeadlineKind.BY, cal.resolve(Rule.NO_LATER_THAN, day=last))
            continue
        year = _year(m, issued_on)
        quarter = _ROMAN[m.group("last") or m.group("q")]
        if year is not None and not m.group("y") and issued_on is not None:
            year += int(end_of_quarter(year, quarter) < issued_on)
        when = None if year is None else cal.resolve(Rule.QUARTER, year=year, quarter=quarter)
        end = m.end("y") if m.group("y") else m.end("last") if m.group("last") else m.end("q")
        if m.group("next") and not m.group("y"):
            hits.append(_Hit(m.start(), m.end("next"), DeadlineKind.YEARLY, when))
            continue
        hits.append(_Hit(m.start(), end, DeadlineKind.QUARTER, when))
    for m in each_match(_MONTH, folded, "thang"):
        if not cell and m.group("cue") is None:
            continue  # "báo cáo tháng 5/2024" names the month reported on
        target = target_month(m.group("cue"), folded, m.start())  # ("đến tháng 12/2025 đạt")
        if target or _FROM.search(folded, max(0, m.start() - 4), m.start()):
            continue
        if (m.group("cue") or "").startswith("tai") and not _TO_SESSION.search(
            folded, max(0, m.start() - 80), m.start()
        ):
            continue  # "Thực hiện kết luận tại phiên họp ... tháng 7": the session cited
        year, month = _year(m, None), int(m.group("m"))
        if year is not None and 1 <= month <= 12:
            last = end_of_month(year, month)
            add(m, DeadlineKind.BY, cal.resolve(Rule.NO_LATER_THAN, day=last))
    for m in each_match(_MONTH_YEARLY, folded, "thang", " nam"):
        month = int(m.group("m"))
        if (cell or m.group("cue")) and 1 <= month <= 12 and issued_on is not None:
            add(
                m,
                DeadlineKind.YEARLY,
                cal.resolve(Rule.NO_LATER_THAN, day=_month_end(month, issued_on)),
            )
    for start, end, when in year_ends(folded, cal, cell, text):
        hits.append(_Hit(start, end, DeadlineKind.BY, when))
    by_cue = any(cue in folded for cue in ("ngay", "cham nhat", "thoi han"))
    for pattern, kind, rule, cued in (
        (_BEFORE, DeadlineKind.BEFORE, Rule.BEFORE, "truoc" in folded),
        (_BY, DeadlineKind.BY, Rule.NO_LATER_THAN, by_cue),
    ):
        for m in pattern.finditer(folded) if cued else ():
            if pattern is _BY and _as_of(folded, m):
                continue  # "(tính) đến ngày 15/5 các bộ chưa phân bổ ...": the state on that day
            if pattern is _BEFORE and _BEFORE_THEN.match(text, m.end()):
                continue  # "... trước 01/01/2025 là tuyến huyện": what stood before that day
            written = _dated(m, issued_on)
            if written is not None:
                add(m, kind, cal.resolve(rule, day=written))
    return hits


# "(tính) đến ngày X các bộ, cơ quan chưa phân bổ ...": how things stand on that day
_STANDING_AFTER = re.compile(r"[^;.:]{0,80}?\b(?:chua|van chua|van con)\b")

# "các cơ sở cấp cơ bản trước 01/01/2025 là tuyến huyện", "hồ sơ nộp trước ngày 01/7/2020 thì
# tiếp tục xử lý": the day says what was so before it, or frames a case, and sets no due date
# (read on the text as written, which the folded one keeps in place: "thi" folds "thi hành")
_BEFORE_THEN = re.compile(r"\s+(?:là|thì)\b", re.IGNORECASE)


def _as_of(folded: str, m: re.Match[str]) -> bool:
    """A date "đến ngày X" that says as of when the words around it state a fact (or the
    figures: "số liệu đến ngày 30/6/2026")."""
    if not folded.startswith("den", m.start()):
        return False
    if folded.endswith(("tinh ", "so lieu "), 0, m.start()):
        return True
    if _COUNTED_FROM.search(folded, max(0, m.start() - 60), m.start()):
        return True
    return bool(_STANDING_AFTER.match(folded, m.end()))


# "(số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)", "tính từ ngày 10 tháng 12 năm trước
# đến ngày 10 tháng 12 của kỳ báo cáo": the span a report counts, no due date (unlike "từ ngày
# 15/11 đến ngày 15/12", the work's own span, due at its end)
_COUNTED_FROM = re.compile(
    r"\btinh\s+tu\s+(?:ngay\s+)?\d{1,2}(?:\s*[/.\-]\s*\d{1,2}|\s+thang\s+\d{1,2})"
    r"(?:\s*[/.\-]\s*\d{4}|\s+nam\s+(?:\d{4}|truoc)(?:\s+ky\s+bao\s+cao)?)?\s+$"
)


# "trước ngày 16 hàng tháng": a day of every month, no one due date
_MONTHLY = re.compile(r"(?:truoc|cham\s+nhat|vao)\s+(?:ngay\s+)?\d{1,2}\s+(?:hang|moi)\s+thang")

# "gửi về Văn phòng Chính phủ trướng ngày 07 tháng 8": a page's typo for "trước ngày" (the
# accent tells it from "trưởng", "trường", which fold the same)
_TYPO_BEFORE = re.compile(r"trướng(?=\s+ngày\s+\d)")


def _typo_before(text: str, folded: str) -> str:
    for m in _TYPO_BEFORE.finditer(text):
        folded = folded[: m.start()] + "truoc " + folded[m.end() :]
    return folded


def find_deadline(
    text: str,
    folded: str,
    issued_on: date | None,
    calendar: WorkingCalendar,
    *,
    cell: bool = False,
) -> Deadline | None:
    """The first deadline phrase in ``text`` (``folded`` is its ``fold_keep``), resolved."""
    if "trướng" in text:
        folded = _typo_before(text, folded)
    hits = _scan(folded, issued_on, calendar, cell, text)
    year = BARE_YEAR.match(folded) if cell and not hits else None
    if year is not None:
        last = calendar.resolve(Rule.NO_LATER_THAN, day=date(int(year.group("y")), 12, 31))
        hits.append(_Hit(year.start(), year.end(), DeadlineKind.BY, last))
    if cell and not hits:
        bare = _BARE.match(folded)
        if bare is None:
            return None
        day = _dated(bare, issued_on)
        if day is None:
            return None
        when = calendar.resolve(Rule.NO_LATER_THAN, day=day)
        hits.append(_Hit(bare.start(), bare.end(), DeadlineKind.BY, when))
    if not hits:
        return None
    # "báo cáo kết quả 6 tháng đầu năm, gửi trước ngày 15/6" names the period reported on
    # and then the due date: a bare half-year counts only where no other phrase does
    if not all(h.period_only for h in hits):
        hits = [h for h in hits if not h.period_only]
    # the earliest phrase wins; at the same place the longest (most specific) one
    hit = min(hits, key=lambda h: (h.start, -h.end))
    monthly = _MONTHLY.search(folded, 0, hit.start) if "thang" in folded else None
    if monthly is not None:
        return None  # "(trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6)": every month
    phrase = squash(text[hit.start : hit.end]).strip(" ,.;:")
    message = None
    if hit.from_receipt and issued_on is not None:
        message = (
            f"thời hạn “{phrase}” tính từ ngày nhận văn bản, chưa biết khi phân tích; "
            f"đã tính từ ngày ban hành {issued_on:%d/%m/%Y}"
        )
    if hit.resolved is None:
        message = f"không tính được thời hạn “{phrase}” vì thiếu ngày ban hành văn bản"
    return Deadline(hit.resolved, hit.kind, phrase, hit.start, message)
