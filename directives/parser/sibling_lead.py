"""Items under a heading that names no body, in a part of a plan that gives no work by
itself ("3.5. Chuẩn bị các điều kiện ..."): when its first "-" item names the body that does
it in a later sentence ("- Ngoài việc ... . Thủ trưởng/Giám đốc các cơ sở X chỉ đạo ..."), the
items after it, naming none, are that body's tasks too (batch 185's call: "the next two '-'
lines name no body and take that body")."""

from __future__ import annotations

from directives.parser.item_paragraphs import Block
from directives.parser.later_clause import later_item_body
from directives.parser.zones import Context, Zone
from directives.records import ParsedAction


def hand_on_first_body(
    parent: Context | None,
    block: Block,
    opened: list[tuple[float, int]],
    made: int,
    actions: list[ParsedAction],
) -> None:
    """After ``block`` made ``actions[made:]``: if it is the first "-" item under ``parent``
    (opened at ``made`` actions, the last of ``opened``) and names its body in a later
    sentence, ``parent`` becomes a section of work led by that body."""
    if (
        parent is not None
        and parent.zone == Zone.NONTASK
        and parent.lead is None
        and block.marker == "dash"
        and opened[-1:] == [(parent.rank, made)]
        and len(actions) == made + 1
        and later_item_body(block.marker, block.text)
    ):
        parent.zone, parent.lead = Zone.TASK, actions[-1].lead_unit
