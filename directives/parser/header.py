"""The header: issuing bodies, number, place and date, type and subject, and where the body
starts; the "Kính gửi" block is read by ``recipients``, the place and date by
``header_date``, the subject's lines by ``header_subject``, the types and numbers' shapes are
in ``header_words``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from directives.parser.as_named import as_named
from directives.parser.clean import FURNITURE, fold_keep, is_upper_line, squash
from directives.parser.header_date import PLACE_DATE, find_place_date, passed_on
from directives.parser.header_number import (
    cited_number_line,
    header_number,
    lift_cut_code,
    subject_mark_apart,
)
from directives.parser.header_subject import subject_lines
from directives.parser.header_words import (
    DOCUMENT_TYPES,
    HEADER_SCAN,
    NUMBER_LINE,
    NUMBER_PATTERN,
    ORGAN_WORDS,
    PARTY_NUMBER_PATTERN,
    TYPE_CODES,
    organ_alone,
    type_from_number,
)
from directives.parser.joint_heads import joint_issuers
from directives.parser.names import org_display
from directives.parser.recipients import find_recipients
from directives.parser.syllables import is_syllable
from directives.records import ParsedDirective

# (or its number with a capital letter after the digits: "Số: 2176A/QCPH-TCT-TCTK")
_LETTERED = r"(?<![\d.])\d{1,6}[A-Z]\s*/\s*[A-ZĐ][A-Za-zĐđ0-9.&\-]{1,30}[A-Za-zĐđ0-9]"
_NUMBER = re.compile(f"{NUMBER_PATTERN}|{PARTY_NUMBER_PATTERN}|{_LETTERED}")
# "Số: 8264 UBND-KGVX": a number the page printed without its slash, kept as written (its
# code must be a capitalised code joined by a hyphen, so no "Số: 12 ngày ..." is taken; or,
# the older way, the code glued on and its parts slashed: "Số: 255TCT/QĐ/KH")
_SLASHLESS_NUMBER = re.compile(
    r"\d{1,6}(?:\s+[A-ZĐ]{2,10}(?:-[A-ZĐ][\w.]{0,12})+|\s*[A-ZĐ]{2,10}(?:/[A-ZĐ][\w.]{0,12})+)(?=\s*$)"
)
_BARE_NUMBER = re.compile(rf"^\s*(?:{NUMBER_PATTERN}|(?i:{PARTY_NUMBER_PATTERN}))\s*$")
# "CÔNG ĐIỆN KHẨN", "CÔNG ĐIỆN HỎA TỐC": the type with its urgency
_URGENCY = re.compile(r"\s+(?:thuong khan|hoa toc|khan(?: cap)?)$")
# the state's motto (its name broken over two lines too: "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT
# NAM"), or a party document's "ĐẢNG CỘNG SẢN VIỆT NAM" standing in its place
_MOTTO = re.compile(
    r"cong hoa xa hoi|^chu nghia viet nam$|doc lap|tu do|hanh phuc|^dang cong san viet nam$"
    r"|^[-_=.* ]+$"
)
_TYPE_OPENING = re.compile(
    r"^\s*(" + "|".join(k.replace(" ", r"\s+") for k in DOCUMENT_TYPES) + r")\s+(?=\w)"
)
_AREA_IN_BODY = re.compile(r"(?:uy ban nhan dan|ubnd)\s+(tinh|thanh pho|huyen|quan|thi xa)\b")
_SUBJECT_MARK = re.compile(r"(?:^|\s)(v\s*/\s*v)\b")
# "Về việc ..." written for "V/v" by a letter with no kind line: a subject when it opens a
# header line or follows the number on a line the page flattened ("Số: 4659/TCT-CS Về việc
# chính sách thuế"), before "Kính gửi"
_SPELLED_MARK = re.compile(r"(?:^|\s)(ve viec)\s")


# A secrecy or urgency mark alone on its line in the header ("MẬT", "KHẨN")
_MARKS = ("mat", "khan")
# The part of the gazette a document is printed in ("VĂN BẢN QUY PHẠM PHÁP LUẬT"): no body
_GAZETTE_PART = re.compile(
    r"^(?:phan )?van ban (?:quy pham phap luat|hop nhat|khac|hanh chinh)\s*$"
)


@dataclass
class Header:
    """The header's fields, filled into the record, and where the body starts."""

    record: ParsedDirective = field(default_factory=ParsedDirective)
    body_start: int = 0
    number_line: int | None = None
    warnings: list[str] = field(default_factory=list)
    joint: bool = False  # two bodies issue it jointly (``joint_heads``)


def _find_number(lines: list[str], folded: list[str], header: Header) -> None:
    for i, fl in enumerate(folded[:HEADER_SCAN]):
        m = NUMBER_LINE.match(fl)
        if m and cited_number_line(lines, folded, i):
            continue  # (a cited document's number the line above goes on with)
        if not m:
            bare = re.fullmatch(r"s[o0ô6]\s*[:.;]?\s*", fl)  # "Số:" alone, its number below
            nxt = next((j for j in range(i + 1, min(len(lines), i + 4)) if lines[j]), None)
            if bare is None or nxt is None:
                continue
            num = _NUMBER.match(lines[nxt])
            if num:
                header.record.number = header_number(lines, nxt, num)
                header.number_line = nxt
                return
            continue
        lift_cut_code(lines, folded, i)  # ("Số: 04/2020/QĐ-" / "UBND Quảng Ninh, ngày ...")
        subject_mark_apart(lines, folded, i)  # ("Số: 25/VPCP-V.IV/v ...": "V.I", then "V/v")
        num = _NUMBER.match(lines[i], m.end())
        if num:
            header.record.number = header_number(lines, i, num)
            header.number_line = i
            return
        slashless = _SLASHLESS_NUMBER.match(lines[i], m.end())
        if slashless:
            header.record.number = re.sub(r"\s+", " ", slashless.group(0))
            header.number_line = i
            return


def _find_type_and_subject(
    lines: list[str], folded: list[str], header: Header
) -> tuple[int | None, int]:
    """Sets document_type and subject; returns where the type line is and where the subject ends."""
    type_at = next(
        (
            i
            for i, fl in enumerate(folded[:HEADER_SCAN])
            if squash(fl).rstrip(" :") in DOCUMENT_TYPES and is_upper_line(lines[i])
        ),
        None,
    )
    addressed = next(
        (i for i, fl in enumerate(folded[:HEADER_SCAN]) if fl.startswith("kinh gui")), None
    )
    for i, fl in enumerate(folded[:HEADER_SCAN]):
        found = _SUBJECT_MARK.search(fl)
        if found is None and type_at is None and addressed is not None:
            spelled = _SPELLED_MARK.search(fl)
            # (before "Kính gửi", or under the distribution list, where a flattened page put
            # the left column)
            if (
                spelled is not None
                and (i < addressed or _listed_above(folded, addressed, i))
                and (spelled.start(1) == 0 or NUMBER_LINE.match(fl))
            ):
                found = spelled
        # (not "... Công văn số N của Sở X V/v thẩm định ..." in the sentences under a report's
        # title: a "V/v" inside a line of the body cites another letter's subject)
        opens = found is not None and (
            found.start(1) == 0 or not any(folded[j].strip() for j in range((type_at or i) + 1, i))
        )
        if found and type_at is not None and type_at < i and opens:
            # "CÔNG ĐIỆN" then "V/V ...": the type is the line's, the subject the V/V's
            header.record.document_type = DOCUMENT_TYPES[squash(folded[type_at]).rstrip(" :")]
            header.record.subject, end = subject_lines(lines, folded, i, found.start(1))
            return type_at, end
        if found and (found.start(1) == 0 or NUMBER_LINE.match(fl)):
            # "V/v ..." opens its line, or follows the number on a flattened one
            header.record.document_type = DOCUMENT_TYPES["cong van"]
            header.record.subject, end = subject_lines(lines, folded, i, found.start(1))
            return i, end
    for i, fl in enumerate(folded[:HEADER_SCAN]):
        key = _type_key(fl)
        if key in DOCUMENT_TYPES and is_upper_line(lines[i]):
            if fl.rstrip().endswith(":") and _opening_above(lines, folded, header, i):
                break  # "QUYẾT ĐỊNH:" enacting under a title on the kind's own line
            header.record.document_type = DOCUMENT_TYPES[key]
            header.record.subject, end = subject_lines(lines, folded, i + 1)
            return i, end
    for i in range((header.number_line or -1) + 1, min(len(lines), HEADER_SCAN)):
        # "THÔNG BÁO KẾT LUẬN CỦA ...": the type opens the title line, the subject runs on
        opening = _TYPE_OPENING.match(folded[i])
        if opening is not None and is_upper_line(lines[i]):
            header.record.document_type = DOCUMENT_TYPES[squash(opening.group(1))]
            header.record.subject, end = subject_lines(lines, folded, i, opening.end())
            return i, end
    if header.number_line is not None:
        # "Về hướng dẫn ..." under the number: a letter's subject without "V/v"
        for i in range(header.number_line + 1, min(len(lines), header.number_line + 4)):
            # ("Về: tham gia ý kiến ...": the word set off by a colon)
            if folded[i].startswith(("ve viec ", "ve ", "ve:")) and not PLACE_DATE.match(folded[i]):
                header.record.document_type = DOCUMENT_TYPES["cong van"]
                subject, end = subject_lines(lines, folded, i)
                if subject and fold_keep(subject).startswith("ve "):
                    subject = subject[3:].strip() or None
                header.record.subject = subject
                return i, end
    header.record.document_type = type_from_number(header.record.number)
    inferred = header.record.document_type
    if inferred is not None:
        header.warnings.append(
            f"Không thấy tên loại văn bản; đã suy ra “{inferred}” từ số, ký hiệu."
        )
    return None, 0


def _opening_above(lines: list[str], folded: list[str], header: Header, at: int) -> bool:
    """A title in capitals on the kind's own line ("QUYẾT ĐỊNH CHẤP THUẬN ...") between the
    number and line ``at``."""
    return any(
        _TYPE_OPENING.match(folded[j]) is not None and is_upper_line(lines[j])
        for j in range((header.number_line or -1) + 1, at)
    )


def _type_key(folded_line: str) -> str:
    """A type line's key in DOCUMENT_TYPES, its urgency dropped ("cong dien khan")."""
    key = squash(folded_line).rstrip(" :")
    return _URGENCY.sub("", key) if key.startswith("cong dien ") else key


def _find_issuers(lines: list[str], folded: list[str], header: Header, stop: int) -> None:
    names: list[str] = []
    for i in range(min(stop, HEADER_SCAN)):
        line, fl = lines[i], folded[i]
        if not line or _MOTTO.search(fl) or NUMBER_LINE.match(fl):
            continue
        if not (is_upper_line(line) or organ_alone(line, fl)):
            continue
        if FURNITURE.match(fl) or _BARE_NUMBER.match(fl) or _GAZETTE_PART.match(fl):
            continue  # the page's "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI", a number alone: no body
        if _type_key(fl) in DOCUMENT_TYPES:
            break
        if names and _wraps(fold_keep(names[-1]), fl, line):
            names[-1] = names[-1] + " " + line
            continue
        if names and squash(fl) == fold_keep(squash(names[-1])):
            continue  # the gazette's heading over the letter names its body again
        names.append(line)
    # ("CHỦ TỊCH ỦY BAN NHÂN DÂN" / "TỈNH X" as the letterhead itself: the chairman's body)
    names = [n[chair.end() :] if (chair := _CHAIR.match(fold_keep(n))) else n for n in names]
    joint = joint_issuers(names)
    if joint is not None:
        (header.record.parent_issuer, header.record.issuer), header.joint = joint, True
        return
    # ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" over "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU": the
    # gazette's heading names the same body, the first words of its name, no parent)
    while len(names) >= 2 and fold_keep(squash(names[-1])).startswith(
        fold_keep(squash(names[-2])) + " "
    ):
        del names[-2]
    if len(names) == 1:
        names = _bodies_apart(names[0])
    if len(names) >= 2:
        header.record.parent_issuer = org_display(names[-2])
    if names:
        header.record.issuer = as_named(org_display(names[-1]), lines)


# A chairman's title before the body he chairs: the body issues ("CHỦ TỊCH UBND TỈNH X")
_CHAIR = re.compile(r"^\W*chu\s+tich\s+(?=\W*(?:uy\s+ban|ubnd|hoi\s+dong)\b)", re.IGNORECASE)


# "UBND THÀNH PHỐ HÀ NỘI TRUNG TÂM PHỤC VỤ ...": a people's committee of a place (one to four
# words), then the body under it that issues, the letterhead's two lines run onto one
_TWO_BODIES = re.compile(
    r"^(?P<parent>(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho|huyen|quan|thi xa)(?: \S+){1,4}?)"
    r" (?=(?:so|trung tam|ban|van phong|chi cuc|thanh tra) \S)"
)


def _bodies_apart(name: str) -> list[str]:
    """The two bodies of a letterhead's column run onto one line, else the one name."""
    line = squash(name)
    folded = fold_keep(line)
    m = _TWO_BODIES.match(folded) if len(folded) == len(line) else None
    return [line[: m.end("parent")], line[m.end() :]] if m else [name]


_BODY_OPENS = re.compile(
    r"(?:bo|so|cuc|vu|tong|uy|ubnd|hoi|hdnd|van phong|ban|trung tam|truong|vien|chi|"
    r"cong|phong|doan|dang|tinh|thanh|huyen|quan|xa|phuong|thi|tap doan|ngan hang|kho bac|"
    r"bao hiem|benh vien|dai|hoc vien|toa an|lien|mat tran|nha|khu|bch|bql|"
    r"kiem toan|hai quan|thue|to|nhom|doi|tram|ky|ubmttq|mttq|tw|trung uong|"
    r"thu tuong|chinh phu|chu tich|quoc hoi)\b"
)
# (and a school's kind: "TRƯỜNG ĐẠI HỌC" / "CÔNG NGHỆ THÔNG TIN" is one school's name)
_SCHOOL_KINDS = ("truong", "truong dai hoc", "truong cao dang", "truong trung cap", "dai hoc")
# ("LIÊN ĐOÀN LAO ĐỘNG" / "THÀNH PHỐ HỒ CHÍ MINH": a federation of labour, its area below)
_BARE_KINDS = frozenset(
    ("cong doan", "tong cuc", "tong cong ty", "tap doan", "cong ty", *_SCHOOL_KINDS, "hoc vien")
) | {"lien doan lao dong"}


def _wraps(above: str, fl: str, line: str) -> bool:
    """A body's name wrapped onto the next line: "ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK", or a
    party committee's "BAN CHẤP HÀNH" / "TRUNG ƯƠNG" (a committee always names its level), or
    a name cut before or after its "và" ("BỘ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH"): no body's name
    starts with "và" or ends with it or a comma."""
    if fl.startswith("va ") or above.endswith((" va", ",")):
        return True
    # "BỘ" / "TÀI CHÍNH", "BỘ TÀI" / "CHÍNH": an organ's word with at most one more, the rest
    # of its name on the next line (no ministry's or department's name is so short)
    short = above.split()
    cut = len(short) == 1 or (len(short) == 2 and " " not in fl.strip())
    if cut and short[0] in ORGAN_WORDS:
        return True
    # "UBND THÀNH PHỐ HÀ" / "NỘI": a name broken before its last word, the word alone on the
    # next line (no body's name is one syllable; an organ's word alone starts the next name,
    # a secrecy or urgency mark is none)
    word = fl.strip(" *")
    if is_syllable(line.strip(" *")) and word not in ORGAN_WORDS and word not in _MARKS:
        return True
    # "CÔNG ĐOÀN" / "BƯU CHÍNH VIỄN THÔNG" / "VIỆT NAM", "TRƯỜNG ĐẠI HỌC" / "Y DƯỢC": a kind of
    # body alone is no name, and the country's name alone ends the name above it
    if above in _BARE_KINDS or squash(fl).strip(" *") == "viet nam":
        return True
    # "TRUNG TÂM QUY HOẠCH & ĐIỀU TRA" / "TÀI NGUYÊN NƯỚC QUỐC GIA": a line no body's name or
    # area opens goes on with the name above it
    if not _BODY_OPENS.match(squash(fl).strip(" *")) and len(above.split()) >= 2:
        return True
    if above.endswith("nhan dan"):
        return bool(re.match(r"(tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\b", fl))
    if above.startswith("so ") and re.match(r"(?:tinh|thanh pho) ", squash(fl)):
        return True  # "SỞ GIÁO DỤC VÀ ĐÀO TẠO" / "THÀNH PHỐ HỒ CHÍ MINH": its province
    return above.endswith("ban chap hanh") or squash(fl) == "trung uong"


def _infer_issuer(folded_body: str, header: Header) -> None:
    if header.record.number is None or header.record.place is None:
        return
    codes = re.split(r"[/\-]", header.record.number)
    code = next((c for c in codes[1:] if c and not c.isdigit() and c not in TYPE_CODES), None)
    if code not in ("UBND", "HĐND"):
        return
    area = _AREA_IN_BODY.search(folded_body)
    level = {"tinh": "tỉnh", "thanh pho": "thành phố", "huyen": "huyện", "quan": "quận"}.get(
        area.group(1) if area else "tinh", "thị xã"
    )
    body = "Ủy ban nhân dân" if code == "UBND" else "Hội đồng nhân dân"
    header.record.issuer = f"{body} {level} {header.record.place}"
    header.warnings.append(
        f"Đầu văn bản không ghi cơ quan ban hành; đã suy ra “{header.record.issuer}” "
        "từ ký hiệu văn bản và địa danh."
    )


# The distribution's label or its filing entry ("Nơi nhận:", "- Lưu: VT, ...")
_LIST_CLOSE = re.compile(r"^(?:noi\s+nhan\b|[-+*]\s*luu\b)")


def _listed_above(folded: list[str], body_from: int, subject_at: int) -> bool:
    """The subject's "V/v" lines printed after the body's distribution list, a two-column page
    flattened so its left column's subject lands under the right column's text."""
    return any(_LIST_CLOSE.match(folded[k]) for k in range(body_from, subject_at))


NO_ISSUER = "Không xác định được cơ quan ban hành văn bản."
NO_DATE = "Không tìm thấy ngày ban hành văn bản."


def read_header(lines: list[str], folded: list[str]) -> Header:
    header = Header()
    _find_number(lines, folded, header)
    date_line = find_place_date(lines, folded, header.record)
    if header.record.issued_on is None:
        passed_on(folded, header.record)
    type_line, subject_end = _find_type_and_subject(lines, folded, header)
    markers = [i for i in (header.number_line, date_line, type_line) if i is not None]
    _find_issuers(lines, folded, header, min(markers) if markers else 0)
    if header.record.issuer is None:
        _infer_issuer("\n".join(folded[:400]), header)
    recipients_end = find_recipients(lines, folded, header.record.recipients, 0)
    if type_line is not None and _listed_above(folded, recipients_end, type_line):
        subject_end = 0  # (a flattened page's subject under the list: the body is above it)
    after = max(subject_end, (header.number_line or -1) + 1, (date_line or -1) + 1)
    header.body_start = max(after, recipients_end)
    if header.record.number is None:
        header.warnings.append("Không tìm thấy số, ký hiệu văn bản.")
    if header.record.issued_on is None:
        header.warnings.append(NO_DATE)
    if header.record.issuer is None:
        header.warnings.append(NO_ISSUER)
    return header
