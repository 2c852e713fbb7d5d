"""An item of a meeting's attendance list that hands a body the work of calling its guests
("- Trưởng Ban Dân tộc tỉnh, Phòng Chuyên môn thuộc Ban Dân tộc tỉnh (giao Ban Dân tộc tỉnh
thông báo);"): among the guests, the one task the list holds, the body in brackets its lead."""

from __future__ import annotations

import re

# "(giao Ban X thông báo)", "(giao Sở Y mời)", "(Văn phòng UBND tỉnh thông báo)" is not one:
# only the work handed by "giao"
_HANDED = re.compile(
    r"\(\s*giao\s+[^()]{2,80}?\s(?:thong bao|moi|trieu tap)(?: (?:va )?(?:moi|chuan bi)\b[^()]*)?"
    r"\s*\)"
)


def handed_aside(folded: str) -> bool:
    """The item hands a body, in brackets, the work of calling its guests."""
    return _HANDED.search(folded) is not None
