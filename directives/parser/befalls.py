"""What befalls a party, no work given: "Tổ chức, cá nhân ... vi phạm ... sẽ bị xử lý kỷ luật"
(a sanction on whoever breaks the rules). ``nontask`` asks it of an item."""

from __future__ import annotations

import re

# "Tổ chức, cá nhân ... vi phạm ... sẽ bị xử lý kỷ luật, phải bồi thường ...": what befalls
# whoever breaks the rules, a sanction in its first sentence, no work
_SANCTIONED = re.compile(
    r"^[^.;:]{0,400}?\b(?:se bi|thi (?:[^.;:]{0,80}?\s)?(?:se )?bi)\s+(?:xu ly|xu phat|truy cuu)\b"
)
_SANCTION_WORDS = ("xu ly", "xu phat", "truy cuu")


def befalls(folded: str) -> bool:
    """Whether an item only says what befalls whoever breaks the rules."""
    return any(word in folded for word in _SANCTION_WORDS) and bool(_SANCTIONED.match(folded))
