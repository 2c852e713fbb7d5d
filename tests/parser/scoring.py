"""Field-level accuracy of a parsed record against its expected JSON.

Every scalar, list entry, signer part and item field counts as one field. Items
(references, actions) are compared in one of two ways:

- by position (``aligned=False``, the strict count used since the first blind
  batch): item i of the parse against item i of the label, so one spurious or
  missing item early in a letter shifts every later item and counts its fields
  wrong even when they were read right;
- aligned (``aligned=True``): the two lists are put side by side in order, as
  ``diff`` does, pairing an expected item with the parsed item that says the same
  (same reference number; an action whose words mostly agree); a pair's fields
  are compared one by one, an expected item left without a partner counts all its
  fields wrong (missed) and so does a parsed item left without one (spurious).

``warnings`` are not scored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SCALARS = ("document_type", "number", "issuer", "parent_issuer", "place", "issued_on", "subject")
REFERENCE_FIELDS = ("number", "type", "issuer", "issued_on")
ACTION_FIELDS = (
    "text",
    "lead_unit",
    "coordinating_units",
    "deadline",
    "deadline_kind",
    "deadline_text",
)
# Two actions pair up when at least this share of their words agree (Dice).
SAME_ACTION = 0.5

Item = dict[str, Any]
Pair = tuple[int | None, int | None]


@dataclass
class Score:
    correct: int = 0
    total: int = 0
    misses: list[str] | None = None

    def add(self, ok: bool, where: str) -> None:
        self.total += 1
        self.correct += ok
        if not ok:
            self.misses = (self.misses or []) + [where]

    def absorb(self, other: Score) -> None:
        """Count ``other``'s fields in this total too."""
        self.correct += other.correct
        self.total += other.total

    @property
    def ratio(self) -> float:
        return self.correct / self.total if self.total else 1.0


def score(
    expected: dict[str, Any],
    got: dict[str, Any],
    result: Score | None = None,
    *,
    aligned: bool = False,
) -> Score:
    """Add the fields of one document to ``result`` (a new Score if none) and return it."""
    s = result or Score()
    for name in SCALARS:
        s.add(expected.get(name) == got.get(name), name)
    for name in ("recipients", "distribution"):
        e, g = expected.get(name) or [], got.get(name) or []
        if not e and not g:
            s.add(True, name)
        for i in range(max(len(e), len(g))):
            s.add(i < len(e) and i < len(g) and e[i] == g[i], f"{name}[{i}]")
    e_signer, g_signer = expected.get("signer") or {}, got.get("signer") or {}
    for part in ("capacity", "title", "name"):
        s.add(e_signer.get(part) == g_signer.get(part), f"signer.{part}")
    for name, fields, similar in (
        ("references", REFERENCE_FIELDS, same_reference),
        ("actions", ACTION_FIELDS, same_action),
    ):
        e_items: list[Item] = expected.get(name) or []
        g_items: list[Item] = got.get(name) or []
        if not e_items and not g_items:
            s.add(True, name)
        pairs = align(e_items, g_items, similar) if aligned else by_position(e_items, g_items)
        for at_e, at_g in pairs:
            # a parsed item no label answers is named by its own place, "+j" when aligned
            plus = "+" if aligned else ""
            where = f"{name}[{at_e}]" if at_e is not None else f"{name}[{plus}{at_g}]"
            e_item = e_items[at_e] if at_e is not None else None
            g_item = g_items[at_g] if at_g is not None else None
            for field in fields:
                ok = e_item is not None and g_item is not None and e_item[field] == g_item[field]
                s.add(ok, f"{where}.{field}")
    return s


def by_position(e_items: Sequence[Item], g_items: Sequence[Item]) -> list[Pair]:
    n = max(len(e_items), len(g_items))
    return [(i if i < len(e_items) else None, i if i < len(g_items) else None) for i in range(n)]


def align(
    e_items: Sequence[Item], g_items: Sequence[Item], similar: Callable[[Item, Item], float]
) -> list[Pair]:
    """Pair items in order, maximising the summed similarity of the pairs (Needleman-Wunsch
    with free gaps); only pairs with a positive similarity may be made."""
    n, m = len(e_items), len(g_items)
    sim = [[similar(e, g) for g in g_items] for e in e_items]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = best[i + 1][j + 1] + sim[i][j] if sim[i][j] > 0 else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs: list[Pair] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] > 0 and best[i][j] == best[i + 1][j + 1] + sim[i][j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs += [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]
    return pairs


WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def words(text: str | None) -> Counter[str]:
    """The words of a text, counted (cached: alignment compares each text with many others;
    callers never change the Counter)."""
    return Counter(WORD.findall((text or "").lower()))


def dice(a: Counter[str], b: Counter[str]) -> float:
    size = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / size if size else 0.0


def same_action(e: Item, g: Item) -> float:
    """How far two actions say the same task: their texts' word overlap, if it is a majority."""
    share = dice(words(e.get("text")), words(g.get("text")))
    return share if share >= SAME_ACTION else 0.0


def same_reference(e: Item, g: Item) -> float:
    """References pair on the same number; unnumbered ones on type and issuer."""
    if e.get("number") or g.get("number"):
        return 1.0 if e.get("number") == g.get("number") else 0.0
    return 1.0 if (e.get("type"), e.get("issuer")) == (g.get("type"), g.get("issuer")) else 0.0
