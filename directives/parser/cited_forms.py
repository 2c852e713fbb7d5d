"""Shapes of a cited document beyond the common "số N/CODE": a national technical regulation
("QCVN 122:2024/BGTVT", a "quy chuẩn" whatever kind its code would name), and a part of a
document named before it ("Mẫu số 05 của Phụ lục IV kèm theo Thông tư số ..."), which is no
body that issued the document, nor is a document's own name ("... của Luật Đất đai số N").
A number a page cut or marked is the same document as its whole form cited elsewhere
(``reprints``). The number in an annex's own heading, "(Kèm
theo Quyết định số 203/QĐ-UBND ...)", is the document's own, misprinted or not, when it has
the own number's kind and code ("2031/QĐ-UBND"), or its number and year ("102/2025/QĐ-CTUBND"
for "102/2025/QĐ-UBND").
"""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.clean import squash
from directives.records import Reference

# "QCVN 122:2024/BGTVT", "QCVN 06:2022/BXD", "QCVN122:2024/BGTVT" (the space lost)
STANDARD = r"\bQCVN\s*\d{1,3}(?:-\d{1,3})?\s*:\s*\d{4}\s*/\s*[A-ZĐ]{2,10}\b"
DOCUMENT_PART = re.compile(r"(?:Phụ lục|Mẫu|Biểu mẫu|Điều|Khoản|Điểm|Mục|Chương)\b")
# No issuer: a part of a document, or words that run across a recital's start ("... CỦA ỦY BAN
# NHÂN DÂN THÀNH PHỐ X" / "Căn cứ Luật ... số 72/2025/QH15": the title's words, then the recital),
# or the document the number issues ("... của Quy định kèm theo Nghị quyết số N")
NOT_ISSUER = re.compile(DOCUMENT_PART.pattern + r"|.*?\s(?:Căn cứ|CĂN CỨ)\s|.*\s(?:kèm|KÈM)$")
# "Luật sửa đổi ... của Luật Đất đai số 31/2024/QH15", "... của Quyết định chủ trương đầu tư
# số ...": a document's name, no body
# an approval's edition between its number and its date: "số 622/QĐ-BQLCKCN cấp lần đầu ngày
# 31/7/2020", "số 140/QĐ-BQLCKCN điều chỉnh lần thứ 02 ngày 17/12/2024"
_EDITION = r"(?:cap lan dau|dieu chinh lan thu \w+)\s+"
# what stands between a cited number and its date: ", ban hành ngày", " đến ngày", an edition
# (its "ngày" a slip printed twice: "số 01/2023/QĐ-UBND ngày ngày 06 tháng 01 năm 2023")
DATE_LEAD = rf"(?:\s*,?\s*(?:ban hanh\s+|de\s+|{_EDITION})?|\s+den\s+)ngay\s+(?:ngay\s+)?"
DOCUMENT_NAME = re.compile(
    r"(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Quyết định)\b"
)


# "(Kèm theo Quyết định số: ", "*(Ban hành kèm theo Quyết định số ": an annex's own heading
_ANNEX_HEADING = re.compile(r"\(\s*(?:ban hanh\s+)?kem theo\s+[^\W\d]+(?: [^\W\d]+)?\s+so\s*:?\s*$")


def coded_on(text: str, m: re.Match[str]) -> bool:
    """The number goes on a code before it, past a slash: a blank form's number ("Quyết định
    số..../2022/QĐ-TTg"), or a foreign project's code the page spaced ("GSC/RAS/ 286/ROK"),
    no document a Vietnamese number names; or a bare number over a year ("số 61/2020") that
    no law's name stands before in its clause ("Luật Đầu tư số 61/2020": the law's) nor a
    decision's kind with its date after ("Quyết định số 49/2024 ngày ...", its code lost)."""
    if m.groupdict().get("law") is not None:
        dated = _DECISION_BEFORE.search(text, max(0, m.start() - 20), m.start())
        dated = dated and _DATED_AFTER.match(text, m.end())
        return not (dated or _LAW_BEFORE.search(text, max(0, m.start() - 120), m.start()))
    if _GLUED_MARK.match(text, max(0, m.start() - 2)):
        return True  # a table's heading with its notes' marks ("Số tờ²/Số trang³")
    return text[max(0, m.start() - 3) : m.start()].rstrip().endswith("/")


# A note's mark glued to a word, then "/" and the next heading word in sentence case: "Số
# tờ2/Số trang3", no number (a document's code is in capitals, not "Số")
_GLUED_MARK = re.compile(r"(?!s[oôố]\d)[a-zà-ỹ]{2}\d{1,2}\s*/\s*[A-ZĐ][a-zà-ỹ]+\b")


_LAW_BEFORE = re.compile(r"\bLuật\s[^.;:\n]{0,100}\ssố\s$")
# "Quyết định số 49/2024 ngày ...": a decision's number whose code was lost, dated
# (or a decree's, a circular's: "Nghị định số 123/2020 ngày 19/10/2020 của Chính phủ")
_DECISION_BEFORE = re.compile(r"\b(?:[Qq]uyết định|[Nn]ghị quyết|[Nn]ghị định|[Tt]hông tư)\ssố\s$")
_DATED_AFTER = re.compile(r"\s+ngày\s")
_BARE_YEAR = re.compile(r"\d{1,3}/(?:19|20)\d\d")
# (folded; not "... công văn số 88/2025 ngày ...": a company's letter)
_LAW_SO = re.compile(r"\bluat\s[^.;:\n]{0,100}(?<!cong van)(?<!van ban)\sso\s+$")


def is_own(number: str, own: str | None, folded: str, start: int, text: str = "") -> bool:
    """The letter's own number, as written, or misprinted in its annex's heading (its code
    kept, or its number and year); or going on past a hyphen where the header's line cut it
    ("3783/QĐ-" over a cell's edge: the body's "3783/QĐ-UBND" is the letter itself). A
    bracket inside a sentence ("Bảng chấm điểm ... (ban hành kèm theo Quyết định số 1865/QĐ-TCT
    ...)", in lower case) cites another document of the issuer's, no heading."""
    if own is None or number.upper() == own.upper():
        return own is not None
    if number.upper().startswith(f"{own.upper()}-"):
        return True
    heading = _ANNEX_HEADING.search(folded, max(0, start - 40), start)
    if heading is None or "/" not in own or text[heading.start() + 1 :].lstrip()[:1].islower():
        return False
    code = own.split("/")[-1].upper()
    # ("102/2025/QĐ-CTUBND" for "102/2025/QĐ-UBND": its number and year, the code misprinted)
    dated = re.match(r"\d+/\d{4}/", own)
    return number.split("/")[-1].upper() == code or bool(dated and number.startswith(dated[0]))


def standard_type(number: str) -> str | None:
    """ "quy chuẩn" for a national technical regulation's number, else None."""
    return "quy chuẩn" if number.startswith("QCVN") else None


Cited = tuple[str, Reference, int, int]  # key, reference, start, end


# "... Quy chuẩn kỹ thuật quốc gia về an toàn ... QCVN 01:2019/BCT": the kind written in full
# before the number, in the same clause, is its type as written
_NATIONAL_STANDARD = re.compile(r"\bquy chuan ky thuat quoc gia\b[^;.()]{0,250}$")
# "Bộ luật Tố tụng hình sự số 01/2015/QH13" (a code of law, not the "luật" of its code), "Bản
# án số 159/2022/HSST" (a court's judgment, its code names no kind)
# ("Pháp lệnh Ưu đãi người có công ... số 02/2020/UBTVQH14": an ordinance by its name, no other
# kind named between, "Pháp lệnh X và Nghị quyết số ...")
_WRITTEN_KIND = re.compile(
    r"\b(?:(?P<code>bo luat)\b[^;.,:()\d]{0,80}|ban an"
    r"|(?P<ordinance>phap lenh)\b(?:(?!\b(?:luat|nghi|quyet dinh|thong tu|chi thi)\b)"
    r"[^;.,:()\d]){0,80})\s+so\s*:?\s*$"
)


def named_kind(number: str, folded: str, start: int) -> str | None:
    """The kind written before a number that its code does not give: "quy chuẩn kỹ thuật
    quốc gia" for a QCVN number the clause names so, "bộ luật", "bản án", "pháp lệnh"."""
    law = _BARE_YEAR.fullmatch(number) and _LAW_SO.search(folded, max(0, start - 120), start)
    if law:
        return "luật"  # "Luật Đầu tư số 61/2020": a law's number, its code left out (coded_on)
    if not number.startswith("QCVN"):
        kind = _WRITTEN_KIND.search(folded, max(0, start - 100), start)
        if kind is None:
            return None
        return "bộ luật" if kind["code"] else "pháp lệnh" if kind["ordinance"] else "bản án"
    window = folded[max(0, start - 300) : start]
    return "quy chuẩn kỹ thuật quốc gia" if _NATIONAL_STANDARD.search(window) else None


# "... hồ sơ được UBND tỉnh phê duyệt tại Quyết định số N", "đã được Giám đốc Sở X phê duyệt
# tại Quyết định số N": the agent of the passive issued the document
# (who directed or guided it too, two agents joined by a comma: "... đã được UBND tỉnh, Chủ
# tịch UBND tỉnh chỉ đạo tại Chỉ thị số A, Công văn số B", the council and its chairman)
APPROVED_BY = re.compile(
    r"\bduoc\s+(?P<issuer>[^.,;:()\n\d]{3,80}?"
    r"(?:,\s*(?:chu tich|pho chu tich|giam doc|bo truong|thu truong|ubnd|uy ban|ban|bo|so)\s"
    r"[^.,;:()\n\d]{2,60}?)?)"
    r"\s+(?:phe duyet|ban hanh|thong qua|chi dao|huong dan)\s+"
    r"(?:tai|theo|kem theo)\s+(?:cac\s+)?[a-z]+(?: [a-z]+)?\s*(?:so\s*)?:?\s*$"
)
# "... của Chính phủ ... được sửa đổi, bổ sung bởi Nghị định số A và Nghị định số B": the
# documents that amend another, named in its description
_AMENDED_BY = re.compile(r"\bduoc sua doi,? bo sung (?:boi|tai)\b[^;]*$")


def amending(folded: str, start: int, gap: str) -> bool:
    """The document at ``start`` is named as one amending another, in that one's clause, and
    a ";" (the ``gap`` to the next document) closes that clause: no list's entry."""
    if ";" not in gap:
        return False
    clause = _clause_start(folded, start)
    return bool(_AMENDED_BY.search(folded, max(0, clause), start))


def _clause_start(folded: str, start: int) -> int:
    """Where the clause holding ``start`` opens: after a ";" or a sentence's stop, one a line's
    end follows included ("... của Chính phủ." / "- Quy trình hoàn thuế: ..."), at most 400
    characters back."""
    stop = max(folded.rfind(". ", 0, start), folded.rfind(".\n", 0, start))
    return max(folded.rfind(";", 0, start), stop, start - 400)


# "Luật sửa đổi, bổ sung một số điều của ...": an amending document named by its title alone
_AMENDING_TITLE = re.compile(
    r"\b(?:luat|phap lenh|nghi dinh|nghi quyet|thong tu)\s+sua doi,?\s+bo sung\b[^;.]*?\bcua\s"
)


def dates_amending(folded: str, start: int) -> bool:
    """The number at ``start`` closes the list of documents an amending document named by its
    title alone amends ("Luật sửa đổi, bổ sung ... của Luật A số X, ... và Luật C số Z ngày
    D"): a date after it is that title's, not the last amended one's."""
    clause = _clause_start(folded, start)
    title = _AMENDING_TITLE.search(folded, max(0, clause), start)
    return title is not None and re.search(r"\bso\s+\d", folded[title.end() : start]) is not None


# Stops that end a name only as written so: "đã", "thì", "nên" (not "da cam", "thị xã")
_WRITTEN = {"da": "đã", "thi": "thì", "nen": "nên"}


def first_stop(
    stops: re.Pattern[str], window: str, text: str, at: int, pos: int = 0
) -> re.Match[str] | None:
    """The first of ``stops`` in ``window`` (folded ``text`` from ``at``) from ``pos``, past a
    "da", "thi" or "nen" the text does not write "đã", "thì", "nên" ("của Hội Nạn nhân chất độc
    da cam ...", "của UBND thị xã X", "của UBND thành phố Đà Nẵng": a name goes on)."""
    stop = stops.search(window, pos)
    while stop and (
        (written := _WRITTEN.get(stop.group(0).strip()))
        or _in_name(stop, text, at)
        or (stop.group(0).strip() == "tai" and text[at + stop.end() - 3 : at + stop.end()] == "tài")
    ):  # ("... Dữ liệu tài nguyên nước": a name's "tài" as written, no "tại")
        end = at + stop.end()
        if written and text[end - len(written) : end].lower() == written:
            break
        stop = stops.search(window, stop.end())
    return stop


def _in_name(stop: re.Match[str], text: str, at: int) -> bool:
    """A stop the name goes on past: a comma between capitals inside an abbreviation ("Bộ
    VH,TT&DL"), the dot of a city's "TP." ("... tại TP. HCM"), a branch's "tại" ("Chi nhánh
    Công ty X tại TP. HCM")."""
    window, start, end = stop.string, stop.start(), stop.end()
    word = stop.group(0).strip()
    if word == ",":
        return (
            text[at + start - 1 : at + start].isupper() and text[at + end : at + end + 1].isupper()
        )
    if word == ".":
        # (or a dot between the single letters of an abbreviation: "Công ty TNHH T.H.T")
        return (
            window[max(0, start - 3) : start] in (" tp", " tx")
            and text[at + end + 1 : at + end + 2].isupper()
        ) or _between_letters(window, start)
    if word == "ve":
        # "Hội nghị các bên tham gia Công ước khung ... về biến đổi khí hậu": a treaty's subject
        return bool(_TREATY.search(window, 0, start))
    branch = window.startswith("chi nhanh ") and not re.search(r"\stai\b", window[:start])
    return word == "tai" and branch


def _between_letters(window: str, at: int) -> bool:
    """The dot at ``at`` stands between two letters each alone ("T.H.T")."""
    before, after = window[max(0, at - 2) : at].rjust(2), window[at + 1 : at + 3].ljust(2)
    alone = (before[1].isalpha() and not before[0].isalnum()) and after[0].isalpha()
    return alone and not after[1].isalnum()


# a treaty's name the body's name holds, its subject after "về" ("Công ước khung của Liên hợp
# quốc về biến đổi khí hậu")
_TREATY = re.compile(r"\b(?:cong uoc|hiep dinh|nghi dinh thu)\b[^,;()]{0,60}$")


def comma_goes_on(issuer: str, stop: re.Match[str]) -> int:
    """Where a name bounded on both sides ("của ... tại Tờ trình số") goes on past a comma
    before words that open no body ("Sở Văn hóa, Thể thao Du lịch", a name misprinted), or 0
    (the comma before "Sở Tư pháp" ends it); or past a "và" before a second body that made it
    with the first ("của Giám đốc Sở Xây dựng và Sở Tài chính tại Tờ trình số")."""
    rest = issuer[stop.end() :].lstrip()
    body = rest[:1].isupper() and STARTS_BODY.match(rest) is not None
    goes_on = (stop.group(0) == "," and rest[:1].isupper() and not body) or (
        stop.group(0).strip() == "va" and body
    )
    return stop.end() if goes_on else 0


# "Tổng Công ty X có kiến nghị ... (công văn số N ...)": the body that opens the sentence
# says what it asks, then gives the number of its own letter in brackets
_OWN_ASK = re.compile(
    r"^\s*(?P<body>[^,;()]{3,80}?)\s+(?:da\s+)?(?:co\s+)?(?:kien nghi|de nghi|bao cao|y kien)\b"
)


def opening_body(sentence: str, folded: str) -> str | None:
    """The body ``sentence`` (``folded``) opens with when it asks or reports something."""
    m = _OWN_ASK.match(folded)
    body = squash(sentence[m.start("body") : m.end("body")]) if m else ""
    return body if body[:1].isupper() and STARTS_BODY.match(body) else None


# "Xét đề nghị của Hội X về việc ... (Công văn số 28/HNC, ...)": the proposal's own document,
# in brackets after what it proposes, is the proposer's
PROPOSED_BY = re.compile(
    r"\bde nghi cua\s+(?P<issuer>[^,;:()\n.]{3,90}?)\s+ve\s[^().;:]{3,300}\(\s*$"
)


# "số A ngày X, của UBND huyện Y tại công văn số B": the body named before the next document
# cited, by its kind's word or two and its number
_NEXT_CITED = re.compile(r"\s*(?:tai|theo)\s+(?:cac\s+)?(?:[^\W\d]+\s+){1,2}so\s*:?\s*\d")


def opens_next(window: str, at: int) -> bool:
    """The folded words from ``at`` cite another document by its number: the issuer named
    before them is that document's, not the one cited before."""
    return _NEXT_CITED.match(window, at) is not None


def as_written(first: str | None, later: str | None, shouted: bool) -> str | None:
    """The issuer of a document's first mention; when that was a title in capitals, the
    later mention's spelling of the same name ("Ban Thường vụ Tỉnh ủy" for "BAN THƯỜNG VỤ
    TỈNH ỦY")."""
    if shouted and first and later and first.lower() == later.lower():
        return later
    return first or later


def kind_as_written(kind: str | None, written: str) -> str | None:
    """The cited document's kind as its words are ``written`` before its number when they lost
    their diacritics ("Nghi dinh so 150/2025/ND-CP" in a scan without them: "nghi dinh"), the
    README's type as written; else ``kind``, its known spelling."""
    bare = squash(written)
    if kind is None or not bare.isascii() or bare.lower() == kind:
        return kind
    return bare.lower()


# "Quyết định số 9, 10, 11, 12, 13, 14, 15/COP19": serials listed before the one number that
# carries their shared code
_SHARED_SERIALS = re.compile(r"so\s+((?:\d{1,4}\s*,\s*)+(?:\d{1,4}\s*(?:,|va)\s*)?)$")
_SERIAL = re.compile(r"\d{1,4}")
_KIND_SO = re.compile(r"([a-z]+(?: [a-z]+){0,3})\s+$")


def spelled_out(cited: list[Cited], folded: str, types: dict[str, str]) -> list[Cited]:
    """The numbers with those that share the code of the number after them written out, each a
    reference of its own of the kind written before "số" ("Quyết định số 9, 10, 15/COP19" ->
    9/COP19, 10/COP19, 15/COP19), the issuer and date the last one's."""
    out: list[Cited] = []
    for key, ref, start, end in cited:
        m = _SHARED_SERIALS.search(folded, max(0, start - 80), start)
        serial, _, code = ref.number.partition("/")
        if m is None or not code or not serial.isdigit():
            out.append((key, ref, start, end))
            continue
        kind = _KIND_SO.search(folded, max(0, m.start() - 30), m.start())
        words = kind.group(1).split() if kind else []
        written = next(
            (types[w] for n in range(len(words)) if (w := " ".join(words[n:])) in types), None
        )
        ref = ref.model_copy(update={"type": written}) if written else ref
        for s in _SERIAL.finditer(folded, m.start(1), m.end(1)):
            number = f"{s.group(0)}/{code}"
            out.append(
                (
                    f"{s.group(0)}/{key.partition('/')[2]}",
                    ref.model_copy(update={"number": number}),
                    s.start(),
                    s.end(),
                )
            )
        out.append((key, ref, start, end))
    return out
