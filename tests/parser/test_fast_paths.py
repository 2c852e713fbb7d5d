"""The speed devices give what the plain forms gave.

A pattern that opened with a lookbehind now opens with its literal and checks the character
before it behind it (the engine then scans for the literal in one step); ``squash`` returns
a text already squashed as it is; ``fold_lines`` takes each line's share of one folding
pass; provenance deletes an ASCII line's marks as bytes. Each is checked here against the
plain form it replaced, on every short string over an alphabet of the characters that
matter to it.
"""

from __future__ import annotations

import itertools
import re

import pytest

from directives.parser import clean, provenance
from directives.parser.clean import fold_keep, fold_lines, squash

# The forms the clean-up's patterns had before, each beside the pattern that replaced it
PLAIN = {
    "_STRAY_STAR": re.compile(
        r"(?<=\w)\*+(?=[\w);,.-])|(?<=[\w);,.])\*+(?=[);,.]|$)", re.MULTILINE
    ),
    "_LOOSE_STAR": re.compile(
        r"(?:(?<=[ \t])|^)\*(?=[^\s*])|(?<=[^\s*(])\*(?=[ \t]|$)", re.MULTILINE
    ),
    "_BRACKET_NOTE": re.compile(r"(?<=[^\W\d_])\[\d{1,2}\]"),
    "_GLUED_FOOTNOTE": re.compile(r"(?=\d)(?<=[^\W\d_]{2})\d{1,2}(?=[\s,;:)]|\.(?![^\W\d_])|$)"),
    "_ITALIC_SPAN": re.compile(
        r"(?<![*\w])\*(?=[^\s*])((?:(?!\n\s*\n|\n\|)[^*]){1,600}?)(?<=\S)\*(?![*\w])", re.DOTALL
    ),
}
ALPHABET = ("*", " ", "\n", "\t", "a", "ố", "1", "2", ".", ")", "(", ";", "[", "]", "|", "_")


def _strings(length: int) -> list[str]:
    return ["".join(t) for n in range(length + 1) for t in itertools.product(ALPHABET, repeat=n)]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_a_literal_first_pattern_matches_where_the_plain_one_did(name: str) -> None:
    fast, plain = getattr(clean, name), PLAIN[name]
    for text in _strings(4):
        got = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], repr(text)


def test_squash_returns_what_splitting_and_joining_returned() -> None:
    spaces = (" ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\u200b", "\x1f", "\u2028", "a")
    for n in range(6):
        for t in itertools.product(spaces, repeat=n):
            text = "".join(t)
            assert squash(text) == " ".join(text.split()), repr(text)


def test_fold_lines_gives_each_line_its_own_fold() -> None:
    # ASCII, Vietnamese, marks that fold to nothing, a letter that decomposes to two
    lines = ["Sở Y tế", "“Đà Nẵng” – ǅ", "ABC", "", "ǅ“", "e\u0301 và ﬁ", "Ủy ban…"]
    for n in range(1, 4):
        for chosen in itertools.permutations(lines, n):
            assert fold_lines(list(chosen)) == [fold_keep(line) for line in chosen]


def test_provenance_keeps_the_letters_and_digits_the_pattern_kept() -> None:
    texts = ["".join(chr(c) for c in range(128)), "Số 12/UBND-VX “đ” ố_1", "a b_c-d"]
    for text in texts:
        assert provenance._kept(text) == provenance._NOT_KEPT.sub("", text)
