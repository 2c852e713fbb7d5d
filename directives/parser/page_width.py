"""What a page cut at a fixed width tells by where it broke a line: a line its next word would
have fitted on was broken on purpose (a paragraph's or a title's end), not at the width. A
source that drops the blank lines between paragraphs leaves this sign standing, so ``blocks``
asks it where no blank line parts two paragraphs.
"""

from __future__ import annotations

# A printed page's width is well under this many characters: a wider "width" is a web page's
# paragraph set on one line, which tells nothing of where a line was broken
_PRINTED = 240


def word_fits(previous: str, line: str, full: int) -> bool:
    """On a page cut at the width ``full`` (``wrap.full_width``, 0 on a page cut at none),
    ``line``'s first word would have fitted on ``previous``: the page broke the line there
    itself."""
    words = line.split(maxsplit=1)
    if not full or full >= _PRINTED or not words:
        return False
    return len(previous.rstrip()) + 1 + len(words[0]) <= full
