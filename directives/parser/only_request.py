"""A letter that gives no task but in its last words: "Bộ Xây dựng yêu cầu các đơn vị thực
hiện nghiêm túc, gửi báo cáo về Bộ theo đúng thời hạn đã quy định ... ./.". Such words, which
ask the addressees by a generic name, close a letter that gave its tasks above; with no task
above they are the letter's one request and ask for work of their own (the report sent), so
they are read again as any paragraph, their closing mark set aside. Words that only urge
("... yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.") ask for nothing more
and stay a closing."""

from __future__ import annotations

import re
from dataclasses import replace

from directives.parser.blocks import Block
from directives.parser.closing_prose import closing_prose

# the last words ask the addressees by a generic name ("yêu cầu các đơn vị ...") and end the
# letter ("./.")
_LAST_ASK = re.compile(r"\b(?:yeu cau|de nghi) (?:cac|nhung) (?=(?:co quan|don vi)\b)")
_CLOSE_MARK = re.compile(r"\s*\./\.?\s*$")
# what only urges the tasks above: "nghiêm túc triển khai thực hiện (các nội dung nêu trên)"
_URGES = re.compile(
    r"(?:[\s,]|\b(?:va|nghiem tuc|khan truong|kip thoi|trien khai|thuc hien|to chuc|chap hanh|"
    r"co hieu qua|cac|noi dung|neu tren|tren|dia phuong|co quan|don vi)\b)*"
)


def last_words_asked(blocks: list[Block]) -> list[Block] | None:
    """``blocks`` with the letter's last words read as its one request (their "./." set
    aside), when those ask the addressees by a generic name for work of their own and the
    rules read them as the closing; else None."""
    for at in range(len(blocks) - 1, -1, -1):
        block = blocks[at]
        if block.marker is not None or not any(ch.isalnum() for ch in block.text):
            continue
        mark = _CLOSE_MARK.search(block.folded)
        asked = _LAST_ASK.search(block.folded)
        if mark is None or asked is None or not closing_prose(block.folded):
            return None
        if _URGES.match(block.folded, asked.end()).end() >= mark.start():  # type: ignore[union-attr]
            return None
        text, folded = block.text[: mark.start()] + ".", block.folded[: mark.start()] + "."
        if closing_prose(folded):
            return None
        return [*blocks[:at], replace(block, text=text, folded=folded), *blocks[at + 1 :]]
    return None
