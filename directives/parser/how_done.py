"""A one-sentence paragraph saying only how a piece of the work above is done, by the rules in
force ("Việc thực hiện nghiệp vụ BOA trên Hệ thống VNACCS thực hiện theo quy định hiện hành."),
under a paragraph of prose or a "-" item that ends a sentence, or what comes of it ("Kết quả rà
soát được tổng hợp ...") under a list's item: no task of its own (README: a sentence with no
subject of its own that follows a task continues it), it goes on with the task above it, whose
text runs on to take it."""

from __future__ import annotations

import re

from directives.parser.item_paragraphs import Block, absorb, last_line

# "Việc ... (thực hiện) theo quy định (hiện hành).": one sentence, no body named doing it
_HOW = re.compile(r"^Việc\s[^.;:!?]{10,240}\stheo\s+quy\s+định(?:\s+hiện\s+hành)?\s*\.?$")
# "Kết quả rà soát được tổng hợp trong báo cáo năm ...", "Việc giảm lãi suất áp dụng đối với
# ...": one sentence on what comes of the work above or where it applies, a thing its subject
_OUTCOME = re.compile(
    r"^(?:Kết quả\s[^.;:!?]{3,120}?\sđược|Việc\s[^.;:!?]{3,120}?\sáp dụng)\s[^;:!?]{10,400}$"
)
# the items such a paragraph can close: a list's "-", "+" and numbered ones
_ITEMS = ("dash", "plus", "num1", "num2", "num3", "num4")


def how_done(blocks: list[Block]) -> list[Block]:
    """Each such paragraph joined to the block above it."""
    out: list[Block] = []
    for block in blocks:
        before = out[-1] if out else None
        text = " ".join([block.text, *block.parts]).strip()
        if (
            before is not None
            and block.marker is None
            and (
                (before.marker in (None, "dash") and _HOW.match(text))
                or (before.marker in _ITEMS and _OUTCOME.match(text) and text.count(". ") == 0)
            )
            and last_line(before).endswith(".")
        ):
            absorb(before, block)
            continue
        out.append(block)
    return out
