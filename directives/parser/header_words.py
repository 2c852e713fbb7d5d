"""The words and shapes of a letter's header, which other readers of a letter's number
and type share (``title``, ``page``, ``references``): the types of document as written in
capitals, the type codes inside a number ("08/CT-UBND"), the shapes of a state and a party
document's number and of the line that holds it, and how far down the header reaches.
"""

from __future__ import annotations

import re

HEADER_SCAN = 60  # header fields sit in the first lines of a letter
# An organ's first word, which a narrow header cell may leave alone on its line ("BỘ" /
# "TÀI CHÍNH"): too short a line to be read as one in capitals
ORGAN_WORDS = ("bo", "so", "cuc", "vu")


def organ_alone(line: str, folded_line: str) -> bool:
    return line.isupper() and folded_line.strip() in ORGAN_WORDS


# Folded type name -> the type as written in capitals.
DOCUMENT_TYPES: dict[str, str] = {
    "cong van": "CÔNG VĂN",
    "chi thi": "CHỈ THỊ",
    "thong bao": "THÔNG BÁO",
    "quyet dinh": "QUYẾT ĐỊNH",
    "ke hoach": "KẾ HOẠCH",
    "bao cao": "BÁO CÁO",
    "cong dien": "CÔNG ĐIỆN",
    "to trinh": "TỜ TRÌNH",
    "nghi quyet": "NGHỊ QUYẾT",
    "huong dan": "HƯỚNG DẪN",
    "chuong trinh": "CHƯƠNG TRÌNH",
    "quy dinh": "QUY ĐỊNH",
    "quy che phoi hop": "QUY CHẾ PHỐI HỢP",  # (two bodies' joint rules: "01/QCPH-BHXH-CT")
    "quy che": "QUY CHẾ",
    "bien ban": "BIÊN BẢN",
    "giay moi": "GIẤY MỜI",
    # (the other kinds of Nghị định 30/2020/NĐ-CP's list, and the summons bodies send)
    "giay trieu tap": "GIẤY TRIỆU TẬP",
    "giay gioi thieu": "GIẤY GIỚI THIỆU",
    "giay uy quyen": "GIẤY ỦY QUYỀN",
    # (a licence a ministry or a people's committee grants: "GIẤY PHÉP KHAI THÁC, SỬ DỤNG
    # NƯỚC MẶT", "25/GP-BTNMT"; its articles tell the licensee what to do)
    "giay phep": "GIẤY PHÉP",
    "phuong an": "PHƯƠNG ÁN",
    "de an": "ĐỀ ÁN",
    "thong cao": "THÔNG CÁO",
    "ket luan": "KẾT LUẬN",  # a party's "KẾT LUẬN CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ ..."
}
# The type code inside a number ("08/CT-UBND") -> folded type name.
TYPE_CODES: dict[str, str] = {
    "CT": "chi thi",
    "TB": "thong bao",
    "QĐ": "quyet dinh",
    "KH": "ke hoach",
    "BC": "bao cao",
    "CĐ": "cong dien",
    "TTr": "to trinh",
    "NQ": "nghi quyet",
    "HD": "huong dan",
    "CTr": "chuong trinh",
    "GM": "giay moi",
    "GTT": "giay trieu tap",
    "GGT": "giay gioi thieu",
    "GUQ": "giay uy quyen",
    "GP": "giay phep",
    "PA": "phuong an",
    "ĐA": "de an",
    "BB": "bien ban",
    "CV": "cong van",
    "KL": "ket luan",
    "QCPH": "quy che phoi hop",
}

# ("66.7/2025/NQ-CP": a resolution numbered under another; "103/BKH-KTĐP &LT",
# "2865/GDĐT –KT&KĐCL": a code's last part set off by a space before its "&" or dash, or by
# spaces on both sides of a dash before a capitals' code: "2463 /QĐ - UBND")
# (a serial with a letter, "36a/NQ-CP"; a resolution's serial joined to its year, "19-2016/NQ-CP")
NUMBER_PATTERN = (
    r"(?<![\d.])(?:\d{1,4}-(?=(?:19|20)\d\d\s*/))?\d{1,6}(?:[a-z](?=\s*/))?(?:\.\d{1,3})?"
    r"(?:\.(?=[ \t]*/))?"  # (a stop typed after the serial: "Số: 3070. /KH-UBND")
    r"\s*/\s*(?:\d{4}\s*/\s*)?"
    r"[^\W\d_][\w.&\-]{0,30}(?:&\s|\s[&\-–](?=\w)|[ \t][\-–][ \t](?=[A-ZĐ]{2}))?"
    r"[\w.&\-]{0,12}\w"
    # (a drafting unit's code glued on in brackets: "368/TT-XD(KTXD)")
    r"(?:\([A-ZĐ]{2,8}\)(?![\w(]))?"
    # (a code of several parts apart by slashes: "88/2016/TTLT/BTC-BTNMT", "255/TCT/QĐ/KH")
    r"(?:/[A-ZĐ][A-ZĐa-z\d]{0,9}(?:-\s?[A-ZĐ][A-ZĐa-z\d]{0,13}){0,3}(?![\w-]))*"
    # (the year closing a number, after its code: a ballot's "1025/PLYK/2025", a contract's
    # "244/HĐNT/A2/2026")
    r"(?:/(?:19|20)\d\d(?![\w/-]))?"
)
# a party document's number: "432-TB/VPTW", "31-CT/TU", "66-NQ/TW", "9151-CV/BTCTW"
# (or "10-CTr/TU": a programme of action); the issuer's code with its "Ư" ("57-NQ/TƯ", the
# Central Committee) or a lower-case letter a misprint put in ("104-CTr/Tu"); a joint one its
# issuers' codes joined by dashes ("06-HD/BTCTW-BTGTW")
PARTY_NUMBER_PATTERN = (
    r"(?<!\d)\d{1,6}\s*-\s*[A-ZĐ][A-Za-zĐ]{0,4}\s*/\s*[A-ZĐ](?:[A-ZĐƯ]{1,7}|[a-zư])\b"
    r"(?:-[A-ZĐ][A-ZĐƯ]{1,7}\b)*"
)
# The number line up to its number, "Số: 08/CT-UBND" (``header`` and ``header_subject``)
# ("Nghị quyết số: 24/2022/UBTVQH15": the number line may name the kind, its "số" then with a
# colon no citing sentence writes; a page that lost the "ố" leaves "S :3661/VPCP-KTN")
NUMBER_LINE = re.compile(
    rf"^(?:(?:{'|'.join(DOCUMENT_TYPES)})\s+(?=s\w*\s*:))?s(?:[o0ô6]\s*[:.;]?|\s*:)\s*(?=\d)"
)


def type_from_number(number: str | None) -> str | None:
    """The type a number's code names ("08/CT-UBND" -> "CHỈ THỊ"); "CÔNG VĂN" for a code
    that names no type."""
    if number is None:
        return None
    codes = [p for p in re.split(r"[/\-]", number) if p and not p.isdigit()]
    if not codes:
        return None
    folded_type = TYPE_CODES.get(codes[0])
    if folded_type is not None:
        return DOCUMENT_TYPES[folded_type]
    return DOCUMENT_TYPES["cong van"]


# A subject's first line in the header: "V/v ..." or, spelled out, "Về việc ..." (folded)
SUBJECT_LINE = re.compile(r"^(?:v\s*/\s*v\b|ve viec\b)")
