"""What a signature block leaves on the "Nơi nhận" list's last line: the start of the signer's
title in capitals ("- Lưu: VT, XD&KTVBQPPL. PHÓ GIÁ" over "PHÓ GIÁM ĐỐC"), which the page's
text layer took from the block beside the list. It is no word of the entry (README: characters
taken from a signature image are dropped)."""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL

# after the entry's own closing mark, capitals alone to the line's end
_TITLE_SHRED = re.compile(rf"(?<=[.;,])\s+(?P<shred>[{CAPITAL}][{CAPITAL} ]*[{CAPITAL}])$")


def without_title_shred(entries: list[str], title: str | None) -> list[str]:
    """The entries with a shred of the signer's ``title`` dropped from the last one, and the
    entry's closing mark with it."""
    m = _TITLE_SHRED.search(entries[-1]) if entries and title else None
    if m is None or title is None or not title.upper().startswith(m.group("shred")):
        return entries
    return [*entries[:-1], entries[-1][: m.start()].rstrip(" .;,")]
