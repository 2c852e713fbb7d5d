"""The header's number as one piece: a table cell or a page's emphasis may wrap it after the
hyphen that opens its issuer's code ("Số: 3783/QĐ-" over "UBND"), the code alone on the
next line (blank lines and a cell's bar "|" between them)."""

from __future__ import annotations

import re

from directives.parser.clean import fold_lines

# a code alone on its line: "UBND", "UBND-KSTT", "TTg" (two capitals at least, no diacritics,
# so no word of a place's name or of a sentence is taken for one)
_CODE_PART = r"(?=[^-\s]*[A-ZĐ][^-\s]*[A-ZĐ])[A-ZĐ][A-Za-zĐđ0-9.&]{0,12}"
_CODE_LINE = re.compile(rf"[ \t*_]*({_CODE_PART}(?:-{_CODE_PART})*)[ \t*_]*")
_CUT_AT_HYPHEN = re.compile(r"\s*[-–]\s*$")
_FILLER = re.compile(r"[\s|*_]*")
# the code after a hyphen the page spaced on the same line ("Số: 801/TCT- TNCN")
_SPACED_CODE = re.compile(rf"\s*[-–]\s+({_CODE_PART}(?:-{_CODE_PART})*)[\s*_]*")
# "Số: 04/2020/QĐ-" over "UBND Quảng Ninh, ngày 09 tháng 3 năm 2020": the code the hyphen cut
# off opens the line of the place and date
_CODE_BEFORE_PLACE = re.compile(
    rf"[ \t*_]*({_CODE_PART}(?:-{_CODE_PART})*)[ \t]+(?=[^\n,\d:|]{{2,60}}?,\s*ngày\s)"
)
# a body's code of two words ending the line ("Số: 47-GTT/CĐ VNPT-BN"): its second word is a
# code with a hyphen, so no word of a subject or place run on is taken
_TWO_WORD_CODE = re.compile(rf"[ \t]({_CODE_PART}(?:-{_CODE_PART})+)[\s*_]*")


def header_number(lines: list[str], at: int, number: re.Match[str]) -> str:
    """The number ``number`` matched on line ``at``, its spaces and closing dot or hyphen
    dropped, and the code the next line holds joined on where the line breaks at a hyphen."""
    read = re.sub(r"\s+", "", number.group(0)).rstrip(".-")
    rest = lines[at][number.end() :]
    spaced = _SPACED_CODE.fullmatch(("-" if number.group(0).endswith("-") else "") + rest)
    if spaced is not None:
        return f"{read}-{spaced.group(1)}"
    second = _TWO_WORD_CODE.fullmatch(rest)
    if second is not None and "/" in read:
        return f"{read} {second.group(1)}"
    if not _CUT_AT_HYPHEN.match(lines[at], number.end()):
        return read
    for line in lines[at + 1 : at + 4]:
        if _FILLER.fullmatch(line):
            continue
        code = _CODE_LINE.fullmatch(line)
        return f"{read}-{code.group(1)}" if code else read
    return read


def lift_cut_code(lines: list[str], folded: list[str], at: int) -> None:
    """The number's line ``at`` cut after the hyphen that opens its issuer's code, the code
    opening the next line before the place and date ("Số: 04/2020/QĐ-" / "UBND Quảng Ninh,
    ngày ..."): the code moved back onto the number's line, the place's line left whole."""
    if at + 1 >= len(lines) or not _CUT_AT_HYPHEN.search(lines[at]):
        return
    code = _CODE_BEFORE_PLACE.match(lines[at + 1])
    if code is None:
        return
    lines[at] = lines[at].rstrip() + code.group(1)
    lines[at + 1] = lines[at + 1][code.end() :]
    folded[at], folded[at + 1] = fold_lines([lines[at], lines[at + 1]])


# "Số: 2518/VPCP-V.IV/v ngăn chặn ...": the subject's "V/v" a page glued to the number's code
_GLUED_MARK = re.compile(r"(?<=[A-ZĐ0-9.])(?=V/v\s+\w)")


def subject_mark_apart(lines: list[str], folded: list[str], at: int) -> None:
    """The number's line ``at`` with the subject's "V/v" run onto its code, no space between:
    a space put back before the mark, so the code ends where the subject begins."""
    glued = _GLUED_MARK.search(lines[at])
    if glued is None:
        return
    lines[at] = f"{lines[at][: glued.start()]} {lines[at][glued.start() :]}"
    folded[at] = fold_lines([lines[at]])[0]


# "... kèm theo Nghị định" / "số 145/2020/NĐ-CP ngày ...": the kind of a cited document ending
# the line above a line that goes on with its number
_KIND_ENDS = re.compile(
    r"\b(?:nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi|cong van|cong dien|van ban|"
    r"thong bao|ke hoach|ket luan|to trinh|bao cao|luat|phap lenh|huong dan|chuong trinh)\s*$"
)


def cited_number_line(lines: list[str], folded: list[str], at: int) -> bool:
    """Line ``at`` opens with "số N" (lower case) going on with a citation the line right above
    it began ("... Phụ lục II kèm theo Nghị định" / "số 145/2020/NĐ-CP ngày ..."): a cited
    document's number, not the letter's own "Số: ..." line."""
    if at == 0 or not lines[at].lstrip(" *_").startswith("s") or not lines[at - 1].strip():
        return False
    return _KIND_ENDS.search(folded[at - 1].rstrip(" *_")) is not None
