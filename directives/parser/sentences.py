"""Task boundaries inside one item: a later sentence whose subject is another body
("... trước ngày 05/12. Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo ...") is a task of its
own, given to that body."""

from __future__ import annotations

import itertools
import re

from directives.parser.bodies import subject_acts
from directives.parser.clean import fold_keep, squash
from directives.parser.units import MentionFinder, Part

# Where a sentence ends inside an item: a full stop before a capital.
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZĐ\u00c0-\u1ef8])")
# Words that open a sentence before its subject: "Trên cơ sở đó, Bộ Tư pháp ..."
_OPENER = re.compile(r"^(?:tren co so (?:do|nay)|dong thoi|sau do|ngoai ra|tiep do),\s*")


def task_sentences(text: str, folded: str, find: MentionFinder) -> list[tuple[str, str]]:
    """The item cut where a sentence hands a task to a body other than the one before."""
    cuts = [0]
    subject = _subject(text, folded, find)
    for m in _SENTENCE_END.finditer(text):
        start = m.end()
        named = _subject(text[start:], folded[start:], find)
        if named is not None and named != subject:
            cuts.append(start)
            subject = named
    bounds = [*cuts, len(text)]
    return [(text[a:b].strip(), folded[a:b].strip()) for a, b in itertools.pairwise(bounds)]


def _subject(text: str, folded: str, find: MentionFinder) -> str | None:
    """The body a sentence opens with as the one who acts, or None."""
    opener = _OPENER.match(folded)
    at = opener.end() if opener else 0
    sentence = text[at:].split(". ")[0]
    mentions = find(sentence, folded[at : at + len(sentence)])
    if mentions and mentions[0].start == 0 and mentions[0].part == Part.SUBJECT:
        return mentions[0].name
    if subject_acts(sentence):
        return squash(fold_keep(sentence.split()[0]))  # a body the finder does not know
    return None
