"""An item that reports what a body has done ("+ Văn phòng X đã tham mưu khắc phục ...", under
a plan's "Giải pháp thực hiện:"): the body's name, then "đã" and its verb; done, no task to
track (no label gives a task whose text opens with its lead and then "đã")."""

from __future__ import annotations

import re

from directives.parser.subjects import subject_bodies

# "đã" right after the subject: what it has done (not "đã được giao": what it was given)
_DONE = re.compile(r"\s*(?:cũng\s+)?đã\s+(?!được\b)\S")


def reports_done(text: str) -> bool:
    """Whether ``text`` opens with the bodies that are its subject and then "đã"."""
    if " đã " not in text[:200]:
        return False
    bodies = subject_bodies(text)
    if not bodies or not text.startswith(bodies[0]):
        return False
    at = text.find(bodies[-1]) + len(bodies[-1])
    return _DONE.match(text, at) is not None
