"""The issuer as the letter writes it: a letterhead in capitals put in sentence case, unless
the letter names it in another mixed case often enough (moved out of ``header``)."""

from __future__ import annotations

import re
from collections import Counter

from directives.parser.clean import is_upper_line, squash
from directives.parser.public_bodies import CENTRAL_BODIES, PROVINCIAL_BODIES

_KNOWN = frozenset(CENTRAL_BODIES + PROVINCIAL_BODIES)
_NAMED_OFTEN = 3  # times the letter names its issuer in one case to be followed
_KIND_WORDS = 3  # the words that may name the body's kind ("Ủy ban nhân dân"), its case fixed


def as_named(issuer: str, lines: list[str]) -> str:
    """The issuer as the letter writes it: a letterhead in capitals put in sentence case that
    the letter never writes so, but names ``_NAMED_OFTEN`` times or more in one mixed case
    ("Kho bạc Nhà nước" for "KHO BẠC NHÀ NƯỚC"), is that case; a body whose name is known
    keeps it ("Bộ Nông nghiệp và Phát triển nông thôn")."""
    if issuer in _KNOWN:
        return issuer
    # ("QUY HOẠCH & ĐIỀU TRA" named "Quy hoạch và Điều tra" in the text: its "&" kept)
    words = r"\s+".join("(?:&|và)" if w == "&" else re.escape(w) for w in issuer.split())
    # (not the bodies of its kind at every level: "Công đoàn giáo dục các cấp")
    found = re.finditer(rf"(?<!\w){words}(?!\w)(?!\s+các\s)", "\n".join(lines), re.IGNORECASE)
    forms = Counter(
        _with_amps(squash(m.group(0)), issuer) for m in found if not is_upper_line(m.group(0))
    )
    if not forms or issuer in forms:
        return issuer
    form, times = forms.most_common(1)[0]
    # (twice will do where only the name's own words past its kind differ: "Trung tâm Thông
    # tin và Chương trình Giáo dục", not "Ủy ban Nhân dân tỉnh X")
    own = times >= 2 and _first_change(form, issuer) >= _KIND_WORDS
    return form if (times >= _NAMED_OFTEN or own) and form[0] == issuer[0] else issuer


def _first_change(form: str, issuer: str) -> int:
    """The index of the first word ``form`` writes otherwise than ``issuer``."""
    pairs = zip(form.split(), issuer.split(), strict=False)
    return next((k for k, (a, b) in enumerate(pairs) if a != b), 0)


def _with_amps(form: str, issuer: str) -> str:
    """``form`` with the "&" the letterhead's ``issuer`` writes where the text says "và"."""
    ours = issuer.split()
    return " ".join(
        "&" if k < len(ours) and ours[k] == "&" else w for k, w in enumerate(form.split())
    )
