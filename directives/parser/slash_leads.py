"""Two bodies a letter joins with a slash as one task's lead ("Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ
huy Bộ đội Biên phòng tỉnh chủ trì ..."): the first leads, the others coordinate. Two names of
one kind of body ("Sở Văn hóa và Thể thao/Sở Văn hóa, Thể thao và Du lịch") are the one body
under its old and new names, and a slash before a lower-case word or a bare kind ("Các Cục/Vụ/
đơn vị ...") lists kinds of units: both stay one lead."""

from __future__ import annotations

from directives.parser.bodies import STARTS_BODY
from directives.records import ParsedAction


def _bodies(lead: str) -> list[str] | None:
    parts = [part.strip() for part in lead.split("/")]
    if len(parts) < 2:
        return None
    for part in parts:
        words = part.split()
        if len(words) < 2 or not part[0].isupper() or not STARTS_BODY.match(part):
            return None
    firsts = [part.split()[0].lower() for part in parts]
    return parts if len(set(firsts)) == len(firsts) else None


def split_slashed(actions: list[ParsedAction]) -> list[ParsedAction]:
    """Each action whose lead joins bodies with a slash, led by the first, the others first
    among its coordinating units."""
    for action in actions:
        bodies = _bodies(action.lead_unit) if action.lead_unit else None
        if bodies is None:
            continue
        lead, *others = bodies
        action.lead_unit = lead
        rest = [unit for unit in action.coordinating_units if unit not in others]
        action.coordinating_units = [*others, *rest]
    return actions
