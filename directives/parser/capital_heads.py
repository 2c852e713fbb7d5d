"""A section's heading in capitals that the page broke over lines ("I. THÀNH" / "LẬP BAN CHỈ
ĐẠO TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT XỬ LÝ" / "NỢ"): the lines in capitals after it, with no
marker of their own, are more of its words, not a paragraph under it."""

from __future__ import annotations

from directives.parser.clean import is_upper_line
from directives.parser.item_paragraphs import Block


def capitals_go_on(current: Block, previous: str, line: str) -> bool:
    """``line`` (no marker) goes on with the roman-numbered heading ``current``, all of whose
    lines so far (the last ``previous``) are in capitals and end on no stop."""
    return (
        current.marker == "roman"
        and is_upper_line(current.text)
        and all(is_upper_line(part) for part in current.parts)
        and line == line.upper()
        and any(ch.isalpha() for ch in line)  # (a last word alone too: "NỢ")
        and not previous.rstrip().endswith((".", ":", ";"))
    )
