"""A text layer's lettered points with more paragraphs under them.

A page that sets no paragraph off by a blank line (a PDF's text layer, a page whose blank
lines were lost) still runs a point over several paragraphs:

    e) Theo dõi chặt chẽ diễn biến ..., tuyệt đối không chủ quan, bị động, bất ngờ.
    Chuẩn bị kịch bản trong tình huống ...           <- more of e)
    Điều hành chủ động, linh hoạt ... ngân hàng.     <- more of e)
    g) Về quản lý, sử dụng ngân sách nhà nước ...

The paragraphs with no marker between two points of one list go on with the point above
them, unless one names a doer of its own ("Chi cục trưởng Chi cục Hải quan ... chịu trách
nhiệm ...": its own task), asks one ("Đề nghị cơ quan soạn thảo ...", under a point that
cites a provision) or is a label over a list (its ":").
"""

from __future__ import annotations

from directives.parser.bodies import ASK, STARTS_BODY, TITLES
from directives.parser.item_paragraphs import Block, absorb, last_line


def between_points(blocks: list[Block]) -> list[Block]:
    """The blocks with the paragraphs between two lettered points joined to the one above,
    on a page with no blank line between its paragraphs."""
    if any(block.after_gap for block in blocks[1:]):
        return blocks
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        out.append(block)
        i += 1
        if block.marker != "letter" or not last_line(block).endswith("."):
            continue
        j = i
        while j < len(blocks) and _more_of_point(blocks[j]):
            j += 1
        if i < j < len(blocks) and blocks[j].marker == "letter":
            for paragraph in blocks[i:j]:
                absorb(block, paragraph)
            i = j
    return out


def _more_of_point(block: Block) -> bool:
    text = block.text.lstrip()
    return (
        block.marker is None
        and not last_line(block).endswith(":")
        and STARTS_BODY.match(text) is None
        and TITLES.match(text) is None
        and ASK.match(text) is None
    )
