"""What a printed page sets among a letter's words that is no part of the letter: the page's
number alone on its line.

It is decided here once. The passes that drop it say only where they look: a text laid out
as printed (``layout``: after a form feed, a centred line), a gazette's page chrome
(``gazette``: beside its running head), a text's dashed marks (``clean``).
"""

from __future__ import annotations

import re

# A page's number alone on its line: "2", "- 2 -", "– 46 –" (its dashes as the page set
# them, before the text's dashes are made plain), "1046" (a gazette's pages run on)
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(\d{1,4})(?:\s*[-–—])?\s*$")
# The same between dashes, on a line of its own wherever it stands in a text whose lines
# are stripped and dashes plain ("- 2 -"): no letter writes a line so
DASHED_PAGE_NUMBERS = re.compile(r"^- ?\d{1,3} ?-$", re.MULTILINE)


def page_number(raw: str) -> int | None:
    """The page's number ``raw`` holds and nothing else, or None."""
    m = _PAGE_NUMBER.match(raw)
    return int(m.group(1)) if m else None
