"""Shapes of a cited document's number that only the kind written before it makes one, and
where the name of the body that issued it ends.

- An older government number with no "/": "Quyết định số 169-CP", "Nghị định 404-CP"; or
  one with a space for the slash after its serial: "số 1788 TCT/QĐ/TTHT", "số 1183 BC/NG-LS".
- A serial with a letter after its digits: "Nghị quyết số 36a/NQ-CP", read only after "số".
- A company's own numbering of its letters, which a reply to it cites: a prefix before the
  number ("25-0311/ABC-KD", "01-10/2025/CV-XYZ"), the code first ("ABCPC/2025/276"), a
  dotted year ("128.2025/OL.ABC"), a date for the number ("20251022/CV-HD"), no "/"
  ("215-CVXK"), the year last ("12/ABC/2025") or a bare number over a year ("88/2025"). The
  state never numbers so; it is read only right after "công văn số" / "văn bản số", whole up
  to the space after it, and before the letter's date unless it has a "/" and a capital.
- A number a scan's OCR or a misprint broke: a space inside it after "số" ("số 1 40/2025/NĐ-CP"),
  the slash before its code lost ("275/2025NĐ-CP"), a year short of a digit ("22/201 /QĐ") or
  a decision's code lost ("Quyết định số 49/2024 ngày ...").
- A company's name goes on past its "và" ("Tổng Công ty Phân bón và Hóa chất Dầu khí"),
  where the word after it is written with a capital and opens no body's name (nor a
  document's: "của Công ty X và Công văn số ..." names two documents); any
  name stops at a stop word a page glued to the next name ("... gửiThủ tướng"); its short
  name in brackets ("Tổng công ty X (ABC).") is part of it.
- An office holder's two titles are one issuer ("của Bộ trưởng, Chủ nhiệm Văn phòng Chính
  phủ"): the comma between them stops nothing; what the sentence goes on to say of the
  document does ("... của Chủ tịch Ủy ban nhân dân tỉnh vẫn giữ nguyên giá trị pháp lý").
"""

from __future__ import annotations

import re

from directives.parser import cited_forms
from directives.parser.bodies import STARTS_BODY
from directives.parser.clean import fold_keep
from directives.parser.header_words import NUMBER_PATTERN
from directives.parser.letters import CAPITAL

OLD_NUMBER = r"(?<![\d\-/])\d{1,4}-(?:CP|HĐBT|TTg)\b(?![/\-])"
# a serial with a letter after its digits, right after "số": "Nghị quyết số 36a/NQ-CP" (a form's
# "Mẫu số 02a/TTHT-TH" is no reference: the form's word before it says so)
LETTERED = r"(?<=số\s)\d{1,5}[a-zA-Z]/[A-ZĐ][A-ZĐ\d]{0,9}(?:-[A-ZĐ][\wĐ]{0,9}){0,3}(?![\w/])"
COMPANY_NUMBER = (
    r"(?<=số\s)(?:(?:(?<=[Cc]ông văn số\s)|(?<=[Vv]ăn bản số\s))"
    # (with no "/" or no capital, "215-CVXK", "88/2025": only before the letter's date)
    # ("1532-VHĐN-UNESCO, ngày ...": the date after a comma; "THT-13- 56/CV": a page's line
    # wrap after a hyphen, the number whole)
    r"(?:(?=(?:[\w.\-]|(?<=-)\s(?=\d))*/)(?=[\w.\-/]*[A-ZĐ])|(?=[\w.\-/]*[^\W_],?\s+ngày\s))"
    # (or a law's number printed without its code: "Luật Đầu tư số 61/2020 được sửa đổi ...",
    # kept only after a law's name, or a decision's dated: "Quyết định số 49/2024 ngày ...",
    # its code lost: cited_forms.coded_on)
    r"|(?P<law>)(?=\d{1,3}/(?:19|20)\d\d(?![\w/])))"
    r"(?P<own>(?=[\w.\-/]*\d)[^\W_](?:[\w.\-/]|(?<=-)\s(?=\d))*[^\W_])(?![^\s,;.)])"
    # (whole: not "A/B&C")
)
# "công văn số 1183 BC/NG-LS", "Quyết định số 1788 TCT/QĐ/TTHT": an older number with a space
# where the slash after its serial goes, its code's parts apart by "/", cited as printed (a
# space for a mark, not a line's wrap inside the number)
SPACED_SERIAL = (
    r"(?<=số\s)\d{1,5}(?P<gap>\s)(?=[A-ZĐ]{2,6}/[A-ZĐ])[A-ZĐ]{2,6}/[A-ZĐ][\w.&\-]{0,20}\w"
    r"(?:/[A-ZĐ][A-ZĐ\d]{0,6}){0,2}"
)
# "Thông tư 24/2020 ngày 10/3/2020 của Bộ Công an": a decree's or a circular's number over its
# year, its code and "số" left out, dated right after (as "Nghị định số 123/2020 ngày ...")
NAMED_BARE = (
    r"(?:(?<=Nghị định )|(?<=Thông tư )|(?<=Quyết định )|(?<=Nghị quyết )|(?<=Chỉ thị ))"
    r"(?P<bare>\d{1,3}/(?:19|20)\d\d)(?=\s*,?\s*ngày\s)"
)
# a scan's OCR: a space inside the number right after "số" ("số 1 40/2025/NĐ-CP", the number
# written whole) or the slash before the code lost ("275/2025NĐ-CP", cited as printed) or
# typed as a digit ("45/20177NĐ-CP")
OCR_SPLIT = r"(?<=số\s)(?P<split>\d{1,2} )(?=\d{1,3}/(?:19|20)\d{2}/[A-ZĐ])"
LOST_SLASH = r"(?<![\d.])\d{1,6}/(?:19|20)\d{2}\d?(?=[A-ZĐ]{2})[\w.&\-]{1,30}\w"
# ("22/201 /QĐ-UBND": a year that lost a digit, misprinted once, cited as printed)
LOST_DIGIT = r"(?<![\d.])\d{1,6}/(?:19|20)\d\s*/\s*[^\W\d_][\w.&\-]{0,30}\w"
MISPRINTED = rf"{LOST_DIGIT}|{OCR_SPLIT}{NUMBER_PATTERN}|{LOST_SLASH}"
# "... của Bộ X gửiThủ tướng", "báo cáoThủ tướng": a stop word glued to the next name
GLUED_STOP = re.compile(r"\s(?:gửi|về|tại|theo|trình|báo cáo)(?=[A-ZĐ])")
_COMPANY = re.compile(r"(?:tong )?cong ty\b")
_DOCUMENT = re.compile(r"(?:van ban|cong van|quyet dinh|thong bao|nghi quyet|to trinh|bao cao)\b")
_SHORT_NAME = re.compile(r"\s*\([A-ZĐ]{2,10}\)(?=\s*(?:[.,;]|$))")
# "Ủy ban nhân dân (UBND) tỉnh": the short form of the words before it, set inside the name
# (before its own words too: "Doanh nghiệp tư nhân (DNTN) Thành Hương")
_INNER_SHORT = re.compile(r"\s*\((?P<abbr>[A-ZĐ]{2,10})\)(?=\s+[^\W\d_])")


def _inner_short_name(window: str, text: str, at: int, cut: int) -> int:
    """Where the name goes on past a short form that spells its words' initials ("Ủy ban nhân
    dân (UBND) tỉnh"), as an offset in ``window``; 0 when the stop is no such short form."""
    m = _INNER_SHORT.match(text, at + cut)
    if m is None:
        return 0
    abbr = fold_keep(m.group("abbr")).lower()
    words = window[:cut].split()[-len(abbr) :]
    initials = "".join(w[0] for w in words)
    return m.end() - at if len(words) == len(abbr) and initials == abbr else 0


_AND = re.compile(rf"\s+và\s+(?=[{CAPITAL}])")
_TITLE_PAIR = re.compile(
    r"(?:bo truong|chu tich|thu truong)\s*,\s*(?=(?:chu nhiem|truong ban|tong giam doc)\s)"
)
# what the cited document's matter is doing now, after its issuer: "... của Ủy ban nhân dân X
# vẫn giữ nguyên ...", "... hiện đang triển khai ...", "... hiện nay chưa ..."
_STILL = re.compile(r"\s+(?:van (?:giu nguyen|con hieu luc|tiep tuc)|hien (?:dang|nay|van|con))\b")


# (or "... của Thủ tướng Chính phủ từ "xem xét ..." sang ...": what the matter changes from)
_ASKING = re.compile(r"\s+(?:hỏi|từ)\b")
_ASKING_FOLDED = re.compile(r"\s+(?:hoi|tu)\b")


def issuer_stop(stops: re.Pattern[str], window: str, text: str, at: int) -> re.Match[str] | None:
    """The first of ``stops`` in ``window`` (folded ``text`` from ``at``), past a "và" inside
    a company's name."""
    stop = cited_forms.first_stop(stops, window, text, at)
    if (pair := _TITLE_PAIR.match(window)) and stop is not None and stop.start() < pair.end():
        stop = stops.search(window, pair.end())
    still = _STILL.search(window)
    if still is not None and (stop is None or still.start() < stop.start()):
        return still
    # "... của Thuế tỉnh X hỏi về chính sách thuế": the body asked, its question after its name
    # (read as written: folded, "hỏi" is also "hội" of "Quốc hội", "Hội đồng")
    asking = _ASKING.search(text, at, at + len(window))
    if asking is not None and (stop is None or asking.start() - at < stop.start()):
        return _ASKING_FOLDED.match(window, asking.start() - at)
    while stop is not None:
        if short := _SHORT_NAME.match(text, at + stop.start()):
            stop = stops.search(window, short.end() - at)  # "Tổng công ty X (ABC)": its short name
            continue
        if inner := _inner_short_name(window, text, at, stop.start()):
            stop = stops.search(window, inner)  # "Ủy ban nhân dân (UBND) tỉnh": the name goes on
            continue
        if stop.group(0).strip() != "va" or not _COMPANY.match(window):
            break
        joined = _AND.match(text, at + stop.start())
        other = joined is None or STARTS_BODY.match(text, joined.end())
        if other or _DOCUMENT.match(window, stop.end()):
            break
        stop = stops.search(window, stop.end())
    return stop
