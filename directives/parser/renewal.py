"""A licence's last article that states its effect and then binds its holder to renew it:
"Điều 4. Giấy phép này có hiệu lực thi hành kể từ ngày ký. Chậm nhất chín mươi (90) ngày
trước khi giấy phép hết hạn, nếu Công ty X còn tiếp tục khai thác ... phải làm thủ tục gia hạn
Giấy phép theo quy định." The sentence after the effect is set apart as a paragraph of its own,
as a page that breaks the line there prints it; ``nontask.binds_holder`` reads it as the
holder's task."""

from __future__ import annotations

import re

from directives.parser.item_paragraphs import Block
from directives.parser.nontask import binds_holder

_AFTER_EFFECT = re.compile(r"^dieu \d+\.\s*giay phep nay co hieu luc\b[^.;:]*\.\s+(?=cham nhat\b)")


def renewal_apart(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each licence's renewal sentence set apart from its effect article."""
    out: list[Block] = []
    for block in blocks:
        m = _AFTER_EFFECT.match(block.folded) if block.marker == "article" else None
        at = m.end() if m is not None and len(block.text) == len(block.folded) else 0
        if not at or not binds_holder(block.folded[at:]):
            out.append(block)
            continue
        rest = Block(None, block.text[at:], block.folded[at:], after_gap=False)
        block.text, block.folded = block.text[:at].rstrip(), block.folded[:at].rstrip()
        out += [block, rest]
    return out
