"""Page chrome of a gazette's (or a signed PDF's) text layer, dropped before the letter is read.

The text layer of a signed PDF such as Công báo's carries, wherever a page breaks, the
page's running header and number, and on the page that was signed the e-signature stamp:

    ... về hội nhập quốc                      <- the sentence breaks at the page's foot
    Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Cơ quan: VĂN PHÒNG CHÍNH PHỦ
    Ngày ký: 2026-06-02 08:06:33 +07:00

    CÔNG BÁO/Số 302/Ngày 02-06-2026
    46

    tế trong tình hình mới ...                <- and goes on on the next page

None of it is the letter's: the lines are dropped with the blank lines around them, so
the lines before and after the break meet again and a sentence cut by it reads whole.
"""

from __future__ import annotations

import re

from directives.parser.page_marks import page_number

# The running header of a gazette page: "CÔNG BÁO/Số 302/Ngày 02-06-2026", "CÔNG BÁO/Số 45 +
# 46/Ngày 20-01-2024"
_RUNNING_HEAD = re.compile(
    r"^\s*CÔNG BÁO\s*/\s*Số\s*\d[\d\s+&-]*/\s*Ngày\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*$",
    re.IGNORECASE,
)
# a province's gazette's running head, its name after the word, the page's number on the
# same line before or after it ("12 CÔNG BÁO TỈNH X/Số 09/ Ngày 25-02-2025")
_NAMED_HEAD = re.compile(
    r"^\s*(?:\d{1,4}\s+)?CÔNG BÁO\s+[^\W\d_][^/\d]{1,40}/\s*Số\s*\d[\d\s+&-]*/\s*"
    r"Ngày\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:\s+\d{1,4})?\s*$"
)


def named_head(line: str) -> bool:
    """``line`` is a province's gazette's running head (with the page's number or not)."""
    return "CÔNG BÁO " in line[:20] and _NAMED_HEAD.match(line) is not None


# The lines of an e-signature stamp: "Ký bởi: ...", "Người ký: ...", "Cơ quan: ...", "Email:
# ...", "Ngày ký: 2026-06-02 08:06:58 +07:00", "Thời gian ký: 02.06.2026 08:06:58 +07:00"
_STAMP_LINE = re.compile(r"^\s*(?:Ký bởi|Người ký|Cơ quan|Email|Ngày ký|Thời gian ký)\s*:")
_STAMP_SIGNER = re.compile(r"^\s*(?:Ký bởi|Người ký)\s*:")
_STAMP_TIME = re.compile(r"^\s*(?:Ngày ký|Thời gian ký)\s*:.*\d{4}.*\d{1,2}:\d{2}")
_STAMP_LINES = 6


def may_hold_chrome(text: str) -> bool:
    """A look at the whole text before ``drop_page_chrome`` reads it line by line: a running
    head ("CÔNG BÁO/Số ...") or a signature stamp ("Ký bởi: ...", "Người ký: ...") may be on
    the page."""
    return "BÁO/" in text or "ký:" in text or "Ký bởi" in text


def drop_page_chrome(raws: list[str]) -> list[str]:
    """The raw lines without a gazette's running headers, page numbers and signature stamps."""
    heads = [
        i
        for i, raw in enumerate(raws)
        if raw[:12].upper().startswith("CÔNG BÁO") and _RUNNING_HEAD.match(raw)
    ]
    stamps = [i for i, raw in enumerate(raws) if _STAMP_SIGNER.match(raw)]
    if not heads and not stamps:
        return raws
    dropped: set[int] = set()
    for i in stamps:
        end = i
        while (
            end + 1 < len(raws) and end + 1 - i < _STAMP_LINES and _STAMP_LINE.match(raws[end + 1])
        ):
            end += 1
        if any(_STAMP_TIME.match(raws[j]) for j in range(i, end + 1)):
            dropped.update(range(i, end + 1))
            _blanks_around(raws, i, end, dropped)
    for i in heads:
        start = end = i
        if i > 0 and page_number(raws[i - 1]) is not None:
            start = i - 1
        elif i + 1 < len(raws) and page_number(raws[i + 1]) is not None:
            end = i + 1
        dropped.update(range(start, end + 1))
        _blanks_around(raws, start, end, dropped)
    return [raw for i, raw in enumerate(raws) if i not in dropped]


def _blanks_around(raws: list[str], start: int, end: int, dropped: set[int]) -> None:
    """The blank lines a piece of chrome stands between are the page break's, not the letter's."""
    j = start - 1
    while j >= 0 and (j in dropped or not raws[j].strip()):
        dropped.add(j)
        j -= 1
    j = end + 1
    while j < len(raws) and (j in dropped or not raws[j].strip()):
        dropped.add(j)
        j += 1
