"""The words after a kind of body that say which of its kind the name means: the area it
serves ("các cơ quan Trung ương trên địa bàn tỉnh") or its numbered region ("Chi cục Thuế
khu vực 1"), of the name as written (read by ``name_words``)."""

from __future__ import annotations

import re


def on_area(rest: list[str]) -> list[str]:
    """ "trên địa bàn tỉnh" after a kind of body ("các cơ quan Trung ương trên địa bàn tỉnh"):
    which bodies of the kind are meant, of the name as written."""
    if len(rest) < 4 or [w.lower() for w in rest[:3]] != ["trên", "địa", "bàn"]:
        return []
    area = [w.strip(",;:").lower() for w in rest[3:5]]
    size = 5 if area == ["thành", "phố"] else 4 if area[0] in _AREAS else 0
    return rest[:size]


_AREAS = frozenset(["tỉnh", "xã", "phường", "huyện", "quận"])


def region(rest: list[str]) -> list[str]:
    """ "khu vực 1" after a body's name ("Chi cục Thuế khu vực 1", "Cục Hải quan khu vực
    II"): the numbered region it serves, of the name as written."""
    if len(rest) < 3 or [w.lower() for w in rest[:2]] != ["khu", "vực"]:
        return []
    number = rest[2].strip(",;:.()")
    return rest[:3] if number.isdigit() or _ROMAN.fullmatch(number) else []


_ROMAN = re.compile(r"[IVXL]{1,6}")
