"""Documents the text cites: "Báo cáo số 18/BC-ĐKT ngày 18/01/2017 của Đoàn kiểm tra"; the
issuer named after the number is read by ``cited_issuer``, the kind by ``cited_kinds``."""

from __future__ import annotations

import re
from datetime import date
from functools import partial

from directives.parser import cited_forms
from directives.parser.acted_by import acted_by
from directives.parser.cited_forms import DOCUMENT_NAME, STANDARD
from directives.parser.cited_issuer import (
    CENTRAL,
    JOINT,
    issuer_after,
    passed_after,
)
from directives.parser.cited_kinds import (
    JOINT_KINDS,
    REFERENCE_TYPES,
    TYPE_BEFORE,
    URGENT,
    listed_kind,
    qualified_type,
    type_from_code,
    written_type,
)
from directives.parser.cited_numbers import (
    COMPANY_NUMBER,
    LETTERED,
    MISPRINTED,
    NAMED_BARE,
    OLD_NUMBER,
    SPACED_SERIAL,
)
from directives.parser.clean import fold_keep
from directives.parser.dated_before import dated_before
from directives.parser.dates import DATE_PATTERN, date_from_match
from directives.parser.header_words import NUMBER_PATTERN, PARTY_NUMBER_PATTERN
from directives.parser.issuer_before import bracketed_issuer, issuer_before, named_before
from directives.parser.issuing_subject import issued_in_list, past_purpose
from directives.parser.letters import CAPITAL
from directives.parser.number_breaks import whole_number
from directives.parser.permits import cited_permit
from directives.parser.reprints import whole_numbers
from directives.records import Reference

# (each branch starts with "Q" or a digit, or is a company's letter number right after "số ":
# the lookahead passes other places, 5x faster)
# "104/2022/N" / "Đ-CP ngày ...": a code a narrow cell's line cut after its first letter, the
# rest (a capital, its hyphen, the issuer's code) opening the next line
_CUT_CODE = r"(?<![\d/])\d{1,6}/\d{4}/[A-ZĐ]\s+[A-ZĐ]{1,2}-[A-ZĐ][A-ZĐa-z]*(?![\w/-])"
# (not a code glued after a capital: "ô đất ký hiệu K4/CQ2", a plot's code, no document's)
_NUMBER = re.compile(
    rf"(?=[Q\d]|(?<=số\s)[^\W_])(?<![A-ZĐ])(?:{_CUT_CODE}|{COMPANY_NUMBER}|{STANDARD}|{MISPRINTED}|"
    rf"{NUMBER_PATTERN}|{PARTY_NUMBER_PATTERN}|{OLD_NUMBER}|{LETTERED}|{SPACED_SERIAL}|{NAMED_BARE})"
)
_DATE_AFTER = re.compile(cited_forms.DATE_LEAD + DATE_PATTERN)
_BARE_DATE = re.compile(r"\s+(?=\d{1,2}/\d{1,2}/\d{4}\b)" + DATE_PATTERN)
# "ngày 27 năm 12 năm 2019", "ngày 15 tháng 9 tháng 2022": a date of three parts, one of its
# words misprinted, still the date written with the number
_MISPRINTED_DATE = re.compile(
    # (its words swapped or misspelt, "ngày 08 tháng 6 ngăm 2010"; a comma after "ngày"; the
    # day and month with a slash, then the year's word, "ngày 18/12 năm 2013")
    r"\s*,?\s*ngay\s*,?\s+(?:ngay\s+)?(?P<d>\d{1,2})"
    r"(?:\s+(?:thang|nam)\s+(?P<m>\d{1,2})\s+(?:nam|thang|ngam)|\s*/\s*(?P<m2>\d{1,2})\s+nam)\s+"
    r"(?P<y>\d{4})(?![\d/])"
)
# (the year printed twice: "ngày 31/12/2024 2024 của Chính phủ")
_YEAR_AGAIN = re.compile(r"\s+(?P<y>\d{4})(?![\d/])")


def _misprinted_date(folded: str, pos: int) -> tuple[date | None, int]:
    """The date of a three-part date at ``pos`` whose month or year word is misprinted, and
    where it ends; (None, ``pos``) if there is none."""
    m = _MISPRINTED_DATE.match(folded, pos)
    if m is None:
        return None, pos
    try:
        return date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"])), m.end()
    except ValueError:
        return None, pos


# "Các Quyết định của Thủ tướng Chính phủ phê duyệt, cụ thể: số A ...; số B ...": documents
# named together with their issuer, then listed by number
_COLLECTIVE = re.compile(
    r"\bcac (?:van ban|" + "|".join(REFERENCE_TYPES) + r")(?P<of>\s+cua\s+)[^.;:()]{3,120}:"
    r"\s*(?:so\s*)?:?\s*$"
)


def _collective(text: str, folded: str, opening: int) -> str | None:
    window_start = max(0, opening - 200)
    m = _COLLECTIVE.search(folded, window_start, opening)
    issuer = issuer_after(text, folded, m.start("of")) if m else None
    return issuer if issuer and issuer[:1].isupper() else None


def _named_earlier(text: str, folded: str, opening: int, type_word: str | None) -> str | None:
    """ "Tờ trình của Đảng uỷ Chính phủ về ... (Tờ trình số 03-TTr/ĐU, ngày ...)": a number
    in brackets after the sentence named the same document with its issuer."""
    if type_word is None or not folded[max(0, opening - 2) : opening].strip().endswith("("):
        return None
    window_start = max(0, opening - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window_start, opening)]
    window_start = ends[-1] if ends else window_start  # the mention is in the same sentence
    # (and paragraph: a line the text keeps, no wrap, ends one; "- Bộ Y" / "Tổng Công ty X có
    # kiến nghị ...", a source without blank lines)
    window_start = max(window_start, text.rfind("\n", window_start, opening) + 1)
    window = folded[window_start:opening]
    named = [m.start(1) for m in re.finditer(rf"\b{type_word}(\s*,?\s*cua\s+)", window)]
    if not named:  # ("Tổng Công ty X có kiến nghị ... (công văn số ...)": its own letter)
        return cited_forms.opening_body(text[window_start:opening], window)
    issuer = issuer_after(text, folded, window_start + named[0])
    return issuer if issuer and issuer[:1].isupper() else None


# "các Nghị định của Chính phủ ... (Số 37/2019/NĐ-CP ..., số 58/2023/NĐ-CP ...)", "theo các
# Quyết định của Thủ tướng Chính phủ: Quyết định số ...; ...", "Các văn bản của X: Quy định số
# ...; Văn bản số ...": the documents a group names after "(" or ":" are its, issued by X
_GROUP = re.compile(r"\bcac\s+(?P<kind>van ban|" + "|".join(REFERENCE_TYPES) + r")(?=\s+cua\s)")


def _group_issuer(text: str, folded: str, opening: int, kind: str | None) -> str | None:
    window_start = max(0, opening - 1000, folded.rfind("\n\n", 0, opening))
    groups = list(_GROUP.finditer(folded, window_start, opening))  # ("Các văn bản": any kind)
    if not groups or REFERENCE_TYPES.get(groups[-1].group("kind"), kind) != kind:
        return None
    group = groups[-1]
    between = folded[group.end() : opening]
    if not re.search(r"[(:]", between) or re.search(r"\.\s", between) or between.count(")"):
        return None  # the list the group opens has closed, or the sentence has ended
    issuer = issuer_after(text, folded, group.end())
    return issuer if issuer and issuer[:1].isupper() else None


# "Thông báo số 627/TB-VPCP ngày 18/11/2025, Thông báo số 493/TB-VPCP ...; các văn bản số:
# 10894/VPCP-CN ... của Văn phòng Chính phủ": documents listed together share the issuer
# named after the last of them.
_LISTED_WITH = re.compile(
    r"^\s*(?:,|;|va|hoac)?\s*(?:(?:cac\s+)?(?:van ban|"
    + "|".join(REFERENCE_TYPES)
    + r")\s*)?(?:so\s*)?:?\s*$"
)
# (or with words that say which of its kind: "số A ngày X; Báo cáo thẩm định bổ sung số B ngày Y
# của Ban Z", "... và văn bản giải trình số B ...", an approval's long edition: both Z's)
_LISTED_QUALIFIED = re.compile(
    r"^\s*(?:[,;]|va)\s*(?:van ban|" + "|".join(REFERENCE_TYPES) + r")"
    r"(?:\s+(?!cua\b|so\b)[a-z]+){1,16}"
    r"\s+so\s*:?\s*$"
)
# "Chính phủ đã ban hành Nghị quyết số ...", "Cục Thuế đã có công văn số ...": the subject
# that issued the document.
# ("Tổng cục Thuế (nay là Cục Thuế) đã ban hành ...": the body under its name of the time)
# (the act and the document, as every match of it ends: searched first, cheaply, as few windows
# end so)
_ISSUES = (
    r"(?:ban hanh(?: theo)?|co|ky|gui|ra|thong qua)\s+"
    r"(?:(?:cac\s+|(?:\d{1,2}|hai|ba|bon|nam)\s+)?(?:van ban|vb|"
    + "|".join(REFERENCE_TYPES)
    + r"))"
    + URGENT
    # ("Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương số ...": a law's name)
    + r"(?:(?<=luat)\s+(?:(?!\b(?:luat|nghi (?:dinh|quyet)|thong tu)\b)[^.,;:()\d]){2,80}?)?"
    + r"\s*:?\s*(?:so\s*)?:?\s*$"
)
_ISSUED_BY = re.compile(
    # (a gloss closes before the subject; older: "Ngày 23.1.2003 X đã có ...", "năm 1977 X")
    # (a table's cell opens it too: "| - Bộ Y tế đã có Công văn số ...")
    r"(?:^|[.,;:()\n\]|]\s*(?:-\s+)?|\bnam \d{4}\s+|\bngay \d{1,2}[./]\d{1,2}[./]\d{4}\s+)"
    r"(?P<issuer>" + CENTRAL + JOINT.pattern + r"|[^.,;:()\n\d]{3,80}?)"
    r"(?:\s*\([^()\d]{3,60}\))?"
    r"\s+(?:(?:da|chi|cung|tiep tuc)\s+){0,2}" + _ISSUES
)
_ISSUED_END = re.compile(_ISSUES)
_SENTENCE_END = re.compile(rf"[.;]\s+(?=[{CAPITAL}])|\n\s*\n")
# "..., đồng thời việc soạn thảo ... theo quy định của Luật X số N": a clause of its own, the
# document cited as the rule followed, not one more the sentence's subject issued
_NEW_CLAUSE = re.compile(r",\s*(?:dong thoi|do do|vi vay|tuy nhien|nhung)\b|\btheo quy dinh cua\b")
_LETTER_BEFORE = re.compile(r"\bvan ban\s+(?:so\s*)?:?\s*$")
# ("tờ khai QT 05/KK-TNCN": a form named with its short kind; "bảng kê 05-3/BK-TNCN", "mẫu
# chứng từ C1-02/NS": a form's sub-number after its own, not a resolution's serial "19-2017/NQ-CP")
# ("mẫu số C1-04/NS": a form's number after its series)
_FORM_BEFORE = re.compile(
    r"\b(?:to khai(?: [a-z]{2,3})?|mau|bieu mau|bieu|phu luc)"
    # ("mẫu Thông báo số 01/TB-TĐT": the form of a notice, by the kind of paper it is)
    r"(?:\s+(?:thong bao|bao cao|quyet dinh|bien ban|giay|phieu))?"
    r"(?:\s+so)?\s*:?\s*(?:[a-z]\d{1,2}-)?$"
    r"|(?<!\d)0\d-$|(?<!\w)[a-z]\d{1,2}-$"
)
# "02/QTr-HTNN" named bare in a forms list after "mẫu số 01/QTr-HTNN", "01/QTr-TB2" with the
# next row's number glued: a code the letter gives its forms
_FORM_CODE = re.compile(r"/(?P<code>[^/\s]*?[A-Za-z])\d{0,2}$")
# "1/Về việc ...", "2/ Xác định ...": an item's marker before its heading's first word, no code
_WORD_CODE = re.compile(r"\d{1,2}/[A-ZĐ][^\W\dA-ZĐ_]+")
# "- Lưu CS, VP. Số EOF: 604430/VBĐT": the letter's own number in the e-office system that
# files it, no document it cites
_FILED_AS = re.compile(r"\b(?:so|ma)\s+eof\s*:?\s*$")
# "Ngày 25/02/2025, Tổng cục Thuế đã ban hành Công văn số ...": the date opens the sentence
_AND_LISTED = re.compile(
    r"[^.;]*\bva\s+(?:" + "|".join(REFERENCE_TYPES) + r"|van ban)\s*(?:so\s*)?:?\s*$"
)
# "...; số B ngày ... về ...; số C": the next of a list, by its bare number, in one sentence
_BARE_NEXT = re.compile(r"^[^.]*[;,]\s*(?:va\s+)?so\s*:?\s*$")
# Cyrillic letters an OCR or a copy puts for their Latin twins ("BТС").
_LOOKALIKES = str.maketrans("АВСЕНКМОРТХаерсох", "ABCEHKMOPTXaepcox")


def _issued_by(text: str, folded: str, start: int) -> str | None:
    issuer = named_before(_ISSUED_BY, text, folded, start, 120, _ISSUED_END)
    issuer = past_purpose(issuer) if issuer else None
    issuer = issuer or named_before(cited_forms.APPROVED_BY, text, folded, start, 120)
    issuer = issuer or acted_by(text, folded, start) or issued_in_list(text, folded, start)
    return issuer if issuer and issuer[:1].isupper() else None


def _dated_after_issuer(folded: str, pos: int, issuer: str, year: int | None) -> date | None:
    """ "Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ ngày 31/3/2022": the date written
    right after the issuer that follows the number."""
    name = fold_keep(issuer)
    at = folded.find(name, pos, pos + 40 + len(name))
    dm = _DATE_AFTER.match(folded, at + len(name)) if at >= 0 else None
    # (written bare: "của Ủy ban nhân dân tỉnh X 10/06/2026 về việc ...")
    dm = dm or (_BARE_DATE.match(folded, at + len(name)) if at >= 0 else None)
    return date_from_match(dm, year) if dm else None


_OF_BODY = re.compile(r"^\s*,?\s*cua\s+[^,;.:()]{3,90}(?=,)")


def _run_named(cited: list[tuple[str, Reference, int, int]], i: int, folded: str) -> bool:
    """The run of documents listed with commas up to ``i`` opens with one that names its own
    issuer ("A của X, B, C; D của Y"): a "của Y" after the ";" is D's, not B's and C's."""
    k = i
    while k > 0 and cited[k][1].issuer is None:
        gap = _OF_BODY.sub("", folded[cited[k - 1][3] : cited[k][2]], count=1)
        if ";" in gap or not _LISTED_WITH.match(gap):
            return False
        k -= 1
    return k < i and cited[k][1].issuer is not None


def find_references(
    text: str, folded: str, own_number: str | None, default_year: int | None
) -> list[Reference]:
    """Every cited document in order of first mention, merged by number."""
    cited: list[tuple[str, Reference, int, int]] = []  # key, reference, start, end
    own = own_number.replace(" ", "") if own_number else None
    # (a number whose code is two words, "47-GTT/CĐ VNPT-BN", read up to its space in the header)
    own_cut = own_number.split()[0] if own_number and " " in own_number else None
    sentence_subject: str | None = None  # who issued the documents this sentence lists
    sentence_dated: date | None = None  # and when, written before them
    listed: str | None = None  # "của X tại Văn bản số A": X, for "... và Văn bản số B"
    last = dated_at = 0
    shouted: set[int] = set()
    # a form's number ("mẫu 01/KHBS") the letter names again bare ("... Điều chỉnh 01/KHBS"): a
    # form there too, unless a kind of document is written before it somewhere
    forms: set[str] = set()
    kinded: set[str] = set()
    form_codes: set[str] = set()  # their codes ("QTr-TB" of "01/QTr-TB"), for a forms list
    for m in _NUMBER.finditer(text):
        number, end = whole_number(text, m.group(0), m.end())
        number = number.replace(" ", "", 1) if m.group("split") else number
        # ("1788 TCT/QĐ/TTHT", "1183 BC/NG-LS": the space as written)
        number = m.group(0) if m.group("gap") else number
        if (
            cited_forms.is_own(number, own, folded, m.start(), text)
            or number == own_cut
            or cited_forms.coded_on(text, m)
        ):
            continue  # the letter itself ("QUYẾT ĐỊNH SỐ 28/2021/QĐ-TTG" in its form), a blank
            # form's number ("Quyết định số..../2022/QĐ-TTg")
        if not (m.group("own") or m.group("bare") or any(ch.isupper() for ch in number)):
            continue
        if _WORD_CODE.fullmatch(number) and not m.group("own"):
            continue
        if _FILED_AS.search(folded, max(0, m.start() - 12), m.start()):
            continue
        code = _FORM_CODE.search(number)
        if _FORM_BEFORE.search(folded, max(0, m.start() - 20), m.start()):
            forms.add(number.upper())
            form_codes.add(code["code"] if code else number)
            continue  # "tờ khai 05/KK-TNCN", "mẫu số 01/TB", "Phụ lục 01/QC": a form or annex
        # (far enough back for the longest kind: "phiếu lấy ý kiến thành viên chính phủ số")
        before = TYPE_BEFORE.search(folded, max(0, m.start() - 48), m.start())
        kinded.update([number.upper()] if before else [])
        if before is None and code is not None and code["code"] in form_codes:
            continue  # "01/QTr-TB2" in the forms list, the next row's number glued: a form
        if before is None and "/" not in number:
            continue  # an older number alone: "169-CP" is cited with its kind
        ref_type = written_type(text, before) if before else type_from_code(number)
        if before is None:
            # ("Kết luận thanh tra thuế số 143/CT-KLTTr2": the kind written, not the code's "CT")
            ref_type = (
                qualified_type(folded, m.start()) or listed_kind(folded, m.start()) or ref_type
            )
        ref_type = cited_forms.named_kind(number, folded, m.start()) or ref_type
        if ref_type is None and _LETTER_BEFORE.search(folded, max(0, m.start() - 20), m.start()):
            ref_type = "công văn"  # "tại văn bản số 558/2022/TTĐT": a code that names no kind
        permit = None if before else cited_permit(text, folded, m.start())
        ref_type = permit.kind if permit else ref_type
        issued_on, pos = _misprinted_date(folded, end)
        dm = None if issued_on else _DATE_AFTER.match(folded, pos)
        dm = None if dm and cited_forms.dates_amending(folded, m.start()) else dm
        if dm:
            issued_on = date_from_match(dm, default_year)
            pos = dm.end()
        again = _YEAR_AGAIN.match(folded, pos) if issued_on else None
        pos = again.end() if again and issued_on and int(again["y"]) == issued_on.year else pos
        opening = before.start() if before else m.start()
        after = issuer_after(text, folded, pos, ref_type in JOINT_KINDS)
        passed = None if after else passed_after(text, folded, pos)
        if passed is not None:  # "số N được Quốc hội ... thông qua ngày D": its issuer and date
            after, dm = passed[0], None if issued_on else _DATE_AFTER.match(folded, passed[1])
            issued_on = date_from_match(dm, default_year) if dm else issued_on
        if issued_on is None and after:
            issued_on = _dated_after_issuer(folded, pos, after, default_year)
        # "ý kiến của Ban X tại Văn bản số A ... và Văn bản số B": X's, both of them
        governs = (
            None
            if after
            else issuer_before(text, folded, opening) or _collective(text, folded, opening)
        )
        issuer = (
            after
            or governs
            or _named_earlier(text, folded, opening, before.group(1) if before else None)
            or _group_issuer(text, folded, opening, ref_type)
            or bracketed_issuer(text, folded, opening)
        )
        subject = None if issuer else _issued_by(text, folded, m.start())
        subject = subject or (permit.issuer if permit and not issuer else None)
        opens = False  # the date opens the sentence: "Ngày X, Bộ Y đã ban hành ... số N"
        if issued_on is None:
            issued = partial(_issued_by, text, folded, m.start())  # (asked only when needed)
            issued_on, opens = dated_before(
                folded, m.start(), opening, subject, issued, default_year, text
            )
        # "Chính phủ đã ban hành Nghị quyết số ..., Nghị định số ...": one subject for the list
        same_sentence = not _SENTENCE_END.search(text, last, m.start())
        same_sentence = same_sentence and not _NEW_CLAUSE.search(folded, last, m.start())
        inherits = subject is None and bool(sentence_subject) and same_sentence
        if inherits:  # (not the day of a document the sentence names in brackets after them)
            aside = text.count("(", dated_at, m.start()) > text.count(")", dated_at, m.start())
            subject, issued_on = sentence_subject, issued_on or (None if aside else sentence_dated)
        sentence_subject = subject
        sentence_dated = issued_on if opens else sentence_dated if inherits else None
        dated_at = m.start() if opens else dated_at
        if issuer is None and subject is None and listed:
            # "... tại các Công điện số A ngày X; số B ngày Y": the list goes on
            gap = folded[last : m.start()]
            goes_on = _LISTED_WITH.match(gap) or _BARE_NEXT.search(gap)
            issuer = listed if _AND_LISTED.match(gap) or goes_on else None
        listed, last = governs or (listed if issuer and issuer == listed else None), pos
        issuer = issuer or subject
        # "Luật sửa đổi ... của Luật Đất đai số 31/2024/QH15": a document's name, no body
        issuer = None if issuer and DOCUMENT_NAME.match(issuer) else issuer
        ref = Reference(number=number, type=ref_type, issuer=issuer, issued_on=issued_on)
        if text[max(0, opening - 30) : pos].isupper():
            shouted.add(len(cited))  # a title in capitals: its names as the text writes them
        cited.append((number.translate(_LOOKALIKES).upper().replace(" ", ""), ref, m.start(), pos))
    cited = whole_numbers(cited_forms.spelled_out(cited, folded, REFERENCE_TYPES), folded)
    for i in range(len(cited) - 2, -1, -1):
        key, ref, start, end = cited[i]
        nxt, gap = cited[i + 1][1], folded[end : cited[i + 1][2]]
        listed_with = _LISTED_WITH.match(gap) or _LISTED_QUALIFIED.match(gap)
        in_list = listed_with and not cited_forms.amending(folded, start, gap)
        # (a ";" ends the list when the run names its issuer, or the kind changes across it but
        # for a plural that goes on with it: "...; các văn bản số: A, B của X")
        parted = _run_named(cited, i, folded) or (ref.type != nxt.type and "; cac " not in gap)
        in_list = in_list and not (";" in gap and parted)
        if ref.issuer is None and nxt.issuer and in_list:
            cited[i] = (key, ref.model_copy(update={"issuer": nxt.issuer}), start, end)
    found: dict[str, Reference] = {}
    capitals: set[str] = set()
    for i, (key, ref, _, _) in enumerate(cited):
        old = found.get(key)
        if old is None:
            found[key] = ref
            capitals.update([key] if i in shouted else [])
            continue
        # the body's "32/CT-TTg" over the title's "32/CT-TTG"
        number = ref.number if old.number.isupper() and not ref.number.isupper() else old.number
        found[key] = Reference(
            number=number,
            type=old.type or ref.type,
            issuer=cited_forms.as_written(old.issuer, ref.issuer, key in capitals),
            issued_on=old.issued_on or ref.issued_on,
        )
    return [r for r in found.values() if r.number.upper() not in forms - kinded]
