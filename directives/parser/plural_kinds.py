"""A plural of bodies narrowed by what it does or whose it is, read as one name: "Các sở quản
lý chuyên ngành định kỳ tổng hợp ..." (up to how often it acts), "Các đơn vị ... có chức năng
đào tạo thuộc phạm vi quản lý của UBND tỉnh ..." (its remit and its owner). ``subjects`` reads
a sentence's subject with these.
"""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.name_words import leads_first

# "Các đơn vị sự nghiệp công lập có chức năng đào tạo thuộc phạm vi quản lý của ": a kind of
# bodies narrowed by their remit and their owner (whose name follows)
QUALIFIED = re.compile(
    r"^Các (?:đơn vị|cơ quan|cơ sở|trường)\b[^.;:]{0,40}? có chức năng [^.;:]{3,80}?"
    r" thuộc (?:phạm vi )?quản lý của (?=\S)"
)


def up_to_how_often(head: list[str]) -> list[str]:
    """ "Các sở quản lý chuyên ngành định kỳ tổng hợp ...": a plural of bodies qualified in
    lower case, up to the words that say how often it acts; none if not so shaped."""
    for k in range(2, min(len(head) - 1, 9)):
        if leads_first(head[k : k + 2]):
            name = head[:k]
            plain = all(w.islower() and w.isalpha() for w in name[1:])
            return name if name[0] == "Các" and STARTS_BODY.match(name[1]) and plain else []
    return []
