"""A decision's grounds written as dash items, under the enacting body's name in capitals:

    ỦY BAN NHÂN DÂN TỈNH X
    - Căn cứ Luật Tổ chức chính quyền địa phương ...;
    - Xét đề nghị của Giám đốc Sở Y ...;
    - Để thống nhất ...,
    QUYẾT ĐỊNH:

Each cites what the decision rests on or the aim it serves and ends in ";" or "," (the
enacting words follow): no task of the body above them, whose heading they stand under.
A ground that goes on to ask ("- Căn cứ ..., đề nghị Sở X ...") is not one.
"""

from __future__ import annotations

import re

from directives.parser.formulas import GROUNDED_ASK

_DASHES = ("dash", "plus")
# a ground ("Căn cứ", "Xét", "Theo đề nghị") closed by ";" or ","; an aim ("Để", "Nhằm")
# closed by "," only (an aim that ends in ";" may be an item that goes on to its task)
_GROUND = re.compile(
    r"^(?:(?:can cu|xet|theo de nghi)\b[^.:]*(?:\.\d[^.:]*)*[;,]"
    r"|(?:de|nham)\s[^.;:]*,)\s*$"
)


def dashed_ground(marker: str | None, folded: str) -> bool:
    """The dash item only gives a ground or an aim of the decision, closed as one."""
    return (
        marker in _DASHES
        and _GROUND.match(folded) is not None
        and GROUNDED_ASK.match(folded) is None
    )
