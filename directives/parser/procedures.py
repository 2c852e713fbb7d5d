"""The detailed content of an administrative procedure a decision publishes: its standard
fields ("1. Trình tự thực hiện:", "Cách thức thực hiện", "Thành phần, số lượng hồ sơ",
"Thời hạn giải quyết", "Đối tượng thực hiện", "Cơ quan thực hiện thủ tục hành chính", "Kết
quả", "Phí, lệ phí", "Yêu cầu, điều kiện", "Căn cứ pháp lý") describe the procedure, wherever
they stand (an annex or an article of the body). They are no task record: "Cơ quan thực hiện"
names who handles the procedure, not a task's lead, and a period in the steps ("trong thời hạn
15 ngày kể từ ...") dates no task. The family: a part of the text (between two articles,
annexes or parts) that holds the "Trình tự thực hiện" field and one other of them is a
procedure's description from its first field to the part's end, the forms it attaches
included; ``described`` finds those lines, which the walk for tasks leaves out.
"""

from __future__ import annotations

import re

# "1. Trình tự thực hiện TTHC:", "- Thời hạn giải quyết: 15 ngày.", "a. Phí, lệ phí": a field
# on a line of its own or before ":" (not "a2: Trình tự thực hiện đối với trường hợp ...",
# nor an article "Điều 3. Trình tự thực hiện" of a regulation); numbered under its procedure too
# ("1.1. Trình tự thực hiện:", "2.3. Thành phần, số lượng hồ sơ:")
_MARK = r"^(?:(?:\d{1,2}(?:\.\d{1,2})?|[a-z])[.)]\s*|[-+]\s*)?"
_END = r"(?:\s+(?:tthc|thu tuc hanh chinh))?(?:\s*\(neu co\))?\s*(?::|$)"
_STEPS = re.compile(_MARK + r"trinh tu thuc hien" + _END)
_FIELD = re.compile(
    _MARK + r"(?:cach thuc thuc hien|thanh phan,?(?: so luong)? ho so|thoi han giai quyet"
    r"|doi tuong thuc hien|co quan thuc hien (?:thu tuc hanh chinh|tthc)|co quan giai quyet"
    r"|ket qua(?: thuc hien| giai quyet)?|phi,? le phi|phi/le phi|le phi"
    r"|yeu cau,? dieu kien(?: thuc hien)?|can cu phap ly(?: cua thu tuc hanh chinh)?)" + _END
)
# What ends a part: an article, an annex, a part or a chapter of the document, its number set
# off ("Điều 2.", "PHỤ LỤC I", "PHẦN II. NỘI DUNG ..."; not a line a page wrapped before "Phụ
# lục I Nghị định số ...")
_PART = re.compile(
    r"^(?:dieu\s+\d+\s*[.:]|(?:phu luc|phan|chuong)(?:\s+(?:so\s+)?(?:[ivx]+|\d+))?\s*(?:[.:]|$))"
)


def described(folded: list[str]) -> set[int]:
    """The lines of ``folded`` that describe an administrative procedure in its fields."""
    out: set[int] = set()
    start = 0
    for end in [*(i for i, line in enumerate(folded) if _PART.match(line)), len(folded)]:
        out.update(_in_part(folded, start, end))
        start = end
    return out


def _in_part(folded: list[str], start: int, end: int) -> range:
    """The lines from the first field of a procedure to the part's end, when the part from
    ``start`` to ``end`` (its heading line kept out) describes one."""
    steps = [i for i in range(start + 1, end) if _STEPS.match(folded[i])]
    if not steps:
        return range(0)
    fields = [i for i in range(start + 1, end) if _FIELD.match(folded[i])]
    if not fields:
        return range(0)
    return range(min(steps[0], fields[0]), end)
