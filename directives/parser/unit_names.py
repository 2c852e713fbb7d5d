"""Whether a text is a unit's name alone: a unit's heading ("Thanh tra Sở", "Văn phòng Sở:"),
names of units and nothing else ("Sở Tài chính, Sở Nội vụ"), or a field that names a body
("Cơ quan chủ quản: Bộ X."). The mentions are found by ``mentions``."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep
from directives.parser.mentions import MentionFinder


def only_a_unit(text: str, find: MentionFinder) -> bool:
    """ "Thanh tra Sở" or "Văn phòng Sở:" alone: a unit's heading."""
    mentions = find(text)
    return (
        len(mentions) == 1
        and not text[: mentions[0].start].strip()
        and not (text[mentions[0].end :].strip(" :."))
    )


def only_units(text: str, find: MentionFinder) -> bool:
    """ "Công an tỉnh" or "Sở Tài chính, Sở Nội vụ": names of units and nothing else."""
    mentions = find(text)
    rest, at = [], 0
    for m in mentions:
        rest.append(text[at : m.start])
        at = m.end
    rest.append(text[at:])
    return bool(mentions) and all(fold_keep(r).strip(" ,") in ("", "va") for r in rest)


# "- Cơ quan chủ quản: Bộ X.": a field's label, then the body it names
_FIELD = re.compile(r"^(?P<label>[^:;.]{3,60}):\s*(?=\S)")


def named_field(text: str, find: MentionFinder) -> bool:
    """ "Cơ quan chủ quản: Bộ Tài nguyên và Môi trường.": a field naming a body and no more
    (a project's owner, its managing body), no task."""
    m = _FIELD.match(text)
    return m is not None and only_units(text[m.end() :].rstrip(" .;"), find)
