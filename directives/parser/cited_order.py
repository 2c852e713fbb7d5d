"""The order of a letter's references: where its text first cites each ("V/v" line aside for
a công văn, a number a line's end cut after its hyphen found by its first part)."""

from __future__ import annotations

import re

from directives.records import Reference


def in_body_order(references: list[Reference], body: str, subject: str | None) -> list[Reference]:
    """The references in the order the letter's text first cites them: a document its subject
    line names ("V/v triển khai Nghị định 136/2025/NĐ-CP") takes its place in the text (a
    number in capitals, "06/QĐ-TTG", is the same number), and one the text never cites after
    those it does (the "V/v" line a summary in the header)."""
    compact = body.replace(" ", "").replace("\n", "").upper()
    summary = (subject or "").replace(" ", "").upper()
    written = {r.number: r.number.replace(" ", "").upper() for r in references}
    at = {number: _cited_at(compact, as_written) for number, as_written in written.items()}
    for number, as_written in written.items():
        cut = _cut_at(compact, as_written, at)
        at[number] = cut if 0 <= cut < at[number] or at[number] < 0 <= cut else at[number]
    after = len(compact) + 1
    return sorted(
        references,
        key=lambda r: (
            at[r.number]
            if at[r.number] >= 0
            else after
            if _cited_at(summary, written[r.number]) >= 0
            else -1
        ),
    )


# a number with its year and a code of two parts ("04/2020/TT-BTP"): where a line's end may
# cut it after the hyphen, the rest in another column or past the page's break
_CUT_AFTER = re.compile(r"^\d{1,4}/\d{4}/[A-ZĐ]+-(?=[A-ZĐ])")


def _cut_at(compact: str, number: str, at: dict[str, int]) -> int:
    """Where the text cites ``number`` cut after its hyphen ("04/2020/TT-" / "Nội dung ..."),
    no other number cited there; -1 when it does not."""
    cut = _CUT_AFTER.match(number)
    if cut is None:
        return -1
    others = [n.replace(" ", "").upper() for n in at if n.upper() != number]
    for m in re.finditer(rf"(?<!\d){re.escape(cut.group())}", compact):
        if not any(compact.startswith(o, m.start()) for o in others):
            return m.start()
    return -1


def _cited_at(compact: str, number: str) -> int:
    """Where ``number`` stands in the text, or a serial written before the code it shares
    ("9" of "SỐ9,10,15/COP19" for "9/COP19"); -1 when it stands nowhere."""
    # (not inside a longer number: "79/2025/NĐ-CP" in "179/2025/NĐ-CP")
    bound = r"(?<!\d)" if number[:1].isdigit() else ""
    found = next((m.start() for m in re.finditer(bound + re.escape(number), compact)), -1)
    serial, _, code = number.partition("/")
    code_at = compact.find(f"/{code}") if found < 0 and serial.isdigit() and code else -1
    listed = (
        re.search(rf"(?<!\d){serial},(?:\d+,)*\d+/{re.escape(code)}", compact)
        if code_at >= 0
        else None
    )
    return listed.start() if listed else found
