"""An article's label ("Điều 2. ", "Điều 14: "), read on the folded line: where the article's own
words start. ``blocks`` opens an article on it and ``body_articles`` reads the title after it,
so it is written once here, below both."""

from __future__ import annotations

import re

# (with its duty title run into the sentence: "Điều 2. Trách nhiệm thực hiện Sở A, Sở B ...";
# the dot or colon may be lost on an article's title line: "Điều 5 Sở Tài chính")
_ARTICLE = re.compile(
    r"^dieu\s+\d+\s*(?P<dot>[.:])?\s*"
    r"(?:(?:trach nhiem|to chuc) thuc hien (?=(?:so|bo|cuc|uy ban|ubnd)\s))?"
)


def article_label(folded: str, dotless: bool = False) -> int:
    """Where an article's own words start after its label ("Điều 2. "), 0 if none; a label
    whose dot the line lost ("Điều 5 Sở Tài chính") counts only where ``dotless`` (a line
    already known to head an article: a sentence may cite "Điều 5 của Luật ...")."""
    m = _ARTICLE.match(folded)
    return m.end() if m and (dotless or m.group("dot")) else 0
