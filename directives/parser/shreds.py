"""A page exported from a word processor's HTML (an ebook's ``.mht`` texts) with one line per
text run: its paragraphs, letterhead cells and table cells broken wherever a run of the
source ended, inside sentences, inside names and sometimes inside words, and no blank line
between paragraphs:

    Căn / cứ Luật Quản lý thuế, các Luật / thuế, ...;      -> one recital
    Số: / 3334 / / / QĐ / -UBND                             -> Số: 3334/QĐ-UBND
    b / ổ / sung, cơ qu / a / n, t / ha / y                 -> bổ sung, cơ quan, thay
    CỘNG HÒA XÃ HỘI / ␣␣CHỦ NGHĨA VIỆT / NAM                 -> one line

``reflowed`` puts the paragraphs back, one a line, so the parser reads the page as it reads
any other: a line the export indented goes on after a space; a piece of a word (what is no
syllable alone but one with its neighbour, or a run of one or two letters) is glued back; a
paragraph ends at a sentence's end, before an item's marker or a recital's opening, and
where a line in capitals meets one in mixed case. The YAML front matter such an export opens
with, and the "# <file name>" heading under it, are the file's, not the letter's.
"""

from __future__ import annotations

import itertools
import re

from directives.parser.cell_wraps import MOTTO, header_cells_joined
from directives.parser.chars import read_page
from directives.parser.front_matter import read_run, without_front_matter
from directives.parser.gazette import drop_page_chrome, may_hold_chrome, named_head
from directives.parser.letters import CAPITAL
from directives.parser.run_glue import glued, onset_of_next, para_end
from directives.parser.run_tables import with_tables
from directives.parser.syllables import is_syllable
from directives.parser.topic_titles import (
    bodies_title_then_task,
    topic_then_sentence,
    work_title_then_body,
)
from directives.parser.wrap import open_ending, restates, title_then_subject

# a paragraph's end: a sentence's stop, a label's colon (a closing quote or bracket after it)
_STOP = re.compile(r"[.;:!?]['\"”’)]*$")
# what opens a new paragraph: an item's marker, an article's or part's heading, a recital
_MARKER = re.compile(
    r"^(?:[-+•](?:\s|$)|\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$)|\d{1,2}/\s(?=[A-ZĐ][^\W\dA-ZĐ_])|[a-zđ][.)](?:\s|$)|[IVX]{1,5}[.)](?:\s|$)"
    rf"|\((?:\d{{1,2}}|[a-zđ])\)\s+[{CAPITAL}]|(?:Điều|Chương|Phần|Mục)(?:\s+[\dIVXA-Z]{{1,5}}[.:]?)?$|(?:Điều|Chương)\s+[\dIVX]{{1,5}}[.:])"
)
_OPENER = re.compile(
    r"^(?:Căn(?:\s+cứ)?|Theo(?:\s+đề\s+nghị)?|Xét(?:\s+đề\s+nghị)?|Nơi(?:\s+nhận)?|"
    r"Kính(?:\s+gửi)?|QUYẾT(?:\s+ĐỊNH)?|Ngày\s+\d+|V/v\b|Về\s+việc\b|"
    r"\((?:Ban hành )?kèm theo)(?:\W|$)|^Số\s*:"  # (the number's label, its number glued or not)
    # an annex's heading alone on its line ("Phụ lục", "PHỤ LỤC II")
    r"|^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+)?[\dIVX]{1,4})?$"
    # a place and the date ("Hà Nội, ngày 27"), a rule under a letterhead's cell
    rf"|^[{CAPITAL}][^\W\d_]*(?:\s[{CAPITAL}][^\W\d_]*){{0,3}},\s*ngày\b|^[-_=*]{{3,}}(?:\s+[-_=*]{{3,}})?$"
    # the signature's capacity ("TM." / "ỦY BAN NHÂN DÂN" under "- Lưu: VT." / "15 bản, QĐ64")
    r"|^(?:TM|KT|TL|TUQ)\.(?:\s|$)"
)
# a letterhead's number whole ("Số: 750/QĐ-TCT", "Số: 4410 /TCT-KK"), a rule: the cell ends;
# so with the two columns' rules side by side, or a cell's last words before the other's rule
# ("------- ---------------", "THUẾ ---------------": the header's columns set in one row)
# (or the motto whole, "Độc lập - Tự do - Hạnh phúc", over the place and date)
_CELL_END = re.compile(rf"^Số\s*:\s*\S+\s?/\S+$|^(?:.*\s)?[-_=*]{{3,}}$|^{MOTTO}$")
# a letterhead's number or date whose digits two runs split ("Số: 4" / "659" / "/TCT-CS",
# "ngày 1" / "2" / "tháng 1" / "1"): the digits of one number, glued back
_DIGIT_RUNS = re.compile(
    r"(?:(?<=^Số: )|(?<=^Số:))\d{1,3} \d{1,4}(?= ?/)"
    r"|(?<=, ngày )\d \d(?= tháng)|(?<= tháng )\d \d(?= năm)",
    re.MULTILINE,
)
# a part's heading with its number: its title in capitals goes on a line of its own
_PART = re.compile(r"^(?:Phần|Chương|Mục)\s+[\dIVXA-Z]{1,5}[.:]?$")
_ROMAN_TITLE = re.compile(r"^[IVX]{1,5}\s*[.)-]\s*(?=\S)")
_CARRIED_OUT_CUT = re.compile(r"(?:TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM THI HÀNH)$")
_NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
# the line naming who issues, under a title ("... NỘP" / "THUẾ" / "TỔNG CỤC TRƯỞNG ...")
_AUTHORITY = re.compile(
    r"^(?:(?:PHÓ\s+)?(?:TỔNG\s+CỤC|CỤC|BỘ|VỤ)\s+TRƯỞNG|(?:PHÓ\s+)?CHỦ\s+TỊCH|"
    r"(?:PHÓ\s+)?GIÁM\s+ĐỐC|(?:PHÓ\s+)?THỦ\s+TƯỚNG|[UỦ]Ỷ?\s*BAN\s+NHÂN\s+DÂN)\b"
)
# a heading's title in sentence case after its marker, no stop ("4. Thời gian lập kế hoạch",
# "Điều 1. Phạm vi điều chỉnh"): the sentence under it, opening with a capital, is its own
_HEADING = re.compile(
    rf"^(?:Điều\s+\d{{1,3}}[.:]|\d{{1,2}}(?:\.\d{{1,2}})*\.|[IVX]{{1,5}}\.)\s+[{CAPITAL}]\S*"
    r"(?P<rest>(?:\s+\S+){1,14})$"
)
# a title cut before the body's name it goes on with ("Trách nhiệm của các đơn vị thuộc" /
# "Tổng cục Hải quan", "Phối hợp với" / "Sở Tài chính"), or inside it ("3. Tổng cục" / "Hải
# quan, Tổng cục Thuế căn cứ ...")
# (or after a ground's first words, its document next: "2.1. Căn cứ" / "Điều 11 Luật ...")
_BEFORE_NAME = re.compile(
    r"\s(?:của|thuộc|các|và|với|cho|Sở|Bộ|Cục|[Tt]ổng cục|[Cc]hi cục|[Cc]ăn cứ)$"
)
# the title's other words: abbreviations ("UBND", "NSNN;") and numbers, besides small words
_TITLE_WORD = re.compile(r"[A-ZĐ]{2,6}\b[^\w\s]*|\d\S*")


def _heading(para: str) -> bool:
    """``para`` is a heading's title in sentence case; not a run that goes on after a comma or
    a dash ("2.2. Căn cứ chỉ đạo của UBND tỉnh," / "UBND quận ..."), nor one cut before a
    body's name ("Điều 15. Trách nhiệm của các đơn vị thuộc" / "Tổng cục Hải quan")."""
    m = _HEADING.match(para)
    # (a match is a space and a word, "tổng cục" the longest, maybe the last "\n": in the last 10)
    if m is None or para.endswith((",", "-", "–")) or _BEFORE_NAME.search(para[-10:]):
        return False
    words = m.group("rest").split()
    if len(words) > 11 and not para.startswith("Điều"):
        return False  # (an article's title may run longer than a numbered heading's)
    # (a small word whatever letter it opens with: "điều chỉnh", "ưu tiên")
    return all(w[0].islower() or _TITLE_WORD.fullmatch(w) for w in words)


# a line made of the marker alone: the item's text follows on the next line
_BARE_MARKER = re.compile(
    r"^(?:[-+•]|\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-zđ][.)]|[IVX]{1,5}[.)]|(?:Điều|Chương|Phần|Mục)"
    r"(?:\s+[\dIVXA-Z]{1,5}[.:]?)?)$"
)
# the number's label alone ("Số:"), its number on the next line
_LABEL = re.compile(r"^Số\s*:$")
# an article's heading cut inside its number ("Điều 4" / "1" / ". Tổ chức thực hiện"), a
# year cut before its last digit ("năm 201" / "5", "92" / "/201" / "5"), a number after its
# leading zero ("Mẫu số 0" / "5/DS-TNCN")
_ARTICLE_CUT = re.compile(r"^(?:Điều|Chương)\s+\d{1,2}$")
_NUMBER_CUT = re.compile(r"\b[Nn]ăm\s+(?:19|20)\d$|/(?:19|20)\d?$|\bsố\s+0$")
# the decision's own word over its articles ("QUYẾT" / "ĐỊNH:"), even after a comma
_DECIDES = re.compile(r"^QUYẾT(?:\s+ĐỊNH\s*:?)?$")
# a place's name cut before its last word and the date ("Hà" / "Nội, ngày 02 tháng 3 ...")
_PLACE_WORD = rf"[{CAPITAL}][^\W\d_A-ZĐ]*"
_PLACE_HEAD = re.compile(rf"^{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}$")
_PLACE_TAIL = re.compile(rf"^[{CAPITAL}][^\W\d_]*,\s*ngày\b")
# a body's code opening a run ("HC- QT- TV- AC", "TC-HC"): the name a title was cut before
_CODE_HEAD = re.compile(r"^[A-ZĐ]{2,6}(?:\s*-\s*[A-ZĐ]{2,6})+\b")
_ADDRESS_LABEL = re.compile(r"Kính\s+gửi\s*:\s*")
_PIPE_ROW = re.compile(r"^\|.*\|$")
_OPEN_PARA = re.compile(r"[,\-–]$")
_PLACE_CUT = re.compile(
    rf"(?:\btỉnh|\bthành phố|\bTP\.|\bTp\.|\bhuyện|\bquận|\bthị xã)\s*[{CAPITAL}][^\W\d_]*$"
)
_LETTERS = re.compile(r"[^\W\d_]+")


def reflowed(text: str) -> str:
    """``reflow_page`` of the page as read (``chars.read_page``)."""
    return reflow_page(read_page(text))


def reflow_page(page: str) -> str:
    """The page's text (as read) with its front matter out and, on a page of text runs, its
    paragraphs one a line; any other page as it came."""
    body = without_front_matter(page)
    # (its runs read without their bold and a marker's tab: they change no run's place)
    lines = [read_run(line) for line in body.split("\n")]
    if not shredded(lines):
        return header_cells_joined(body)
    if may_hold_chrome(body):
        # (a gazette's running head and page number where a page broke: no run of the letter,
        # so the runs around them meet again, the signer's name no longer glued to them)
        lines = drop_page_chrome(lines)
    out: list[str] = []
    for table, run in with_tables(lines):
        out.extend(["", *run, ""] if table else _reflow(run))
    return _DIGIT_RUNS.sub(lambda m: m.group(0).replace(" ", ""), "\n".join(out))


def shredded(lines: list[str]) -> bool:
    """Text runs one a line: no blank line between paragraphs, and most short lines go on
    with a lower-case word on the next one."""
    filled = [line.strip() for line in lines if line.strip()]
    blank = len([line for line in "\n".join(lines).strip("\n").split("\n") if not line.strip()])
    if len(filled) < 40 or blank > max(2, len(lines) // 50):
        return False
    runs = sum(
        1
        for a, b in itertools.pairwise(filled)
        if len(a) < 40 and b[0].islower() and not a.endswith((".", ";", ":", ","))
    )
    return runs * 10 >= len(filled) * 3


def _reflow(lines: list[str]) -> list[str]:
    out: list[str] = []
    last = ""  # the last run put into ``out[-1]``
    for raw, nxt in zip(lines, _next_filled(lines), strict=True):
        line = raw.strip()
        if not line:
            out.append("")
            last = ""
            continue
        if not out or not out[-1] or _PIPE_ROW.match(line) or _PIPE_ROW.match(out[-1]):
            # (a Markdown table's row, the header's two columns set as one: a line of its own)
            out.append(line)
            last = line
            continue
        above = out[-2] if len(out) > 1 else ""
        if _opens_cut(out[-1], line, nxt) or named_head(line):
            how = "break"  # (or a gazette's running head, under the signer's name: a line apart)
        elif _addressed(out[-1], above) and line[:1].isupper() and not _cut_name(out[-1]):
            how = "break"  # the one recipient named, the letter's first sentence under it
        else:
            how = _join(out[-1], last, line, _wrap_indent(raw))
            if how == "break" and (
                _title_goes_on(out[-1], above, line) or _heading_tail(out[-1], line, nxt)
            ):
                how = "space"
        if how == "glue" and onset_of_next(out[-1], line, nxt):
            how = "space"  # "chỉ số" / "t" / "iêu chí": the letter opens the next run's word
        if how == "glue":
            out[-1] += line
        elif how == "space":
            out[-1] += " " + line
        else:
            out.append(line)
        last = line
    return out


def _join(para: str, last: str, line: str, indented: bool) -> str:
    """How ``line`` (a run whose export was ``indented`` or not) goes on from ``para``, whose
    last run was ``last``: "glue" (inside a word or a number), "space", or "break"."""
    if indented and not _capitals_apart(para, line):
        return "space"  # the export's own wrap: a space stood there
    marked = line[:1].isdigit() and _MARKER.match(line) is not None  # (a number's glue asks)
    if glued(para, last, line, marked) or (_ARTICLE_CUT.match(para) and line.isdigit()):
        return "glue"
    if re.match(r"\d(?!\d)|0?\d+/", line) and _NUMBER_CUT.search(last):
        return "glue"
    if _DECIDES.match(line) and not _DECIDES.match(para):
        return "break"
    if _CELL_END.match(para) or (_PART.match(para) and _capitals(line)):
        return "break"
    # a bracket of its own ("(đã ký)") over the signer's name, a heading over its sentence
    bracket = para[:1] == "(" and re.fullmatch(r"\([^()]+\)", para) is not None
    bracket = bracket and not _BARE_MARKER.match(para)
    heading = _heading(para) and _CODE_HEAD.match(line) is None
    end = para_end(para)
    if line[:1].isupper() and not _STOP.search(end) and (bracket or heading):
        return "break"
    if _BARE_MARKER.match(para) or (_LABEL.match(para) and line[:1].isdigit()):
        return "space"
    if line in ("-", "+") and _NOTED_ENTRY.match(para):
        return "break"  # "- Ban chỉ đạo CCHC Chính phủ; để" / "-": the side note ended the entry
    if bodies_title_then_task(para, line):  # (a name's organ word last: "... thuộc Bộ")
        return "break"  # "4. Sở Tài chính các tỉnh" / "Phối hợp với ..."
    if open_ending(end) or para.endswith((",", "-", "–")):
        return "space"
    if _PLACE_HEAD.match(para) and _PLACE_TAIL.match(line):
        return "space"
    if _MARKER.match(line) or _OPENER.match(line) or _restates(para, line):
        return "break"
    if _STOP.search(end):
        return "space" if line[:1].islower() else "break"
    if title_then_subject(para, line) or topic_then_sentence(para, line):
        return "break"  # "4. Thực hiện cập nhật ... về pháp luật" / "Các đơn vị được giao ..."
    if work_title_then_body(para, line):
        return "break"  # "a) Đối chiếu, quyết toán ... theo dự toán" / "Cục Thuế chủ trì ..."
    return "space" if _goes_on(para, line) else "break"


# how far a page's layout sets a line in (a centred title, the signature's column), beyond the
# few spaces an export's own wrap leaves before a run
_LAID_OUT = 8


def _wrap_indent(raw: str) -> bool:
    """``raw`` opens with the few spaces of an export's own wrap, not a layout's column."""
    return raw[:1] == " " and len(raw) - len(raw.lstrip(" ")) < _LAID_OUT


def _capitals_apart(para: str, line: str) -> bool:
    """An indented line in capitals under a paragraph in mixed case that opens a line of its
    own all the same: the authority under a subject ("... Sở Tư pháp tỉnh X" / "  CHỦ TỊCH ỦY
    BAN NHÂN DÂN ..."), or the signature's capacity under the last sentence ("... này./." /
    "  KT. CHỦ TỊCH")."""
    if not _capitals(line) or not any(ch.islower() for ch in para):
        return False  # (not under "KT." / "  BỘ TRƯỞNG": the capacity cut after its mark)
    return _AUTHORITY.match(line) is not None or _STOP.search(para_end(para)) is not None


# an item's marker and the title after it ("(3) Thực hiện phân công, tiếp nhận ...")
_TITLED = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s+(?P<title>\S.*)$")


def _restates(para: str, line: str) -> bool:
    """``line`` opens the paragraph under an item's title by saying the title's first words
    again (``restates``)."""
    titled = _TITLED.match(para)
    return titled is not None and restates(titled.group("title"), line)


# A dashed entry closed by ";" with a word of the note written beside the list after it ("- Bộ
# trưởng Bộ Nội vụ; cáo": "để / báo / cáo" down the entries)
_NOTED_ENTRY = re.compile(r"^[-+]\s.*;\s+\w+$")


def _next_filled(lines: list[str]) -> list[str]:
    """For each line, the next line with text on it, stripped ("" at the end)."""
    out, following = [], ""
    for raw in reversed(lines):
        out.append(following)
        if raw.strip():
            following = raw.strip()
    return out[::-1]


def _opens_cut(para: str, line: str, nxt: str) -> bool:
    """``line`` opens a line cut after its first word, whatever ``para`` ends with: a place
    cut before its last word and the date ("Hà" / "Nội, ngày 15") under the subject, the
    issuer's authority ("BỘ" / "TRƯỞNG BỘ CÔNG THƯƠNG") under the title in capitals, an item's
    letter cut before its stop ("... có trách nhiệm:" / "a" / "." / "Tiếp nhận ...")."""
    if re.fullmatch(r"[a-zđ]", line) and re.match(r"\.(?:\s|$)", nxt):
        return _STOP.search(para) is not None
    if _PLACE_HEAD.match(line) and _PLACE_TAIL.match(nxt):
        return not _PLACE_HEAD.match(para)
    whole = f"{line} {nxt}"
    return (
        len(line.split()) == 1
        and _capitals(para)
        and _AUTHORITY.match(whole) is not None
        and _AUTHORITY.match(line) is None
    )


def _addressed(para: str, above: str) -> bool:
    """``para`` names the one recipient: on the label's line ("Kính gửi: Cục Thuế tỉnh X") or
    the line under the label alone ("Kính gửi:" / "Cục Thuế các tỉnh, ..."), not an item."""
    label = _ADDRESS_LABEL.match(para)
    if label is None and (_ADDRESS_LABEL.fullmatch(above) is None or para.startswith(("-", "+"))):
        return False
    end = para_end(para)
    if _OPEN_PARA.search(end) or open_ending(end):
        return False  # a name cut after its organ's word or a comma goes on
    return label is None or bool(para[label.end() :].strip())


def _title_goes_on(para: str, above: str, line: str) -> bool:
    """A part's title in capitals wrapped over runs under its number ("Phần III" / "TỔ CHỨC" /
    "THỰC HIỆN"), or a Roman-numbered follow-up part's after it ("IV. TỔ CHỨC THỰC" /
    "HIỆN"): the capitals under it go on with it."""
    roman = _ROMAN_TITLE.match(para)
    if roman is not None and _CARRIED_OUT_CUT.match(para[roman.end() :] + " " + line) is None:
        roman = None  # (only the follow-up part's title: "II. NỘI DUNG, HÌNH" stays as cut)
    titled = _PART.match(above) is not None or roman is not None
    return (
        titled
        and _capitals(para[roman.end() :] if roman else para)
        and _capitals(line)
        and not _STOP.search(para)
        and _MARKER.match(line) is None
        and _OPENER.match(line) is None
    )


def _heading_tail(para: str, line: str, nxt: str) -> bool:
    """A heading's title wrapped before a word in capitals ("1. Phổ biến các văn bản" / "QPPL
    về thuế" / "1.1. ..."): a few words, no stop, right over the next item, go on with it (a
    paragraph under a heading ends with its stop)."""
    return (
        _heading(para)
        and not _STOP.search(para)
        and not _capitals(line)  # (a title in capitals under an article: "QUY CHẾ")
        and len(line.split()) <= 5
        and not _STOP.search(line)
        and _MARKER.match(line) is None
        and _MARKER.match(nxt) is not None
    )


def _cut_name(para: str) -> bool:
    """A place's name cut after its first word ("Cục Thuế TP. Hà" / "Nội")."""
    return _PLACE_CUT.search(para) is not None


def _goes_on(para: str, line: str) -> bool:
    """A line that opens no paragraph by its marker or the one above's stop: capitals meeting
    mixed case part (a title and the sentence under it, a signer's title and name); two lines
    in capitals part too (a letterhead's bodies), but a word alone in capitals is a title cut
    after its first word ("QUYẾT" / "ĐỊNH") or before its last ("... VIỆT" / "NAM")."""
    above, below = _capitals(para), _capitals(line)
    if above and below:
        nation = _NATION.replace("HÒA", "HOÀ") if "HOÀ" in para else _NATION
        single = len(para.split()) == 1 and _AUTHORITY.match(line) is None
        return single or nation.startswith(f"{para} {line}")
    return not (above or below)


def _capitals(text: str) -> bool:
    """A line in capitals with a word of the language in it, not a run of codes ("UBND")."""
    return text == text.upper() and any(
        len(w) >= 2 and is_syllable(w) for w in _LETTERS.findall(text)
    )
