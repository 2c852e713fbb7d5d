"""The specks a scan's OCR leaves on a line of their own between the two halves of a sentence:
the accents and hooks it could not seat on their letters ("... quyen han" / "r   **" / "va co
cau ..."), read as stray letters, digits and marks. No words; the sentence goes on past them."""

from __future__ import annotations

import re

from directives.parser.syllables import is_syllable

# a list's marker ("1.", "a)", "-"): an item of its own, not a speck
_MARKER = re.compile(r"\d{1,2}[.)]|[a-zđ][.)]|[-+•]", re.IGNORECASE)
# how many specks' lines (and blank ones) may stand between the halves
_MOST = 5
# how long the line above is at least: prose, not a short label or a table's cell
_LEAST_ABOVE = 30


def _speck(line: str) -> bool:
    """Only tokens of one or two characters, the first no list's marker, none a word of two
    letters (a word a line's wrap left alone: "đi", "vị")."""
    tokens = line.split()
    return (
        bool(tokens)
        and all(len(token) <= 2 for token in tokens)
        and not _MARKER.fullmatch(tokens[0])
        and not any(len(token) == 2 and token.isalpha() and is_syllable(token) for token in tokens)
    )


def drop_specks(lines: list[str]) -> list[str]:
    """``lines`` without the specks' lines between a sentence's halves: the line above stops on
    a word or a comma, the line below goes on in small letters (the blank lines between stay:
    a page's break, read as such later)."""
    dropped: set[int] = set()
    for k, line in enumerate(lines):
        if not line or not _speck(line) or k in dropped:
            continue
        above = k - 1
        while above >= 0 and (not lines[above] or above in dropped):
            above -= 1
        run = [k]
        below = k + 1
        while (
            below < len(lines) and below - k <= _MOST and (not lines[below] or _speck(lines[below]))
        ):
            if lines[below]:
                run.append(below)
            below += 1
        if above < 0 or below >= len(lines) or below - above > _MOST + 1:
            continue
        if all(lines[i].replace(" ", "").isdigit() for i in run):
            continue  # (a page's number: read as such by the passes that number pages)
        before, after = lines[above].rstrip(), lines[below]
        if (
            len(before) >= _LEAST_ABOVE
            and ((before[-1:].isalpha() and before[-1:].islower()) or before[-1:] == ",")
            and after[:1].isalpha()
            and after[:1].islower()
        ):
            dropped.update(run)
    return [line for i, line in enumerate(lines) if i not in dropped] if dropped else lines
