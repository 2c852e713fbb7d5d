"""An intro in which the issuer guides the bodies it names to carry the matter out: "Thực hiện
công văn số ..., Công đoàn X hướng dẫn các Công đoàn cơ sở triển khai như sau:". The items
under it are the issuer's guidance, what the letter informs of (no tasks: the audience, the
time, the content, the way), while the intro itself asks those bodies to carry it out, a task
of its own, whole up to its colon, led by the bodies it names."""

from __future__ import annotations

import re

from directives.parser.blocks import Block

# (folded) "..., X hướng dẫn các Y triển khai (thực hiện) như sau:", the bodies a plural
_GUIDES = re.compile(
    r"(?:^|,\s)[^,;:.]{2,80}?\shuong dan (?P<bodies>cac\s[^.;:,]{2,60}?)\s"
    r"(?:trien khai|thuc hien)(?: thuc hien)?(?: cu the)? nhu sau\s*:\s*$"
)


def guided_bodies(block: Block) -> str | None:
    """The bodies an unnumbered intro guides to carry the matter out, as written; else None."""
    if block.marker is not None:
        return None
    m = _GUIDES.search(block.folded.rstrip())
    return block.text[m.start("bodies") : m.end("bodies")] if m else None
