"""The kind of a cited document: the words written right before its number ("Công văn khẩn
số ...", "Báo cáo tiếp thu, giải trình số ..."), or the type code its number carries
("37/2019/NĐ-CP"), as ``references`` names it in the output."""

from __future__ import annotations

import re

from directives.parser import cited_forms
from directives.parser.cited_forms import standard_type
from directives.parser.clean import squash
from directives.parser.header_words import TYPE_CODES

# Folded type word -> the type as the output names it.
REFERENCE_TYPES: dict[str, str] = {
    "bao cao": "báo cáo",
    "thong bao": "thông báo",
    # ("Thông báo kết luận số 81-TB/TW": a notice of conclusions, a notice)
    "thong bao ket luan": "thông báo",
    "quyet dinh": "quyết định",
    "cong van": "công văn",
    "ke hoach": "kế hoạch",
    "ke hoach hanh dong": "kế hoạch hành động",
    # ("Kế hoạch kiểm tra số N", "Kế hoạch thanh tra số N": typed as written, README)
    "ke hoach kiem tra": "kế hoạch kiểm tra",
    "ke hoach thanh tra": "kế hoạch thanh tra",
    "chi thi": "chỉ thị",
    # ("Thông tri số 02-TT/TU": a Party committee's notice of direction, not a circular)
    "thong tri": "thông tri",
    "nghi quyet": "nghị quyết",
    "nghi dinh": "nghị định",
    "thong tu": "thông tư",
    # ("Thông tư liên tịch số 12/2010/TTLT-BKHĐT-BTC": the ministries' joint circular)
    "thong tu lien tich": "thông tư liên tịch",
    # ("Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-...": bodies' joint resolution)
    "nghi quyet lien tich": "nghị quyết liên tịch",
    "luat": "luật",
    "phap lenh": "pháp lệnh",
    "huong dan": "hướng dẫn",
    "to trinh": "tờ trình",
    "chuong trinh": "chương trình",
    "chuong trinh hanh dong": "chương trình hành động",
    "cong dien": "công điện",
    "quy dinh": "quy định",
    "quy che": "quy chế",
    # (bodies' joint rules, "Quy chế phối hợp số 49/QCPH-...", typed as written; and a
    # consolidated text, "Văn bản hợp nhất số 48/VBHN-...", a consolidation, no letter)
    "quy che phoi hop": "quy chế phối hợp",
    "van ban hop nhat": "văn bản hợp nhất",
    "quy trinh": "quy trình",
    "ket luan": "kết luận",
    "phuong an": "phương án",
    "giay moi": "giấy mời",
    "bien ban": "biên bản",
    "quy chuan": "quy chuẩn",
    # ("Phiếu lấy ý kiến Thành viên Chính phủ số 1025/PLYK/2025": the members' ballot)
    "phieu lay y kien": "phiếu lấy ý kiến",
    "phieu lay y kien thanh vien chinh phu": "phiếu lấy ý kiến thành viên chính phủ",
}
# the kinds several bodies issue together, all of them named as the issuer
JOINT_KINDS = frozenset({"thông tư liên tịch", "nghị quyết liên tịch"})
_CODE_TYPES = {
    "ND": "nghi dinh",
    "NĐ": "nghi dinh",
    "TT": "thong tu",
    "TTLT": "thong tu lien tich",
    "NQLT": "nghi quyet lien tich",
    "QH": "luat",
    "PL": "phap lenh",  # ("30/2000/PL-UBTVQH10": an ordinance of the Assembly's committee)
    "KL": "ket luan",
    "PA": "phuong an",
    "VBHN": "van ban hop nhat",
} | TYPE_CODES
# "Chỉ thị cấp bách số ...", "Công điện khẩn số ...": the kind, then how urgent it is
URGENT = r"(?:\s+(?:cap bach|khan cap|khan|hoa toc|thuong khan))?"
# ("Chương trình hành độ số ...": a plan's or a programme's "hành động" cut short by a misprint,
# its kind copied as printed)
_CUT_ACTION = r"(?:ke hoach|chuong trinh) hanh do(?!ng)"
TYPE_BEFORE = re.compile(
    r"("
    + "|".join([*sorted(REFERENCE_TYPES, key=len, reverse=True), _CUT_ACTION])
    + r")"
    + URGENT
    + r"\s+(?:so\s*:?\s*)?$"
)
# "Báo cáo tiếp thu, giải trình số 507/UBND-KT", "Tờ trình đề nghị ban hành số ...", "Kết luận
# thanh tra thuế số ...": the kind, the few words of what it is, then the number (read only when
# no kind stands right before it)
_QUALIFIED_TYPE_BEFORE = re.compile(
    r"\b(bao cao|to trinh|ket luan)((?:,? [a-z]+){1,5}) so\s*:?\s*$"
)


# "các Tờ trình: số A ..., số B ...", "các Nghị quyết của Quốc hội: số A ...; số B ...": the kind's
# plural, then a colon and the documents of that kind
_LISTED_KIND = re.compile(
    r"\bcac\s+(?P<kind>" + "|".join(sorted(REFERENCE_TYPES, key=len, reverse=True)) + r")"
    r"(?:\s+cua\s+[^.;:()]{3,90}?)?\s*:"
)
_OWN_LETTER = re.compile(r"\bvan ban\s+(?:so\s*:?\s*)?$")
# (a sentence's end, another colon, or a ";" not followed by the list's next "số ...")
_LIST_CLOSED = re.compile(r"\.\s|\n\s*\n|:|;(?!\s*so\b)")


def listed_kind(folded: str, start: int) -> str | None:
    """The kind a list the number at ``start`` stands in opens with, when the list is still
    open (no sentence end, other colon nor clause after a ";" since)."""
    if _OWN_LETTER.search(folded, max(0, start - 20), start):
        return None  # ("... và Văn bản số C": a document of its own kind after the list)
    found = list(_LISTED_KIND.finditer(folded, max(0, start - 500), start))
    if not found or _LIST_CLOSED.search(folded, found[-1].end(), start):
        return None
    return REFERENCE_TYPES[found[-1]["kind"]]


def qualified_type(folded: str, start: int) -> str | None:
    """A report's or a submission's kind written a few words before "số N" (those words
    naming no other kind), for a number whose code names none."""
    found = _QUALIFIED_TYPE_BEFORE.search(folded, max(0, start - 60), start)
    if found is None or TYPE_BEFORE.search(found.group(2) + " so "):
        return None
    return REFERENCE_TYPES[found.group(1)]


def written_type(text: str, before: re.Match[str]) -> str:
    """The kind written right before a number, as the output names it (a misprint as
    printed, a kind without its diacritics as written: ``cited_forms.kind_as_written``)."""
    written = text[before.start(1) : before.end(1)]
    known = REFERENCE_TYPES.get(before.group(1))
    return cited_forms.kind_as_written(known, written) or squash(written).lower()


def type_from_code(number: str) -> str | None:
    if standard := standard_type(number):
        return standard
    parts = re.split(r"[/\-]", number)[1:]
    for part in parts:
        code = re.sub(r"\d+$", "", part)
        if code in _CODE_TYPES:
            return REFERENCE_TYPES.get(_CODE_TYPES[code])
    if parts and not any(p.isdigit() for p in parts):
        return "công văn"  # "10894/VPCP-CN": a letter's number carries no type code
    return None
