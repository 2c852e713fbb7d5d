"""A header's subject: the lines under the type ("QUYẾT ĐỊNH" / "Về việc ...") or after
"V/v" that the subject runs over, wrapped in capitals or in mixed case, over blank lines a
converted page put in, and where it stops (the issuing authority under a title, the number,
the place and date, the motto, "Kính gửi", the body's first sentence), its "V/v" or "Về"
dropped; ``header`` finds where it starts.
"""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep, is_upper_line, squash
from directives.parser.header_date import PLACE_DATE
from directives.parser.header_words import DOCUMENT_TYPES, NUMBER_LINE
from directives.parser.letters import SMALL
from directives.parser.recipients import RECIPIENTS_LABEL

# The motto as a line of its own under a title, not a title's words ("... NHÀ Ở XÃ HỘI" / "ĐỘC
# LẬP TRÊN ĐỊA BÀN ...": a housing project standing alone)
_MOTTO_LINE = re.compile(
    r"cong hoa xa hoi chu nghia|doc lap\W*tu do"
    r"|(?:^|[-–]\s*)(?:doc lap|tu do|hanh phuc)\s*(?:[-–]|$)|^dang cong san viet nam$|^[-_=.* ]+$"
)
# ("VỀ TĂNG CƯỜNG ...": a bare "Về" opening the title is dropped too)
_SUBJECT_PREFIX = re.compile(r"^(?:v\s*/\s*v|ve viec)\s*[:.]?\s*|^ve\s*:\s*|^ve\s+(?!viec\b)")
# The line naming who issues a decision under its title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"):
# a title in capitals stops there.
_AUTHORITY = re.compile(
    r"^(?:chu tich|uy ban nhan dan|ubnd|giam doc|bo truong|thu tuong|truong ban|hoi dong|"
    r"tong cuc truong|cuc truong|tong kiem toan nha nuoc|tong giam doc|"
    # (the motto, not a title's "ĐỘC LẬP TRÊN ĐỊA BÀN ...")
    r"cong hoa xa hoi|doc lap(?=\W*(?:tu do\b|$))|kinh gui|can cu)"
)


# "Địa điểm: ...": a labelled field under a title in mixed case, a word or two then ":"
_LABEL_LINE = re.compile(r"[a-z]+(?: [a-z]+)?\s*:\s")
# a title's line that breaks off before its object: the next line goes on with it
# (or a title, which the next line's body completes: "... CỦA CHỦ TỊCH" / "ỦY BAN NHÂN DÂN TỈNH X")
_OPEN_END = re.compile(
    r"\s(?:CỦA|VÀ|VỀ|CHO|TẠI|THEO|VỚI|CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỦ TRƯỞNG|TRƯỞNG BAN)\s*$|,\s*$"
)
# "... KÈM THEO NGHỊ QUYẾT" / "SỐ 10/2022/NQ-HĐND NGÀY ...": a title wrapped after the kind
# of the document it names, whose number the next line goes on with
_KIND_END = re.compile(rf"\b(?:{'|'.join(DOCUMENT_TYPES)})\s*$")


# "Ngày 03/01/2025, Phó Chủ tịch UBND tỉnh chủ trì họp ...": the body's first sentence, opened
# by the day of the meeting and a comma, run on under the subject without a blank line
_DATED_OPENING = re.compile(r"^ngay \d{1,2}\s*(?:/\s*\d{1,2}\s*/|thang \d{1,2} nam)\s*\d{4}\s*,")


# "Thực hiện Kế hoạch số 199/KH-BGDĐT của Bộ ...": the body's first sentence, its grounds, run
# on under the subject without a blank line
_GROUNDS_OPENING = re.compile(
    r"^(?:thuc hien|can cu)\s+(?:(?:y kien )?chi dao|ke hoach|cong van|quyet dinh|chi thi|"
    r"nghi quyet|thong bao|van ban|luat|nghi dinh|thong tu|cong dien)\b[^.;:]{0,80}\bso\b"
)

_BODY_GROUNDS = re.compile(r"^(?:thuc hien|can cu|xet de nghi|theo de nghi)\s")


def _continues_subject(line: str) -> bool:
    """A wrapped subject line, not the body's first paragraph run on without a blank line."""
    if line[0].islower() or line[0].isdigit():
        return True
    if _ACRONYM_OPENS.match(line) and len(line) < 60 and not line.endswith((":", ";")):
        return True  # "V/v ... đưa kho" / "VLNCN vào sử dụng.": a thing's initials, its words on
    return len(line) < 100 and not line.endswith((":", ".", ";"))


# a line opening with a thing's initials in capitals, then lower-case words ("PCCC cho kho ...")
_ACRONYM_OPENS = re.compile(rf"[A-ZĐ]{{2,}}\s+[{SMALL}]")


def _last_words(above: str, line: str, after: list[str]) -> bool:
    """ "Phê duyệt Điều chỉnh cục bộ quy hoạch phân khu" / "Khu công nghiệp X, xã Y, tỉnh Z.":
    a subject wrapped mid-phrase, its short last line closed by a full stop and a blank line."""
    return (
        line.endswith(".")
        and len(line) < 80
        and not above.endswith((".", ";", ":", ","))
        and not is_upper_line(line)
        and not is_upper_line(above)
        # (or a labelled line, a source having dropped the blank line: "Mã số thông tin quy
        # hoạch: ...", "Kính gửi: ...", no words a subject goes on with)
        and (
            not after
            or not after[0].strip()
            or _ANY_LABEL.match(fold_keep(after[0].strip())) is not None
        )
    )


# a line opening with a label, a few words then its colon ("Mã số thông tin quy hoạch:")
_ANY_LABEL = re.compile(r"[a-z]+(?: [a-z]+){0,5}\s*:")


def subject_lines(
    lines: list[str], folded: list[str], start: int, column: int = 0
) -> tuple[str | None, int]:
    """Subject text starting at ``start`` (from ``column`` on) and the index after its last line."""
    parts: list[str] = []
    if column:
        parts.append(lines[start][column:])
        start += 1
    i = start
    # the letterhead's own lines above the title: one of them again under the subject is the
    # body enacting ("ỦY BAN THƯỜNG VỤ QUỐC HỘI" over "Căn cứ ..."), not the subject's words
    letterhead = {squash(fl) for fl in folded[max(0, start - 12) : start] if fl}
    while i < len(lines) and len(parts) < 8:
        line, fl = lines[i], folded[i]
        if RECIPIENTS_LABEL.match(fl):
            break  # "CÔNG ĐIỆN" / "THỦ TƯỚNG CHÍNH PHỦ ĐIỆN:": no subject, the recipients
        if not parts and line.startswith("Số") and NUMBER_LINE.match(fl):
            i += 1  # "CÔNG ĐIỆN KHẨN" / "Số: 04/CĐ-UBND ...": the number under the type
            continue
        if not line:
            if parts and not _title_goes_on(parts, lines, folded, i):
                break
            i += 1
            continue
        capitals = bool(parts) and parts[0] == parts[0].upper() and is_upper_line(line)
        # a subject in capitals ends where a sentence in mixed case begins
        body = bool(parts) and is_upper_line(parts[-1]) and line[0].isupper() and not capitals
        if parts and (
            body
            or (
                not capitals
                and (not _continues_subject(line) or is_upper_line(line))
                and not _last_words(parts[-1], line, lines[i + 1 : i + 2])
            )
            or (
                capitals
                and (
                    _authority(folded, i)
                    or _issuer_under(parts[-1], fl)
                    or _enacts(folded, i, letterhead)
                )
                and not _OPEN_END.search(parts[-1])  # "... NĂM 2025 CỦA" / "CHỦ TỊCH UBND"
            )
            or fl.startswith("kinh gui")
            or (
                NUMBER_LINE.match(fl)
                and not line.startswith("số ")
                and not (capitals and _KIND_END.search(fold_keep(parts[-1])))
            )
            or PLACE_DATE.match(fl)
            or _DATED_OPENING.match(fl)
            or (line[0].isupper() and _GROUNDS_OPENING.match(fl))
            # (a subject in mixed case, then the body's grounds in a capital's sentence:
            # "Thực hiện chương trình công tác năm 2025 của ...")
            or (line[0].isupper() and not capitals and _BODY_GROUNDS.match(fl) is not None)
            # ("- Căn cứ Quyết định số ...": a ground under its dash, no blank line above it)
            or _DASHED_GROUND.match(fl) is not None
            or _MOTTO_LINE.search(fl)
            # ("Địa điểm: các phường ...": a field the title's matter is set out with, no title)
            or (bool(parts) and line[0].isupper() and not capitals and _LABEL_LINE.match(fl))
            # ("(cấp lần đầu: ngày ...)"): a note in lower case under a title in capitals
            or (is_upper_line(parts[-1]) and line.startswith("(") and not is_upper_line(line))
        ):
            break  # (a "số 104-CTr/TU ..." in lower case is the subject's document, wrapped)
        parts.append(line)
        i += 1
    if not parts:
        return None, start
    subject = squash(" ".join(parts))
    prefix = _SUBJECT_PREFIX.match(fold_keep(subject))
    if prefix:
        subject = subject[prefix.end() :]
    return subject.strip(" .") or None, i


_DASHED_GROUND = re.compile(r"^[-+•]\s*(?:can cu|xet de nghi|theo de nghi)\s")


def _authority(folded: list[str], i: int) -> bool:
    """Line ``i`` names who issues, or opens that line wrapped after a word or two ("TỔNG" /
    "CỤC TRƯỞNG TỔNG CỤC THUẾ")."""
    if _AUTHORITY.match(folded[i]):
        return True
    short = len(folded[i].split()) <= 2 and i + 1 < len(folded)
    return short and _AUTHORITY.match(squash(f"{folded[i]} {folded[i + 1]}")) is not None


def _enacts(folded: list[str], i: int, letterhead: set[str]) -> bool:
    """Line ``i`` is a body's name the letterhead printed, right over the grounds ("ỦY BAN
    THƯỜNG VỤ QUỐC HỘI" / "Căn cứ ..."): the body enacting (not a place, "TỈNH QUẢNG NINH",
    that a subject ending "... CỦA SỞ X" wraps onto its own line)."""
    if squash(folded[i]) not in letterhead or _PLACE_WORD.match(folded[i]):
        return False
    after = next((fl for fl in folded[i + 1 : i + 3] if fl), "")
    return _BODY_GROUNDS.match(after) is not None


_PLACE_WORD = re.compile(r"^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong|thi tran)\s")


def _issuer_under(above: str, fl: str) -> bool:
    """ "CHÍNH PHỦ" alone under a resolution's subject: the body resolving, not the subject's
    last words (which "... CỦA" / "CHÍNH PHỦ" would be)."""
    return squash(fl).strip(" *:") == "chinh phu" and not fold_keep(above).endswith(
        (" cua", " va", ",")
    )


# A title in capitals wrapped over a blank line goes on with a word no title opens with
# ("CỦA ĐỒNG CHÍ ..." / "" / "TẠI HỘI NGHỊ ...")
_TITLE_GOES_ON = re.compile(r"^(?:tai|cua|nam|giai doan|trong|den|tren|theo|nham|doi voi)\s")


def _title_goes_on(parts: list[str], lines: list[str], folded: list[str], gap: int) -> bool:
    nxt = next((j for j in range(gap, min(len(lines), gap + 3)) if lines[j]), gap)
    capitals = is_upper_line(parts[0]) and is_upper_line(lines[nxt])
    # ("Về việc thực hiện Đề án" / "" / "mất cân bằng ..."): a converted page's blank line
    # inside a subject in mixed case, the wrapped words going on in lower case
    wrapped = not is_upper_line(parts[-1]) and not parts[-1].endswith((".", ";", ":"))
    if wrapped and lines[nxt][:1].islower():
        return True
    # ("... CỦA HĐND TỈNH X" / "" / "(NAY LÀ THÀNH PHỐ Y)"): a bracket in capitals under a
    # title in capitals is its last words (a note in lower case under it is not)
    bracket = re.fullmatch(r"\(.+\)", lines[nxt].strip()) is not None
    goes_on = _TITLE_GOES_ON.match(folded[nxt]) or _OPEN_END.search(parts[-1])
    return capitals and (bracket or goes_on is not None)
