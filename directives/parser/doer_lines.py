"""A bullet that only says who carries a record's task out ("+ Sở Văn hóa và Thể thao chủ trì,
phối hợp với các sở, ban, ngành ... và các đơn vị có liên quan."), set under an empty doer's
label ("- Cơ quan thực hiện:"): the label's value, no task of its own."""

from __future__ import annotations

import re

from directives.parser.bodies import has_verb
from directives.parser.clean import fold_keep

# "X chủ trì", "X chủ trì, phối hợp với Y, Z và các đơn vị có liên quan"
_DOER = re.compile(
    r"^(?P<lead>[^,;:]{3,120}?)\s+chu tri(?:\s+thuc hien)?"
    r"(?:(?:\s*,\s*|\s+va\s+)phoi hop(?:\s+voi)?\s+(?P<partners>[^;:]{3,300}?))?\s*[.;]?$"
)


def doer_line(text: str) -> bool:
    """The bullet names its lead (and its partners) and no work."""
    folded = fold_keep(text.strip())
    m = _DOER.match(folded)
    if m is None:
        return False
    span = m.span("partners")
    return not has_verb(text[: m.end("lead")]) and (
        span[0] < 0 or not has_verb(text[span[0] : span[1]])
    )
