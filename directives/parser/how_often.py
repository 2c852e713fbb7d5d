"""The words that say how often a body acts ("định kỳ", "thường xuyên", "hằng năm"): where they
follow a subject's first word, its name ends before them ("Tổng cục Thuế định kỳ hoặc đột xuất
tổ chức ...", "Các sở, ngành định kỳ kiểm tra ...")."""

from __future__ import annotations

OFTEN = ["định kỳ", "thường xuyên", "hằng năm", "hàng năm"]
# their first words, and the letters those open with (after any commas a word opens with)
_FIRST = tuple(sorted({words.split()[0] for words in OFTEN}))
_INITIALS = "".join(sorted({words[0] for words in OFTEN})) + ","


def often_at(head: list[str]) -> int:
    """Where the words saying how often a body acts open ``head`` after its first word (its
    length if nowhere). The cheap tests first: most heads hold none of the first words, and
    most words open with another letter."""
    joined = " ".join(head)
    if not any(first in joined for first in _FIRST):
        return len(head)
    for k in range(1, len(head)):
        word = head[k]
        if not (word[:1] in _INITIALS and word.lstrip(",").startswith(_FIRST)):
            continue
        if " ".join(w.strip(",") for w in head[k : k + 2]) in OFTEN:
            return k
    return len(head)
