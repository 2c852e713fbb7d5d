"""An item that opens with its work and names no body ("- Triển khai đồng bộ các biện pháp
quản lý thuế; trong đó, tăng cường ...; đồng thời, ngành Thuế phối hợp chặt chẽ với ...") gives
the task to the body a later clause of it names as its subject: the whole item is that body's
task. A body of a sector is named by "ngành" and the sector's name, capitalised ("ngành Thuế",
"ngành Y tế"), as the subject of a verb."""

from __future__ import annotations

import re

from directives.parser.clean import squash
from directives.parser.subjects import PREDICATE, subject_acts, subject_bodies

# where a clause opens after ";", the link words before its subject dropped
_CLAUSE = re.compile(r";\s*(?:(?:đồng thời|ngoài ra|bên cạnh đó|mặt khác)\s*,?\s*)?", re.I)
# "ngành Thuế phối hợp ...": a sector, capitalised, then its verb
_SECTOR = re.compile(r"^[Nn]gành\s+(?=\w)")
_NAME_WORDS = 6


def _sector(clause: str) -> str | None:
    m = _SECTOR.match(clause)
    # the sector's name opens with a capital ("ngành Thuế", "ngành Y tế"), accented ones included
    verb = PREDICATE.search(clause, m.end()) if m and clause[m.end()].isupper() else None
    if m is None or verb is None:
        return None
    name = clause[: verb.start()].rstrip()
    words = name.split()
    return name if len(words) <= _NAME_WORDS and not re.search(r"[,;:.()]", name) else None


def later_clause_body(item: str) -> list[str]:
    """The body a later clause of ``item`` names as its subject, or none."""
    text = squash(item)
    for m in _CLAUSE.finditer(text):
        clause = text[m.end() :]
        sector = _sector(clause)
        if sector is not None:
            return [sector]
        if subject_acts(clause):
            return subject_bodies(clause)[:1]
    return []
