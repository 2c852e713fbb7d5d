"""A leading first-letter lookahead must let through every place the pattern can match.

Several of the parser's patterns open with a lookahead of the letters a match can start with
("(?=[tchvq])" before the quarter pattern): the engine then passes over every other place in
one step. That is a speed device only, and it silently drops matches when a new branch starts
with a letter the lookahead does not list. This test reads every compiled pattern of the
parser's modules, and for each that opens with such a lookahead it computes, from the parsed
pattern, the set of characters a match of the rest can start with, and checks that the
lookahead admits each of them.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest

import directives.parser

# the engine's own parser of patterns and its constants (no type stubs: typed as Any)
P: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")

# Every character a Vietnamese letter's text may hold: ASCII, Latin-1, Latin Extended
# (Đ, Ơ, Ư ...), the combining accents and the Vietnamese block U+1EA0-U+1EF9.
UNIVERSE = frozenset(
    chr(c)
    for span in ((0x20, 0x7F), (0xA0, 0x250), (0x300, 0x370), (0x1E00, 0x1F00))
    for c in range(*span)
)
Chars = frozenset[str]


def _category(cat: Any, ch: str) -> bool:
    word = ch.isalnum() or ch == "_"
    table = {
        C.CATEGORY_DIGIT: ch.isdecimal(),
        C.CATEGORY_NOT_DIGIT: not ch.isdecimal(),
        C.CATEGORY_SPACE: ch.isspace(),
        C.CATEGORY_NOT_SPACE: not ch.isspace(),
        C.CATEGORY_WORD: word,
        C.CATEGORY_NOT_WORD: not word,
    }
    return table[cat]


def _in_class(items: list[tuple[Any, Any]], ch: str) -> bool:
    negate = False
    hit = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or ch == chr(av)
        elif op is C.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op is C.CATEGORY:
            hit = hit or _category(av, ch)
        else:  # pragma: no cover - a class item this test does not know
            raise AssertionError(f"unknown class item {op}")
    return hit != negate


def first_chars(data: list[tuple[Any, Any]]) -> tuple[Chars, bool]:
    """The characters a match of this sequence can start with, and whether it can match the
    empty string (then what follows it can start the match as well)."""
    out: set[str] = set()
    for op, av in data:
        chars, nullable = _first_of(op, av)
        out |= chars
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _first_of(op: Any, av: Any) -> tuple[Chars, bool]:
    if op is C.LITERAL:
        return frozenset({chr(av)}), False
    if op in (C.NOT_LITERAL, C.ANY, C.GROUPREF):
        return UNIVERSE, op is C.GROUPREF
    if op is C.IN:
        return frozenset(ch for ch in UNIVERSE if _in_class(av, ch)), False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return frozenset(), True  # zero-width: the match starts at what follows
    if op is C.BRANCH:
        parts = [first_chars(list(branch)) for branch in av[1]]
        return frozenset().union(*(p[0] for p in parts)), any(p[1] for p in parts)
    if op is C.SUBPATTERN:
        return first_chars(list(av[3]))
    if op is C.ATOMIC_GROUP:
        return first_chars(list(av))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        chars, nullable = first_chars(list(av[2]))
        return chars, nullable or av[0] == 0
    raise AssertionError(f"unknown pattern op {op}")  # pragma: no cover


def _folded(chars: Chars) -> Chars:
    return frozenset(c.lower() for c in chars)


def guarded_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern of the parser's modules that opens with a positive lookahead
    followed by more pattern (a guard, not a pattern that is only a lookahead)."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.iter_modules(directives.parser.__path__):
        module = importlib.import_module(f"directives.parser.{info.name}")
        for attr, value in vars(module).items():
            if not isinstance(value, re.Pattern) or not isinstance(value.pattern, str):
                continue
            data = list(P.parse(value.pattern, value.flags))
            if len(data) > 1 and data[0][0] is C.ASSERT and data[0][1][0] == 1:
                # named after the module that defines it, not one that imports it
                defines = f"\n{attr} = re.compile(" in Path(str(module.__file__)).read_text("utf-8")
                if defines or id(value) not in found:
                    found[id(value)] = (f"{info.name}.{attr}", value)
    return sorted(found.values())


GUARDED = guarded_patterns()


def test_the_guarded_patterns_are_found() -> None:
    names = {name for name, _ in GUARDED}
    # the speed pass put guards before these; if one is renamed the test must still see it
    expected = {"deadlines._QUARTER", "references._NUMBER", "subject_ends.PREDICATE"}
    assert expected | {"blocks._ANY_MARKER", "closing_prose._PROSE_ANYWHERE"} <= names


@pytest.mark.parametrize("name,pattern", GUARDED, ids=[n for n, _ in GUARDED])
def test_the_lookahead_admits_every_first_character(name: str, pattern: re.Pattern[str]) -> None:
    data = list(P.parse(pattern.pattern, pattern.flags))
    guard, _ = first_chars(list(data[0][1][1]))
    rest, nullable = first_chars(data[1:])
    if pattern.flags & re.IGNORECASE:
        guard, rest = _folded(guard), _folded(rest)
    missing = sorted(rest - guard)
    assert not missing, f"{name}: the lookahead does not admit {missing[:20]}"
    assert not nullable, f"{name}: the rest can match the empty string"


def test_the_check_sees_a_branch_the_lookahead_misses() -> None:
    # the same shape as the quarter pattern, with a branch starting with a letter the guard
    # does not list: the check must report it
    bad = list(P.parse(r"(?=[tc])(?:trong|cuoi|het)\s+quy", 0))
    guard, _ = first_chars(list(bad[0][1][1]))
    rest, _ = first_chars(bad[1:])
    assert rest - guard == {"h"}
