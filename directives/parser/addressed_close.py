"""A letter's last paragraph that names no body and opens with a verb of work ("Tổ chức trực
ban nghiêm túc, sẵn sàng ứng phó ... ./."), after the items an intro asked of bodies: a request
made of the letter's "Kính gửi" addressees, the first leading and the others coordinating
(examples/blind/README.md: a subjectless request in a letter goes to the body the letter speaks
to, its "Kính gửi" addressees as written; ``settle`` gives it to them).
"""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.closing_prose import closing_prose
from directives.parser.mentions import MentionFinder
from directives.parser.subject_checks import opens_with_body
from directives.parser.unit_asked import IMPERATIVE
from directives.parser.zones import Context, Zone

# "Yêu cầu ...", "Đề nghị ...", "Giao ...": a request that names whom it asks, read as such
_ASKS = re.compile(r"^(?:yeu cau|de nghi|giao)\b")
# the letter's last words: "... có thể xảy ra./."
_LAST_WORDS = re.compile(r"\./\.?\s*$")


def addressed_close(
    block: Block, parent: Context | None, recipients: list[str], find: MentionFinder
) -> bool:
    """``block`` is the letter's last paragraph, a request of its addressees (see the module's
    docstring): no marker, a verb of work first, no body named, under an intro that asked
    bodies for the items above it, in a letter with "Kính gửi" addressees."""
    folded = block.folded
    return (
        block.marker is None
        and bool(recipients)
        and parent is not None
        and parent.zone == Zone.TASK
        and parent.asked
        and _LAST_WORDS.search(folded) is not None
        and IMPERATIVE.match(folded) is not None
        and _ASKS.match(folded) is None
        and not closing_prose(folded)
        and not opens_with_body(block.text)
        and not find(block.text, folded)
    )
