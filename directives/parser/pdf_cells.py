"""A row of a PDF task table cut into its cells (pdf_tables.py finds the table and its rows).

A row's lines come cell after cell with nothing between them; the cells are told apart by
how they open: the task's sentences run until a line opens with a body's name
(``BODY_HEAD``), each bodies' cell opens with one, a time's cell with a period's words
(``DUE_HEAD``), a product's cell with anything else in capitals; a line that leaves its
name or sentence open (``OPEN_END``) goes on with the cell it is in.
"""

from __future__ import annotations

import re

from directives.parser.line_joins import joined_lines
from directives.parser.name_words import THINGS_SET

# The first words of a body's name, as a cell of bodies opens: a kind of body, or "Các"
# and a plural of one ("Các bộ, cơ quan", not the products' "Các văn bản"); not a title
# ("Bộ trưởng Bộ ..." in a column of who approves), nor a product's word ("Ban hành Bộ cẩm
# nang ...", "Hội nghị được tổ chức", "Bộ chỉ số được xây dựng": a set of things)
_HEADS = (
    f"(?!(?i:{THINGS_SET}))Bộ(?! trưởng)|"
    "Vụ|UBND|Ủy ban|Uỷ ban|Ban(?! hành)|Sở|Cơ quan|Văn phòng|Ngân hàng|Tổng cục|"
    "Cục|Viện|Trường|Đài|Thông tấn|Hội(?! nghị| chợ| thảo)|Liên đoàn|Mặt trận|Kiểm toán|Tòa án|"
    "Toà án|Trung ương|Tập đoàn|Tổng công ty|Bảo hiểm|BHXH|Hiệp hội|Đoàn|Thanh tra|Học viện|"
    "Đại học|Quỹ|Công an|Quân|Tỉnh|Thành phố|Doanh nghiệp|"
    # (a kind of facility: "Cơ sở khám bệnh, chữa bệnh", not "Cơ sở dữ liệu")
    "Cơ sở(?= (?:khám|y tế|giáo dục|đào tạo))"
)
_PLURALS = (
    "bộ|sở|cục|ban|vụ|cơ quan|ngành|tỉnh|địa phương|đơn vị|tổ chức|cơ sở|tập đoàn|doanh nghiệp|"
    "hội|hiệp hội|trường|viện|ủy ban|UBND|ngân hàng|thành viên|cấp|đoàn|trung tâm|lực lượng|xã|"
    "phường|tổng cục|chi cục"
)
BODY_HEAD = re.compile(r"^(?:Các\s+(?i:" + _PLURALS + ")|" + _HEADS + r")\b")
# The words a time's cell opens with
DUE_HEAD = re.compile(
    r"^(?:Năm|Giai đoạn|Hằng|Hàng|Thường(?: xuyên|\s*$)|Nhiệm vụ thường|Quý|Tháng|Trước|"
    r"Trong|Chậm nhất|Từ|Đến|Định kỳ|Ngày|Tuần|Liên tục|\d)"
)
# A line that leaves its name or sentence open: the next line goes on with it
# ("Nghị quyết số" / "71-NQ/TW": a number that opens a line goes on with its document)
OPEN_END = re.compile(r"(?:[,;:&(-]|\b(?:và|của|các|với|cho|về|tại|trong|ở|thuộc|số))$")


# a body's short name ending a task's line, after a word that leaves nothing open ("... phù
# hợp Bộ Y tế"; not "... phối hợp với Bộ Y tế", "... của Bộ Tài chính")
_LEAD_TAIL = re.compile(
    r"(?:^|\s)(?P<word>[^\s,;.]+)\s+"
    r"((?:Bộ|Sở|Cục|Vụ|UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+[A-ZĐ][^\s,;.]*"
    r"(?:\s+[^\s,;.]+){0,3})\s*$"
)
_BEFORE_NAME = {"và", "của", "các", "với", "cho", "về", "tại", "trong", "thuộc", "giao", "do"}
_BEFORE_NAME |= {"theo", "đến", "gửi", "đề", "nghị", "cầu", "phép", "ý", "kiến"}


def _lead_tail(line: str) -> re.Match[str] | None:
    m = _LEAD_TAIL.search(line)
    if m is None or m.group("word").lower() in _BEFORE_NAME or not m.group("word").islower():
        return None
    return m


def row_cells(lines: list[str], kinds: list[str], cut: bool = False) -> list[str]:
    """The cells of a row's lines in the order of ``kinds`` (``cut``: the part of a row a
    page break carried over, which may hold no task's words)."""
    out = [""] * len(kinds)
    at = 0
    while at < len(lines) and not ((at or cut) and opens_body(lines, at)):
        at += 1
    if 1 < at < len(lines) and (tail := _lead_tail(lines[at - 1])) is not None:
        # "... theo lộ trình phù hợp Bộ Y tế" / "Bộ Tài chính, các": the lead's cell set on
        # the task's line, the partners' opening the line under it
        end = tail.start(2)
        lines = [*lines[: at - 1], lines[at - 1][:end].rstrip(), tail.group(2), *lines[at:]]
    out[kinds.index("task")] = joined_lines([line.rstrip() for line in lines[:at]] or [""])
    groups: list[list[str]] = []
    while at < len(lines) and (not groups or not _opens_rest(lines, at, kinds)):
        if opens_body(lines, at) or not groups:
            groups.append([])
        groups[-1].append(lines[at])
        at += 1
    lead = kinds.index("lead")
    out[lead] = " ".join(groups[0]) if groups else ""
    last = lead
    if "coord" in kinds:
        last = max(lead, kinds.index("coord"))
        out[kinds.index("coord")] = "; ".join(" ".join(g) for g in groups[1:])
    after = [n for n in range(last + 1, len(kinds)) if kinds[n] in ("due", "other")]
    col = -1
    for k in range(at, len(lines)):
        col = _column(lines, k, col, [kinds[n] for n in after])
        if 0 <= col < len(after):
            out[after[col]] = f"{out[after[col]]} {lines[k]}".strip()
    return out


# a quarter's number the time cell set on a line of its own ("Từ" / "quý" / "III/2026")
_QUARTER_NUMBER = re.compile(r"^[IVX]{1,4}(?:/\d{4}|\b)")


def _column(lines: list[str], k: int, col: int, kinds: list[str]) -> int:
    """The column (of ``kinds``, the ones after the bodies') the line at ``k`` falls in,
    the line before it in ``col``: a new cell opens with a capital or a digit."""
    line = lines[k]
    due = next((n for n in range(max(col, 0), len(kinds)) if kinds[n] == "due"), None)
    if col < 0:
        return due if due is not None and DUE_HEAD.match(line) else 0
    if col >= len(kinds) or OPEN_END.search(lines[k - 1]):
        return col  # (past the last column: a later result's cells, read on their own)
    if not (line[:1].isupper() or line[:1].isdigit()):
        return col
    if kinds[col] == "other" and due is not None and DUE_HEAD.match(line):
        return due
    if kinds[col] == "due" and not DUE_HEAD.match(line) and not _QUARTER_NUMBER.match(line):
        return col + 1
    return col


def opens_body(lines: list[str], at: int) -> bool:
    """The line at ``at`` opens a body's name, a name the line before left open aside."""
    # a justified cell sets a word a line ("Các" / "bộ" / "ở" / "Trung ương,")
    line = lines[at]
    probe = f"{line} {lines[at + 1]}" if " " not in line and at + 1 < len(lines) else line
    return bool(BODY_HEAD.match(probe)) and not (
        at and OPEN_END.search(lines[at - 1]) and not _narrow_after_comma(lines, at)
    )


def _narrow_after_comma(lines: list[str], at: int) -> bool:
    """ "... điều trị các bệnh lý nhẹ," / "Bộ Y tế, Sở Y tế" / "đối" / "với": a short line of
    bodies over a word a line (a narrow column's cell, justified), after a task's long line
    the page cut at a comma: the bodies' cell opens, the task goes on after the page break."""
    before = lines[at - 1]
    nxt = lines[at + 1] if at + 1 < len(lines) else ""
    return (
        before.endswith(",")
        and len(before) >= 35
        and len(lines[at]) <= 25
        and bool(nxt)
        and " " not in nxt
        and nxt[:1].islower()
    )


def _opens_rest(lines: list[str], at: int, kinds: list[str]) -> bool:
    """The line at ``at`` opens the cell after the bodies': a time's, or a product's."""
    line, before = lines[at], lines[at - 1]
    if BODY_HEAD.match(line):
        return False
    if before.endswith(";"):
        # "Bộ Công Thương;" / "Bộ Ngoại giao;" / "Hệ sinh thái được ...": after the cell's last
        # ";" a line that opens no body opens the product's (or the time's) cell
        return bool(DUE_HEAD.match(line)) or ("other" in kinds and line[:1].isupper())
    if OPEN_END.search(before):
        return False
    if DUE_HEAD.match(line):
        return True
    last = before.split()[-1] if before.split() else ""
    return "other" in kinds and line[:1].isupper() and not last[:1].isupper()
