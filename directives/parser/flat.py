"""A letterhead whose two columns a page flattened onto shared lines, cut back into the
lines the letter had before the header is read:

    ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   -> body | national name
    TỈNH CÀ MAU Độc lập - Tự do - Hạnh phúc --------      -> body | motto (rule dropped)
    Số: 88/UBND-KT Cà Mau, ngày 5 tháng 3 năm 2019        -> number | place and date
    Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi: Sở Y tế   -> place and date | recipients
    ... do Bộ Y tế ban hành. BỘ Y TẾ                        -> page title | body
    Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ ... Ngày 24 ... -> date | title | text

Only the first lines of the letter are looked at; a line that does not carry two of
these parts is left as it is.
"""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep
from directives.parser.letters import CAPITAL, SMALL

_RULE = re.compile(r"\s+-{3,}\s*$")
_CUTS = re.compile(r"\s+(?=Kính gửi\s*:)")
# The national name and the motto, found on the folded line so an OCR copy that lost some
# accents ("CONG HOA XÃ HOI ...") is cut too; written in capitals, or the motto capitalised
_NATIONAL = re.compile(
    r"\s+(?:(?=cong hoa xa hoi chu nghia viet nam)(?P<name>)"
    r"|(?=doc lap\s*-\s*tu do\s*-\s*hanh phuc))"
)
# "Kính gửi: Đ/c Chủ tịch UBND tỉnh Thực hiện Luật ...": the letter's first sentence run on
_OPENING = re.compile(
    r"\s+(?=(?:Thực hiện|Trong thời gian|Căn cứ|Theo đề nghị|Tiếp theo|Vừa qua|Nhằm|Để)\s)"
)
# "Số: 88/UBND-KT Cà Mau, ngày 5 ...": the number, then a place written before ", ngày"
_NUMBER_THEN_DATE = re.compile(
    rf"^(?P<number>Số\s*:?\s*\S+)\s+(?P<date>[{CAPITAL}][^,]{{1,40}},\s*ngày\s.*)$"
)
# "... do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM": a page's title line
# run into the letterhead's first line
_UPPER_TAIL = re.compile(
    rf"^(?P<head>.*[{SMALL}]\.)\s+"
    rf"(?P<tail>[{CAPITAL}]{{2,}}(?:[ ,]+[{CAPITAL}]+){{1,8}})$"
)
_DATE = re.compile(r",\s*ngày\s+\d{1,2}\s+tháng")
# An old page's one-line header: the date, the title in capitals, the first sentence run on
_UPPER = CAPITAL
_DATE_THEN_TITLE = re.compile(
    rf"^(?P<date>.*?,\s*ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}})\s+"
    rf"(?P<title>[{_UPPER}]{{2,}}(?:[ ,\-]+[{_UPPER}]+)+)"
    rf"(?:\s+(?P<text>[{_UPPER}][{SMALL}].*))?$"
)
# "Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH ... MỚI” ỦY BAN NHÂN DÂN TỈNH
# KON TUM": the date, the kind, a subject with figures and quotes, then the enacting body
_DATE_THEN_KIND = re.compile(
    r"^(?P<date>.*?,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s+"
    r"(?P<kind>QUYẾT ĐỊNH|CHỈ THỊ|KẾ HOẠCH|THÔNG BÁO|NGHỊ QUYẾT)\s+(?P<subject>.+)$"
)
_ENACTING = re.compile(
    rf"(?<!CỦA)\s+(?P<by>(?:ỦY|UỶ) BAN NHÂN DÂN (?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)"
    rf"(?: [{_UPPER}]+){{1,4}}|THỦ TƯỚNG CHÍNH PHỦ"
    # (or the head who enacts it: "BỘ TRƯỞNG BỘ TƯ PHÁP", "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH")
    rf"|BỘ TRƯỞNG BỘ(?: [{_UPPER},]+){{1,6}}|CHỦ TỊCH (?:ỦY|UỶ) BAN NHÂN DÂN"
    rf" (?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)(?: [{_UPPER}]+){{0,4}})$"
)
_HEAD_LINES = 40


def _kind_apart(line: str) -> list[str] | None:
    """The date, the kind, the subject and the enacting body of a one-line header whose
    subject, in capitals, holds figures, slashes or quotes; None if the line is not one."""
    m = _DATE_THEN_KIND.match(line)
    if m is None or not m.group("subject").isupper():
        return None
    subject = m.group("subject")
    by = _ENACTING.search(subject)
    tail = [subject[: by.start()], by.group("by")] if by else [subject]
    return [m.group("date"), m.group("kind"), *tail]


def _date_apart(line: str) -> list[str]:
    """ "... Điều 162 Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019": the place (its
    capitalised words before ", ngày") and date cut from the subject or number before it."""
    m = _DATE.search(line) if "ngày" in line else None
    if m is None:
        return [line]
    words = line[: m.start()].split()
    at = len(words)
    while (
        at > 0 and len(words) - at < 6 and (words[at - 1][:1].isupper() or words[at - 1] == "phố")
    ):
        at -= 1
    if (
        at == 0
        or at == len(words)
        or not (words[at - 1][-1:].islower() or words[at - 1][-1:].isdigit())
    ):
        return [line]
    return [" ".join(words[:at]), " ".join(words[at:]) + line[m.start() :]]


_STATE_OF = re.compile(r"\bnuoc$")


def _national_apart(line: str) -> list[str]:
    """The line cut before the national name in capitals and before the capitalised motto."""
    low = line.lower()
    if "nam" not in low and "ph" not in low:  # neither "... Việt Nam" nor "... Hạnh phúc"
        return [line]
    folded = fold_keep(line)
    cuts = [
        m
        for m in _NATIONAL.finditer(folded)
        if (
            line[m.end() : m.end() + 2].isupper()
            or (m.group("name") is None and line[m.end()].isupper())
        )
        # ("... GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ ...": the state's
        # name inside a subject, no letterhead)
        and not _STATE_OF.search(folded, 0, m.start())
    ]
    ends = [0, *(m.end() for m in cuts)]
    starts = [m.start() for m in cuts] + [len(line)]
    return [line[a:b] for a, b in zip(ends, starts, strict=True)]


# "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN" before the national name: the body above and the issuing
# body, two lines of the letterhead's column run together (a body's own name, "BỘ NỘI VỤ",
# has no second organ with a name after it)
_TWO_BODIES = re.compile(
    rf"^(?P<parent>(?:BỘ|(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)(?: [{_UPPER},]+){{1,6}}?)\s+"
    rf"(?P<body>(?:TỔNG CỤC|CHI CỤC|CỤC|SỞ|VỤ|VĂN PHÒNG|BAN|TRUNG TÂM|KHO BẠC|THANH TRA)"
    rf"(?: [{_UPPER},]+)+)$"
)


def _unruled(line: str) -> str:
    return _RULE.sub("", line) if "---" in line else line


def unflatten(lines: list[str]) -> list[str]:
    """The lines with the first ``_HEAD_LINES`` cut apart where header parts share one."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i >= _HEAD_LINES or not line:
            out.append(line)
            continue
        # (each pattern is tried only where its literal words stand: most lines hold none)
        line = _unruled(line)
        tail = _UPPER_TAIL.match(line) if "." in line else None
        if tail:
            out.append(tail.group("head"))
            line = tail.group("tail")
        parts = [
            _unruled(p)
            for cell in _national_apart(line)
            for p in (_CUTS.split(cell) if "Kính gửi" in cell else [cell])
            if p
        ]
        if len(parts) > 1 and (two := _TWO_BODIES.match(parts[0])) is not None:
            parts[:1] = [two.group("parent"), two.group("body")]
        for part in parts or [line]:
            if part.startswith("Kính gửi"):
                out.extend(_OPENING.split(part, maxsplit=1))
                continue
            for piece in _date_apart(part):
                m = _NUMBER_THEN_DATE.match(piece) if piece.startswith("Số") else None
                for cut in [m.group("number"), m.group("date")] if m else [piece]:
                    if "ngày" not in cut:
                        out.append(cut)
                        continue
                    titled = _DATE_THEN_TITLE.match(cut)
                    kind = None if titled else _kind_apart(cut)
                    parts = [p for p in titled.groups() if p] if titled else kind or [cut]
                    last = parts[-1] if titled and parts[-1].isupper() else ""
                    by = _ENACTING.search(last) if last else None
                    if by is not None:  # "... NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP": who enacts it
                        parts[-1:] = [p for p in (last[: by.start()], by.group("by")) if p]
                    out.extend(parts)
    return out
