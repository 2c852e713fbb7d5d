"""The "Kính gửi" block under a letter's title (or a công điện's "THỦ TƯỚNG CHÍNH PHỦ
điện:"): the recipients, one per item or the one named on the label's line, with an item
wrapped onto the next line joined back, and where the block ends.
"""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY, TITLES
from directives.parser.clean import squash
from directives.parser.header_words import HEADER_SCAN
from directives.parser.letters import CAPITAL
from directives.parser.page_width import broke_short

_TRAILING = " .;,"
_PARAGRAPH = 160


def find_recipients(lines: list[str], folded: list[str], recipients: list[str], start: int) -> int:
    """Fills ``recipients``, returns the index after the "Kính gửi" block (-1: none)."""
    for i in range(start, min(len(lines), start + HEADER_SCAN)):
        label = _RECIPIENTS_LABEL.match(folded[i])
        if label is None or not _sender_in_capitals(lines[i], folded[i][: label.end()]):
            continue
        rest = lines[i][label.end() :].lstrip(" :").strip()
        if rest and _blank(rest):
            return i + 1  # "Kính gửi: ..........": a blank to fill in, no recipient named
        # the one recipient on the label's line ("Kính gửi: Sở Y tế"), not the first item of a
        # list set beside the label ("Kính gửi: - Ủy ban nhân dân tỉnh," / "- Các sở ...")
        inline = bool(rest) and not rest.startswith("-")
        if rest and not rest.startswith("-"):
            recipients.append(rest.rstrip(_TRAILING))
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            # the one recipient, wrapped: "Kính gửi: Bộ trưởng" / "Bộ Công Thương"
            short = (
                len(nxt) <= 60
                and not nxt.startswith("(")
                and not _BODY_START.match(folded[i + 1] if nxt else "")
                # ("Kính gửi: Thuế tỉnh X" / "Cục Thuế nhận được công văn số ...": the body)
                and not _RECEIVED.search(folded[i + 1] if nxt else "")
            )
            # (or a label's line cut after the plural's "Các": "Kính gửi: Các" / "Doanh nghiệp
            # ...", no name being only that)
            cut = _CUT_AFTER.match(folded[i][label.end() :].strip(" :*")) is not None
            if nxt and (nxt[0].islower() or short or cut) and _open_item(rest):
                recipients[-1] = squash(rest + " " + nxt.rstrip(_TRAILING))
                i += 1
        elif rest:
            recipients.append(rest.lstrip("-+ ").rstrip(_TRAILING))
        j = i + 1
        last = lines[i]  # the last line with text: an item ending in ":" or "," runs on
        while j < len(lines):
            line = lines[j]
            if not line:
                if inline:
                    break
                j += 1
                continue
            if _ADDRESS.match(folded[j]):
                j += 1  # "(Địa chỉ: ...)" under an item: where it is, no recipient
                continue
            items = recipients
            run_on = _row_items(line)
            if run_on:  # "| | - Bộ trưởng Bộ A; - Chủ tịch UBND các tỉnh; | |": the list in a cell
                items.extend(run_on)
                last = line
                j += 1
                continue
            if not items and _blank(line):
                return j + 1  # (the blank set on the line under the label)
            if not items and not inline and line[0] not in "-+":
                items.append(line.rstrip(_TRAILING))  # "Kính gửi:" / the one recipient below
                last = line
                j += 1
                continue
            wrapped = items and (_open_item(last) or last.rstrip().endswith(":"))
            comma = last.rstrip().endswith(",")
            # "- Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai," / "- Đắk Lắk và Khánh Hòa;": the
            # names after a colon run on whatever the next line opens with
            # (not a body's own item: "- Các sở: xây dựng, tài chính," / "- UBND huyện X,")
            listed = items and comma and ":" in items[-1]
            if line[0] not in "-+" or (listed and not STARTS_BODY.match(line.lstrip("-+ "))):
                # an item wrapped onto this line: the one above is still open
                # (a paragraph under the list is the body: "- Tổng cục Y" / "Văn phòng Chính
                # phủ có Công văn số ... gửi ...", a long line no item wraps onto)
                # (or one after a blank line: "- Sở Y" / "" / "Bộ X đã có Chỉ thị số ...")
                gap = _PARAGRAPH // 2 if not lines[j - 1] else _PARAGRAPH
                # ("Cục Thuế nhận được công văn số ...": the reply's first sentence)
                body = bool(_BODY_START.match(folded[j]) or _RECEIVED.search(folded[j]))
                body = body or len(line) > gap or broke_short(last, line)
                if wrapped and not inline and not body:
                    glue = ", " if comma else " "
                    items[-1] = squash(items[-1] + glue + line.lstrip("-+ ").rstrip(_TRAILING))
                    last = line
                    j += 1
                    continue
                break
            if _BODY_START.match(folded[j].lstrip("-+ ")):
                break  # "- Căn cứ Luật ...;" under the list: the letter's grounds, its body
            items.extend(_entries(line.lstrip("-+ ").rstrip(_TRAILING)))
            last = line
            j += 1
        return j
    return -1


# "Kính gửi:", or a công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:" / "BỘ XÂY DỰNG điện:"
# "Kính gửi:", or "THỦ TƯỚNG CHÍNH PHỦ điện:" opening a line (not "...; Các Công điện: số ...")
# (or "ĐIỆN" alone on its line under the sender's title: "CHỦ TỊCH ỦY BAN NHÂN DÂN ..." / "ĐIỆN")
_RECIPIENTS_LABEL = re.compile(r"^kinh gui\b|^[^:;]{3,60}\s+dien\s*:|^dien\s*:?\s*$")
RECIPIENTS_LABEL = _RECIPIENTS_LABEL
_ADDRESS = re.compile(r"^\(\s*(?:dia chi|d/c)\s*:")
# the words a recipient's name goes on after, alone on the label's line
_CUT_AFTER = re.compile(r"(?:cac|nhung|quy)$")
# "Cục Thuế nhận được công văn số ...", "Bộ Y tế đã nhận được ...": the letter's first sentence
_RECEIVED = re.compile(r"^[^,.;:]{2,40}?\s(?:da\s+)?(?:nhan duoc|tiep nhan)\s")
_BODY_START = re.compile(r"^(?:thuc hien|can cu|theo|xet|ngay|trong|de|nham|vua qua|hien nay)\b")


def _sender_in_capitals(line: str, label: str) -> bool:
    """A công điện's sender is written in capitals before "điện:" ("THỦ TƯỚNG CHÍNH PHỦ
    điện:"); a figure's name in a table ("Dòng điện: 630A", "Cách điện: Sứ") is none."""
    if label.startswith("kinh gui") or len(label) > len(line):
        return True
    sender = re.sub(r"\s*\S+\s*:?\s*$", "", line[: len(label)])
    return not any(ch.islower() for ch in sender)


# "- A; - B; - C;": items a page ran on in one paragraph, each still opening with its dash
_RUN_ON_ITEM = re.compile(r";\s*-\s+")


def _row_items(line: str) -> list[str]:
    """The recipients a table's row lists in a cell, its items run on in one paragraph ("| |
    - Bộ trưởng Bộ A; - Bộ trưởng Bộ B; | |"); none when the line is no such row."""
    cells = [c.strip() for c in line.split("|")] if line.startswith("|") else []
    text = " ".join(c for c in cells if c)
    if not text.startswith("-") or not _RUN_ON_ITEM.search(text):
        return []
    items = [p.lstrip("-+ ").rstrip(_TRAILING) for p in _RUN_ON_ITEM.split(text)]
    return [p for p in items if p]


def _blank(text: str) -> bool:
    return not text.strip(" .…_")


def _open_item(line: str) -> bool:
    return bool(line) and not line.rstrip().endswith((";", ".", ":"))


# "- Sở Tài chính; Sở Nội vụ;": two recipients a page set on one item (or two items it glued
# at the line's join: "- Bộ Xây dựng;- Ủy ban nhân dân tỉnh Khánh Hòa.", or with no space:
# "- Bộ Công an;Công an tỉnh X.")
_TWO_ON_ONE = re.compile(rf";(?:\s*-\s*|\s*)(?=[{CAPITAL}])")


def _entries(item: str) -> list[str]:
    """The recipients one item names: each of its ";" parts when every part opens with a
    body's name, none with a colon ("UBND các tỉnh: Gia Lai; Kon Tum" is one) nor a title
    ("Bộ trưởng; Thủ trưởng cơ quan ngang Bộ": the heads, one item as written)."""
    if ";" not in item or ":" in item:
        return [item]
    parts = [p.strip() for p in _TWO_ON_ONE.split(item)]
    named = all(STARTS_BODY.match(p) and not TITLES.match(p + " ") for p in parts)
    return parts if named else [item]
