"""The law a letter quotes: "Luật ... quy định:" / "“1. Nhà nước quản lý ..." / "3. Bảo đảm
...”": the paragraphs of a text the letter quotes are cited law, no task (README: quoted legal
text). The paragraph that opens the quotation is quoted too when it opens with a clause of the
law ("“Điều 6. Căn cứ tính thuế", "“9. Dịch vụ y tế ...”.") or right under the intro that says
the law speaks ("... quy định:"); the letter's own words around the quotes are its own.

A worked example the letter (or its annex) sets out is alike no task ("Ví dụ 1:" / "Công ty A,
là doanh nghiệp ..., Công ty A ghi như sau:" / "Tại cột “Hàng hóa, dịch vụ” ghi: ..."): the
companies it names are the example's, what they do how the rule applies. It runs from its
"Ví dụ" line (a line of its own) to the next numbered item or the letter's own request ("Tổng
cục Thuế yêu cầu các Cục Thuế ...", "Trong quá trình thực hiện, ..."), another "Ví dụ" opening
the next one.
"""

from __future__ import annotations

import re

from directives.parser.item_paragraphs import Block

# "“Điều 6. ...", "“9. Dịch vụ ...", "“a) Đối với ...", "“Khoản 2 ...": a clause of the law
_CLAUSE = re.compile(r"^\s*[“\"]\s*(?:dieu\s+\d+\s*[.:]|\d{1,2}(?:\.\d{1,2})*\s*[.)]\s|[a-zđ]\)\s)")
# "Luật thuế TNDN quy định:", "... có quy định về đối tượng ... như sau:": the law speaks
_LAW_SAYS = re.compile(r"\bquy dinh\b[^.;]*:\s*$")


def opens_quote(block: Block, before: Block | None) -> bool:
    """``block`` opens a quotation of the law (a clause of it, or under "... quy định:")."""
    if not block.text.lstrip().startswith(("“", '"')):
        return False
    said = before is not None and _LAW_SAYS.search(before.folded) is not None
    return said or _CLAUSE.match(block.folded) is not None


def mark_quoted(blocks: list[Block]) -> None:
    """Marks the paragraphs of a text the letter quotes; a quotation never closed marks
    nothing. A quotation opening a paragraph ("“Điều 44. ...") is a new one, not nested in the
    one before it, which the letter left unclosed: the paragraphs between are still quoted."""
    depth, straight, opened = 0, False, None
    for i, block in enumerate(blocks):
        inside = depth > 0 or straight
        block.quoted = inside or opens_quote(block, blocks[i - 1] if i else None)
        if block.text.startswith("“"):
            depth = 0  # a quotation opening a paragraph: the one before it was left unclosed
        depth = max(0, depth + block.text.count("“") - block.text.count("”"))
        straight ^= block.text.count('"') % 2 == 1
        if not inside and (depth or straight):
            opened = i
        elif not (depth or straight):
            opened = None
    for block in blocks[opened + 1 :] if opened is not None else []:
        block.quoted = False
    mark_examples(blocks)


# "Ví dụ 1:", "Ví dụ:", "Ví dụ minh họa:": a worked example opens
# (a line of its own: "Ví dụ: Công ty C ..." run on after a task's item is more of its text)
_EXAMPLE = re.compile(r"^vi du(?:\s+(?:\d{1,2}|minh hoa))?\s*[:.]?\s*$")
# what the letter itself says again after it: a request, its closing words
_OWN_AGAIN = re.compile(
    r"^(?:[^.;:]{0,60}?\s)?(?:yeu cau|de nghi|giao)\s|^(?:tren day|trong qua trinh|truong hop co)\b"
)


def mark_examples(blocks: list[Block]) -> None:
    """Marks the blocks of each worked example the letter sets out (as quoted: no task, no
    section's end)."""
    inside = False
    for block in blocks:
        if _EXAMPLE.match(block.folded):
            inside = True
        elif _ends_example(block):
            inside = False
        block.quoted = block.quoted or inside


def _ends_example(block: Block) -> bool:
    """The block is the letter's own again: a numbered item, or its request after the example."""
    if block.marker in ("roman", "article") or (block.marker or "").startswith("num"):
        return True
    return block.marker is None and _OWN_AGAIN.match(block.folded) is not None
