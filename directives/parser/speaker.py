"""A letter copied without its letterhead names its issuer in its own first request:
"Trước tình hình đó, Bộ Văn hóa, Thể thao và Du lịch yêu cầu:", "Thực hiện Kết luận số
... của Bộ Chính trị, Ban Chỉ đạo ... yêu cầu các đồng chí ...". The body that speaks is
the name opening the clause of the first "yêu cầu" / "đề nghị" / "giao" of the body.
A cable (công điện) names its sender on the line that opens its address: "THỦ TƯỚNG CHÍNH
PHỦ điện:", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ... điện:". A reply names it as the body that
received the letter it answers ("Cục Thuế nhận được Công văn số ..."). A decision or resolution
names it in its preamble's enacting formula ("Thủ tướng Chính phủ ban hành Quyết định ...",
"Chính phủ ban hành Nghị quyết ...") or as the body's name in capitals standing alone above its
"Căn cứ" lines; a notice names it in its closing formula ("Văn phòng Chính phủ thông báo để các
cơ quan ... biết, thực hiện").
"""

from __future__ import annotations

import re

from directives.parser.clean import is_upper_line, squash
from directives.parser.letters import CAPITAL
from directives.parser.names import org_display

# How an issuing body's name opens ("Bộ trưởng giao:" is a title: the minister, no body).
_ISSUER_ORGAN = re.compile(
    r"(?:Bộ|Ban|Ủy ban|Uỷ ban|UBND|Văn phòng|Sở|Cục|Tổng cục|Thủ tướng|Chính phủ|Hội đồng|"
    r"Tỉnh ủy|Thành ủy|Đảng ủy|Kiểm toán|Thanh tra|Ngân hàng|Bảo hiểm|Kho bạc|Công an|"
    r"Tòa án|Viện|Tập đoàn|Tổng công ty)(?=\s|$)(?!\s+trưởng\b)"
)
_SCAN_LINES, _LONGEST_NAME = 30, 260
_SHORT_FORM = re.compile(r"\s*\((?:sau đây|dưới đây|gọi tắt)[^()]*\)\s*$", re.IGNORECASE)
# "Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị": the name's abbreviation in brackets
_ABBREVIATION = re.compile(r"\s*\([A-ZĐ&\-]{2,12}\)(?=\s|$)")
# "THỦ TƯỚNG CHÍNH PHỦ điện:": the sender in capitals, then the cable's own verb
_CABLE = re.compile(r"^(?P<sender>[^:()\d]{4,120}?)\s+(?:điện|ĐIỆN)\s*:\s*$")
# "BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...": the head's title, then the body
_HEAD_TITLE = re.compile(r"^(?P<title>(?:TỔNG )?GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ TỊCH)\s+")
_ASKS, _CLAUSE_START, _NOT_A_NAME = (
    # the request a letter's body opens with; "trân trọng" / "kính" may stand before it
    # (or the receipt a reply opens with: "Cục Thuế nhận được Công văn số ...")
    # (not the noun: "... đáp ứng yêu cầu trong tình hình mới")
    re.compile(
        r"(?<!\sứng)(?<!\stheo)(?<!\scác)\s+(?:trân trọng\s+|kính\s+)?"
        r"(?:yêu cầu|đề nghị|giao|nhận được)\b"
    ),
    # where a clause opens: the paragraph's start, or after a comma or colon
    re.compile(r"(?:^|[,:;]\s+)$"),
    # a clause, not a name: "Thủ tướng Chính phủ đã ban hành ... các nhiệm vụ được giao"
    re.compile(r"\b(?:đã|được|sẽ|đang|số|ngày)\b|[:()]"),
)


def cable_sender(lines: list[str]) -> str | None:
    """The sender a cable names before its addressees ("THỦ TƯỚNG CHÍNH PHỦ điện:"), or None."""
    for line in lines[:_SCAN_LINES]:
        m = _CABLE.match(squash(line.replace("*", " ")))
        if m is not None and is_upper_line(m.group("sender")):
            sender = m.group("sender")
            title = _HEAD_TITLE.match(sender)
            if title is None:
                return org_display(sender)
            return f"{title['title'].capitalize()} {org_display(sender[title.end() :])}"
    return None


def cable_verb_joined(lines: list[str]) -> list[str]:
    """The lines with a cable's verb set alone under its sender ("CHỦ TỊCH ỦY BAN NHÂN DÂN
    THÀNH PHỐ HÀ NỘI" / "ĐIỆN") put back on the sender's line, as "... ĐIỆN:" reads."""
    at = next((i for i, x in enumerate(lines[:_SCAN_LINES]) if x.strip(" :*") == "ĐIỆN"), None)
    if at is None:
        return lines
    above = next((j for j in range(at - 1, max(-1, at - 4), -1) if lines[j].strip()), None)
    if above is None or not _HEAD_TITLE.match(lines[above]) or not is_upper_line(lines[above]):
        return lines
    out = list(lines)
    out[above], out[at] = f"{squash(lines[above])} ĐIỆN:", ""
    return out


def speaking_body(lines: list[str], start: int) -> str | None:
    """The body whose request opens the letter's text from line ``start``, or None: in its
    first paragraph, or in the one after grounds set apart ("Thực hiện Nghị định số ...;" /
    "Nhằm ... . Sở X đề nghị ...")."""
    paragraphs = _paragraphs(lines[start : start + _SCAN_LINES])
    for k, text in enumerate(paragraphs[: _GROUNDS + 1]):
        for asks in _ASKS.finditer(text):
            name = _name_before(text, asks.start())
            if name is not None:
                return name
        name = _acting_after_grounds(text)
        if name is not None:
            return name  # "Thực hiện Kết luận số ..., Bộ Tài chính xây dựng kế hoạch ..."
        if k == len(paragraphs) - 1 or not _GROUNDS_APART.match(text):
            break
    return _introducing(lines, start)


# How far the paragraph that introduces the letter's list may stand below its opening
_INTRO_LINES, _INTRO_PARAGRAPHS = 80, 6
_ITEM = re.compile(r"(?:\d{1,2}[.)]|[a-zđ]\)|[-+•])\s")


def _introducing(lines: list[str], start: int) -> str | None:
    """The body asking in the paragraph that introduces the letter's list, after background
    paragraphs ("Thời gian qua, ..." / "Để ...; Ủy ban nhân dân thành phố X yêu cầu các Sở
    ... thực hiện một số nội dung sau:"), or None."""
    for text in _paragraphs(lines[start : start + _INTRO_LINES])[:_INTRO_PARAGRAPHS]:
        if _ITEM.match(text):
            return None  # (the list began: no paragraph introduced it)
        if text.endswith(":"):
            names = (_name_before(text, asks.start()) for asks in _ASKS.finditer(text))
            return next((name for name in names if name is not None), None)
    return None


# "Thực hiện ..., Bộ X xây dựng kế hoạch ...": a paragraph opening with its grounds, then the
# body that speaks doing what the letter is about
_OPENED = re.compile(r"(?:Thực hiện|Căn cứ|Triển khai|Để|Nhằm)\s")
_ACTS_AFTER_GROUNDS = re.compile(
    r"(?<=[^\W\d_]{2})\s+(?:xây dựng|tổ chức|triển khai|hướng dẫn|thông báo|ban hành)\s"
)
# (words of a clause, not of a body's name: "... của Bộ Chính trị, Ban Bí thư về tổ chức ...")
_CLAUSE_WORDS = re.compile(r"\b(?:về|của|tại|theo|trong|cho|với|các|những)\b")


def _acting_after_grounds(text: str) -> str | None:
    """The body a paragraph opening with its grounds names as doing what the letter is about
    ("Thực hiện Kết luận số ..., Bộ Tài chính xây dựng kế hoạch ..."), or None."""
    if not _OPENED.match(text):
        return None
    stop = text.find(". ")
    for acts in _ACTS_AFTER_GROUNDS.finditer(text, 0, stop if stop > 0 else len(text)):
        name = _name_before(text, acts.start())
        if name is not None and not _CLAUSE_WORDS.search(name):
            return name
    return None


# how many paragraphs of grounds may stand before the request, each opening with its ground
# and ending with ";" (the sentence going on in the next paragraph)
_GROUNDS = 2
_GROUNDS_APART = re.compile(r"(?:Thực hiện|Căn cứ|Theo|Triển khai)\b.*;$")


def _name_before(text: str, end: int) -> str | None:
    stop = text.rfind(". ", 0, end)
    sentence_start = stop + 2 if stop >= 0 else 0  # (a name may open the paragraph itself)
    best = None
    for m in _ISSUER_ORGAN.finditer(text, sentence_start, end):
        if _CLAUSE_START.search(text[sentence_start : m.start()]):
            best = m.start()  # the last name that opens a clause before the request
    if best is None or end - best > _LONGEST_NAME:
        return None
    # "Ban Chỉ đạo ... (sau đây viết là Ban Chỉ đạo)": the name, without its short form
    name = _SHORT_FORM.sub("", text[best:end]).strip(" ,")
    name = _ABBREVIATION.sub("", name).strip()  # ("Ủy ban nhân dân (UBND) thành phố X" too)
    return None if _NOT_A_NAME.search(name) else name


_PREAMBLE_PARAGRAPHS = 40
# "Thủ tướng Chính phủ ban hành Quyết định ...": the preamble's enacting formula
_ENACTS = re.compile(
    r"\s+ban hành\s+(?:Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Quy chế|Quy định)\b"
)
# "Ban Tuyên giáo và Dân vận Trung ương hướng dẫn việc ... như sau:": a guidance's formula, its
# issuer introducing what it lays down after the grounds
_GUIDES = re.compile(r"\s+hướng dẫn\s[^.;:]*\bnhư sau\s*:$")
# "TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA VỀ ...": the head of a board, the board enacting
_HEAD_OF_BOARD = re.compile(r"^TRƯỞNG\s+(?=BAN\s)")
# "Văn phòng Chính phủ thông báo để các cơ quan ... biết, thực hiện": a notice's closing formula
_NOTIFIES = re.compile(r"\s+(?:xin\s+|trân trọng\s+)?thông báo\s+(?:để|cho|đến|tới)\b")
_GROUND = re.compile(r"(?:Căn cứ|Xét đề nghị|Theo đề nghị)\b")


def _paragraphs(lines: list[str]) -> list[str]:
    """The text's paragraphs (runs of lines between blank ones, or parted where a line ends a
    sentence or the capitals of a title meet mixed case: a page without its blank lines has
    them too), emphasis marks dropped."""
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        plain = line.replace("*", " ").replace("__", " ").strip()
        if run and (not plain or _parted(run[-1], plain)):
            out.append(squash(" ".join(run)))
            run = []
        if plain:
            run.append(plain)
    return out


# a sentence's or a ground's end ("...;", "... như sau:"), and a paragraph's opening after it
_ENDS = re.compile(r"[.;:][\"”’)]*$")
_OPENS = re.compile(rf"[{CAPITAL}\d(-]")


def _parted(above: str, line: str) -> bool:
    """``line`` opens a paragraph of its own under ``above`` with no blank line between."""
    if is_upper_line(above) != is_upper_line(line):
        return True  # ("BỘ TRƯỞNG BỘ TÀI CHÍNH" / "Căn cứ ...")
    return _ENDS.search(above) is not None and _OPENS.match(line) is not None


def _opening_name(paragraph: str, verb: re.Pattern[str]) -> str | None:
    """The body's name that opens ``paragraph`` as the subject of ``verb``, or None."""
    m = verb.search(paragraph)
    if m is None or not _ISSUER_ORGAN.match(paragraph) or m.start() > _LONGEST_NAME:
        return None
    name = paragraph[: m.start()].strip(" ,")
    return None if _NOT_A_NAME.search(name) or "," in name else name


def enacting_body(lines: list[str], start: int) -> str | None:
    """The body a decision's preamble makes enact it, from line ``start``: the subject of its
    enacting formula ("Chính phủ ban hành Nghị quyết ...", a guidance's "Ban X hướng dẫn ...
    như sau:"), or its name in capitals on a line of
    its own right above the grounds ("ỦY BAN NHÂN DÂN TỈNH X" / "Căn cứ ..."); else None."""
    paragraphs = _paragraphs(lines[start:])[:_PREAMBLE_PARAGRAPHS]
    for k, text in enumerate(paragraphs):
        if text.startswith("Điều "):
            break
        name = _opening_name(text, _ENACTS) or _opening_name(text, _GUIDES)
        if name is not None:
            return name
        after = paragraphs[k + 1] if k + 1 < len(paragraphs) else ""
        if not (is_upper_line(text) and _GROUND.match(after)):
            continue
        # (the head who enacts it, "BỘ TRƯỞNG BỘ TÀI CHÍNH": the body is the ministry)
        title = _HEAD_TITLE.match(text) or _HEAD_OF_BOARD.match(text)
        body = org_display(text[title.end() :] if title else text)
        if _ISSUER_ORGAN.match(body):
            return body
    return None


def notifying_body(lines: list[str], start: int) -> str | None:
    """The body a notice's closing formula names ("Văn phòng Bộ thông báo để ... biết, thực
    hiện"), the last such paragraph from line ``start``; else None."""
    names = [_opening_name(text, _NOTIFIES) for text in _paragraphs(lines[start:])]
    return next((name for name in reversed(names) if name is not None), None)
