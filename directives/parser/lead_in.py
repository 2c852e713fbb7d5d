"""An item's heading run into its work with no colon between them: "1. Sở Tài chính chủ trì,
phối hợp với Văn phòng UBND tỉnh (Trung tâm ...)" / "Rà soát, xây dựng quy trình ...": who
leads and works with whom is the heading, the task's text starts at its capitalised verb."""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL
from directives.parser.subject_ends import PREDICATE

# the heading: a body, "chủ trì", "phối hợp (với)", then the partners (no sentence break)
_HEADING = re.compile(r"^[^.;:]{3,120}?\bchủ trì,?\s+phối hợp(?:\s+với)?\s+")


def without_lead_in(text: str) -> str:
    """``text`` from the capitalised verb that opens the work after its run-on heading (the
    first verb after the partners; a lower-case one is the heading's own sentence going on)."""
    heading = _HEADING.match(text)
    if heading is None:
        return text
    for verb in PREDICATE.finditer(text, heading.end()):
        before = text[: verb.start()].split()[-1:]
        if not text[verb.start()].isupper() or any(c in ".;:" for c in text[: verb.start()]):
            return text  # "... phối hợp với các Bộ liên quan tiếp thu ...": one sentence
        if before and (before[0].endswith(")") or before[0][:1].islower()):
            return text[verb.start() :]
    return text


# "2. Dừng đưa hàng qua KVGS Để kịp thời tiếp nhận ..., giao Chi cục X ...": an item's short
# title run into its first sentence with no stop, that sentence opening with its purpose
_TITLE = re.compile(rf"^[{CAPITAL}][^.;:,()\"“”]{{3,80}}?\s(?=Để\s[^.;:]{{3,200}},)")


def without_title(text: str) -> str:
    """``text`` from the purpose its first sentence opens with, after a title run into it."""
    title = _TITLE.match(text)
    return text[title.end() :] if title else text
