"""A task table whose header a page kept as a Markdown row while its rows came one cell a
line, as a PDF's text layer gives them:

    | TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |   <- the header's row
    | --- | --- | --- | --- |
    Thời gian thực hiện        <- a last title the row could not hold
    1                          <- the rows, one cell a line
    Tổ chức ...

The header's titles are set one a line, the rule under them dropped, so that the reader
of such tables (``pdf_tables``) takes the header and its rows together. A header row with
Markdown rows under it is a Markdown table and is left as it is.
"""

from __future__ import annotations

from directives.parser.cells import NUMBER_HEADERS, fold


def _cells(line: str) -> list[str]:
    return [c.strip(" *") for c in line.strip().strip("|").split("|")]


def _rule(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and all(set(c) <= set("-: ") and c for c in _cells(stripped))


def spill_headers(raws: list[str]) -> tuple[list[str], bool]:
    """The lines with each such header's titles one a line; and whether any was."""
    out: list[str] = []
    spilled = False
    i = 0
    while i < len(raws):
        line = raws[i].strip()
        if (
            line.startswith("|")
            and line.endswith("|")
            and i + 2 < len(raws)
            and _rule(raws[i + 1])
            and raws[i + 2].strip()
            and not raws[i + 2].lstrip().startswith("|")
        ):
            titles = _cells(line)
            if len(titles) >= 3 and fold(titles[0]) in NUMBER_HEADERS:
                out.extend(titles)
                spilled = True
                i += 2
                continue
        out.append(raws[i])
        i += 1
    return out, spilled
