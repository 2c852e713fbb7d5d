"""An article headed by a body's name alone ("Điều 22. Sở Tài chính") over its paragraph, that
opens on a verb of its task ("Chủ trì, phối hợp với Sở X ..."): the heading ends where its line
ends, whether a blank line parts them or not (a text layer drops it), so the paragraph is the
body's task and the article one of a chapter's duty articles."""

from __future__ import annotations

import re

from directives.parser.article_labels import article_label
from directives.parser.bodies import ASK, VERBS, heading_bodies
from directives.parser.item_paragraphs import Block

# (a kind whose name the line cut: "Điều 5. Sở" / "Xây dựng ...", the body's name going on)
_KIND_END = re.compile(r"\b(?:Sở|Bộ|Cục|Vụ|Phòng|Ban|Viện|Trung tâm)$")


def task_opens(line: str) -> bool:
    """``line`` opens in a capital on a verb of a task ("Chủ trì, ...", "Phối hợp với ...",
    "Tham mưu ..."): a sentence of its own, not a body's name going on from the line above."""
    bare = line.strip()
    return bare[:1].isupper() and VERBS.match(bare) is not None


def body_heading(title: str, asked: bool = False) -> bool:
    """An article's title (its label cut) that names a body and no more ("Sở Tài chính"; not a
    name the line cut after its kind, nor "Giao Sở X", a sentence whose task goes on under it,
    unless ``asked``: the chapter's article that asks the bodies it names, "Đề nghị Tòa án nhân
    dân thành phố, ...", is theirs as much as one headed by their names)."""
    rest = title.rstrip(" *_")
    closed = not rest.endswith((".", ";", ",")) and not _KIND_END.search(rest)
    return closed and (asked or not ASK.match(rest)) and bool(heading_bodies(rest))


def body_article_over(current: Block, line: str) -> bool:
    """``current`` is an article's one line headed by a body alone and ``line`` under it opens
    its task: the article's paragraph, not more of its heading."""
    if current.marker != "article" or current.parts or not task_opens(line):
        return False
    cut = article_label(current.folded, dotless=True)  # ("Điều 5 Sở X": its dot lost)
    return bool(cut) and body_heading(current.text[cut:])
