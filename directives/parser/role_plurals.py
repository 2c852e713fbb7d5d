"""Plurals of bodies named by the role they hold in a programme, listed among other bodies:
"..., các Cơ quan chủ trì Dự án, Tiểu dự án", "..., các cơ quan chủ trì quản lý 02 Chương
trình", "..., các đơn vị đầu mối giao kế hoạch". Their words "chủ trì", "quản lý", "giao" are
the name's, no predicate of the sentence the list is the subject of."""

from __future__ import annotations

import re

from directives.parser.bodies import TITLES

# A later entry of a list, opened by "các" after a comma: the kind ("cơ quan", "đơn vị"), then
# its role ("chủ trì", "đầu mối") up to the word asked about
_ROLE_ENTRY = re.compile(r",\s+các\s+(?:[Cc]ơ quan|[Đđ]ơn vị)(?:\s+(?:chủ trì|đầu mối))?\s+$")
_ROLE_WORDS = re.compile(r"chủ trì\b|đầu mối\b|quản lý\b|giao\b")


def role_word_at(text: str, at: int) -> bool:
    """The word at ``at`` is part of a role-named plural in a list of bodies (not "Các cơ
    quan chủ trì ..." opening the sentence, whose words may be its predicate)."""
    return bool(_ROLE_WORDS.match(text, at) and _ROLE_ENTRY.search(text[:at]))


_HOLDS_ROLE = re.compile(r",\s+các\s+(?:[Cc]ơ quan|[Đđ]ơn vị)\s+(?:chủ trì|đầu mối)\b")
_ENTRY_OPENS = re.compile(r",\s+(?=các\s)")
_MOST_ENTRY_WORDS = 16


def role_listed(head: list[str]) -> list[str] | None:
    """ "các cơ quan, đơn vị, địa phương, các Chủ đầu tư, các đơn vị đầu mối giao kế hoạch,
    các Cơ quan chủ trì Dự án, Tiểu dự án": the subject ``head`` (up to its predicate) lists
    plurals each opened by "các", one a role-named plural; each entry as written. None if not
    so shaped."""
    text = TITLES.sub("", " ".join(head), count=1).strip(" ,")  # ("Thủ trưởng các ...")
    if not text.startswith(("các ", "Các ")) or not _HOLDS_ROLE.search(text):
        return None
    entries = [e.strip(" ,") for e in _ENTRY_OPENS.split(text)]
    if any(len(e.split()) > _MOST_ENTRY_WORDS or len(e.split()) < 2 for e in entries):
        return None
    return entries
