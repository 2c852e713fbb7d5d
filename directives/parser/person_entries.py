"""Persons named by their kind at the end of a list of bodies that is a sentence's subject
("Các phòng, ban, UBND các xã, phường, các cá nhân có sai sót khẩn trương ...", "... UBND các
xã, thị trấn, cán bộ, công chức thực hiện ..."): one more entry of the list, acting with the
bodies before it, as the list writes it (README: bodies named jointly as leads, the first the
lead and the others coordinating). A list of persons alone stays a duty of persons (``persons``)."""

from __future__ import annotations

import re
from collections.abc import Callable

# The persons' entry: "các cá nhân", "cán bộ, công chức, viên chức" (its commas its own)
# (not "Các cơ quan, đơn vị, cá nhân có thẩm quyền ...": one plural of kinds, persons among them)
_PERSONS = re.compile(
    r"^(?:các\s+cá nhân|(?:các\s+)?cán bộ,\s*công chức(?:,\s*viên chức)?(?:,\s*người lao động)?)$"
)
# "các cá nhân có những tồn tại ...": which persons, in a clause "có" opens before the verb
_HAVING = re.compile(r"^có$")
_CONCERNED = re.compile(r"\s+liên quan\b")


def persons_closing(
    head: list[str],
    words: list[str],
    text: str,
    verb: re.Match[str],
    bodies: Callable[[str], list[str]],
    verb_after: Callable[[str, int], re.Match[str] | None],
) -> tuple[list[str], bool, str] | None:
    """The bodies ``words`` names and the persons that close the list ``head`` with, and the
    verb; None unless the words after the bodies' names, past their comma, name persons."""
    if words and words[-1].lower() == "các":
        words = words[:-1]  # ("..., các cá nhân": the plural's word, the persons' own)
    if not words or len(words) >= len(head) or not words[-1].endswith(","):
        return None
    rest = " ".join(head[len(words) :])
    # (after a body named in particular, "UBND các xã, phường", not kinds alone: "Các cơ quan,")
    if _PERSONS.match(rest) is None or not any(
        w[:1].isupper() for w in words if w.lower() != "các"
    ):
        return None
    named = bodies(" ".join(words).rstrip(","))
    if not named:
        return None
    said = verb.group()
    if _HAVING.match(said):
        # ("các cá nhân có liên quan nghiêm túc thực hiện": those concerned, whatever follows)
        concerned = _CONCERNED.match(text, verb.end())
        later = verb_after(text, concerned.end() if concerned else verb.end())
        if concerned and later is not None:
            return [*named, f"{rest} có liên quan"], True, later.group()
        if later is None:
            return None
        rest = f"{rest} {text[verb.start() : later.start()].strip()}"
        said = later.group()
    return [*named, rest.strip(" ,")], True, said
