"""Bodies whose one name joins two fields with "và" ("Cục Lâm nghiệp và Kiểm lâm"), as the
letter's text writes them: a table cell that writes such a body with its kind repeated
("Cục Lâm nghiệp và Cục Kiểm lâm") names that one body, not two, and is kept as written.
"""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL

_KIND = r"(?:Cục|Vụ|Sở|Bộ|Ban|Viện|Tổng cục|Văn phòng|Trung tâm)"
# "Cục Lâm nghiệp và Kiểm lâm": the kind, a field (a capital, then lower-case words), "và"
# and a second field; the words after it may run into the sentence, so each length is kept
# (the lookahead: each kind starts with one of these letters; the engine passes over the rest)
_JOINED = re.compile(
    rf"(?=[BCSTV])\b(?P<kind>{_KIND})\s+(?P<first>[{CAPITAL}]\w*(?:\s+(?![{CAPITAL}])\w+){{0,3}})\s+và\s+"
    rf"(?P<second>[{CAPITAL}]\w*(?:\s+(?![{CAPITAL}])\w+){{0,3}})"
)


def joined_names(text: str) -> frozenset[str]:
    """The repeated-kind forms ("Cục A và Cục B") of each "Cục A và B" the text names."""
    out: set[str] = set()
    for m in _JOINED.finditer(text):
        kind, second = m.group("kind"), m.group("second").split()
        for n in range(1, len(second) + 1):
            out.add(f"{kind} {m.group('first')} và {kind} {' '.join(second[:n])}")
    return frozenset(out)


def rejoin(names: list[tuple[str, bool]], joined: frozenset[str]) -> list[tuple[str, bool]]:
    """The names of a cell with each pair the letter writes as one body joined again."""
    out: list[tuple[str, bool]] = []
    for name, known in names:
        if out and f"{out[-1][0]} và {name}" in joined:
            out[-1] = (f"{out[-1][0]} và {name}", False)
            continue
        out.append((name, known))
    return out
