"""An item's later sentence whose subject is the body the sentence before it leads ("Giao Sở
X chủ trì, phối hợp với Văn phòng Y rà soát .... Căn cứ ..., Sở X chủ trì, phối hợp với Sở Z
xây dựng ..."): the same body's work goes on, one task with the sentence before it, its
partners joining the task's (an item is split only where a sentence names another body)."""

from __future__ import annotations

from directives.parser.mentions import MentionFinder
from directives.parser.subjects import subject_bodies
from directives.parser.units import assign_units

Part = tuple[str, str]  # text, folded


def same_body_joined(parts: list[Part], find: MentionFinder) -> list[Part]:
    """``parts`` with each sentence whose subject is the body the part before leads joined
    to that part."""
    out = parts[:1]
    for text, folded in parts[1:]:
        lead = assign_units(out[-1][0], find, None, out[-1][1]).lead
        subject = subject_bodies(text)
        if lead is not None and subject and subject[0] == lead:
            out[-1] = (f"{out[-1][0]} {text}", f"{out[-1][1]} {folded}")
        else:
            out.append((text, folded))
    return out
