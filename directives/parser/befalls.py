"""What befalls a party, no work given: "Tổ chức, cá nhân ... vi phạm ... sẽ bị xử lý kỷ luật"
(a sanction on whoever breaks the rules), "... sẽ được hưởng chế độ nhuận bút" (a reward).
``nontask`` asks it of an item."""

from __future__ import annotations

import re

# "Tổ chức, cá nhân ... vi phạm ... sẽ bị xử lý kỷ luật, phải bồi thường ...": what befalls
# whoever breaks the rules, a sanction in its first sentence, no work
_SANCTIONED = re.compile(
    r"^[^.;:]{0,400}?\b(?:se bi|thi (?:[^.;:]{0,80}?\s)?(?:se )?bi)\s+(?:xu ly|xu phat|truy cuu)\b"
)
_SANCTION_WORDS = ("xu ly", "xu phat", "truy cuu")
# "Các tổ chức, cá nhân cung cấp tin, bài ... được kiểm duyệt và đăng tải sẽ được hưởng chế độ
# nhuận bút theo quy định hiện hành.": what befalls those who do well, a reward, no work
_REWARDED = re.compile(r"^[^.;:]{0,400}?\bse duoc (?:huong|khen thuong)\b[^;:]*$")


def befalls(folded: str) -> bool:
    """Whether an item only says what befalls whoever breaks the rules, or the reward for
    those who do well."""
    if "se duoc" in folded and _REWARDED.match(folded.strip(" *")):
        return True
    return any(word in folded for word in _SANCTION_WORDS) and bool(_SANCTIONED.match(folded))
