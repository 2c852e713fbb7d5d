"""A law a scan's OCR misread one digit of, where the letter cites it again by its name
("Luật Đầu tư công số 98/2024/QH15" then "... số 58/2024/QH15"): the same law, cited once."""

from __future__ import annotations

import re

from directives.records import Reference

Cited = tuple[str, Reference, int, int]  # key, reference, start, end

# "Luật Đầu tư công số 98/2024/QH15": a law by its name, right before its number
_LAW_NAMED = re.compile(r"\bluat ((?:(?!\bso\b)[a-z ]){3,60}?)\s+so\s*:?\s*$")
_LAW_NUMBER = re.compile(r"^(?P<serial>\d{1,3})/(?P<rest>\d{4}/QH\d{1,2})$")


def _one_digit_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def law_reprints_merged(cited: list[Cited], folded: str) -> list[Cited]:
    """A law cited again by the same name with one digit of its serial misread by a scan's OCR
    ("Luật Đầu tư công số 98/2024/QH15" / "... số 58/2024/QH15"), the year and code the same:
    the same law, keyed as its first print (no two laws share a name, a year and a code)."""
    named: dict[tuple[str, str], list[tuple[str, Reference]]] = {}
    out = []
    for key, ref, start, end in cited:
        law = _LAW_NAMED.search(folded, max(0, start - 70), start) if folded else None
        number = _LAW_NUMBER.match(key)
        if law is not None and number is not None:
            seen = named.setdefault((law.group(1).strip(), number["rest"]), [])
            first = next(
                (s for s in seen if _one_digit_apart(s[0].split("/")[0], number["serial"])), None
            )
            if first is not None:
                key, ref = first[0], ref.model_copy(update={"number": first[1].number})
            elif (key, ref) not in seen:
                seen.append((key, ref))
        out.append((key, ref, start, end))
    return out
