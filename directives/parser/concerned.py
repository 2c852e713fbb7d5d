"""Bodies named by their kind as "those concerned" ("các cơ quan, đơn vị liên quan"): the plural
alone as a sentence's subject, after a named body ("Sở Y tế và các cơ quan liên quan ..."), or
closing a shared list of bodies.
"""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.letters import SMALL

# "Các cơ quan, đơn vị liên quan": a group of bodies named by their kind, those concerned
# (an office's sections and the mass organisations too, "Các bộ phận, ngành, đoàn thể có liên
# quan"; the province's departments by their level, "Các sở, ban, ngành tỉnh có liên quan")
_KIND = (
    r"(?:các\s+)?(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân|sở|ban|ngành|bộ phận|đoàn thể)"
    r"(?:\s+(?:tỉnh|thành phố))?"
)
# the words every pattern of those concerned holds: a cheap search that spares the others
CONCERNED_WORDS = re.compile("liên quan", re.IGNORECASE)
CONCERNED_GROUP = re.compile(
    rf"^({_KIND}(?:\s*,\s*(?:và\s+)?{_KIND})*\s+(?:có\s+)?liên quan)\s+(?=[{SMALL}])",
    re.IGNORECASE,
)
# (a body named before them, not one that works with another: "Thanh tra Tổng cục Thuế phối hợp
# với Cục X và các đơn vị có liên quan thực hiện ...": the lead, its partners after "phối hợp")
# (their heads named for them, the title dropped: "Chủ tịch UBND cấp xã và thủ trưởng các cơ
# quan, đơn vị có liên quan triển khai ...": the bodies act)
_HEAD = r"(?:(?:thủ trưởng|người đứng đầu|lãnh đạo)\s+(?=các\s))?"
_NAME = r"(?:(?!\sphối hợp\b)[^,;:.()]){3,80}"
WITH_CONCERNED = re.compile(
    rf"^(?P<name>{_NAME}?)\s+và\s+{_HEAD}"
    rf"(?P<group>các\s+{_KIND}(?:\s*,\s*(?:và\s+)?{_KIND})*\s+(?:có\s+)?liên quan)"
    rf"\s+(?=(?-i:[{SMALL}]))",
    re.IGNORECASE,
)
# (the same after bodies listed with commas or ";", their titles included: "Tổng cục trưởng
# Tổng cục Thuế; Thủ trưởng các cơ quan, đơn vị ...; Cục trưởng Cục Thuế các tỉnh, ... và các tổ
# chức, cá nhân có liên quan chịu trách nhiệm ...")
LIST_WITH_CONCERNED = re.compile(
    WITH_CONCERNED.pattern.replace(_NAME, _NAME.replace(",;", "").replace("80", "260")),
    re.IGNORECASE,
)


def with_concerned(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """A body and those concerned after it (``WITH_CONCERNED``), else bodies listed before
    them (``LIST_WITH_CONCERNED``), opening the text: tried only where "liên quan" stands."""
    if CONCERNED_WORDS.search(text) is None:
        return None, None
    first = WITH_CONCERNED.match(text)
    return first, LIST_WITH_CONCERNED.match(text) if first is None else None


# "Ủy ban nhân dân các xã, phường và các cơ quan, tổ chức, cá nhân có liên quan": the list's last
# body, then the plural of those concerned
_ENDS_CONCERNED = re.compile(
    rf"^(?P<name>[^;:.()]{{3,160}}?)\s+và\s+{_HEAD}"
    rf"(?P<group>các\s+{_KIND}(?:\s*,\s*(?:và\s+)?{_KIND})*\s+(?:có\s+)?liên quan)$",
    re.IGNORECASE,
)


def and_concerned(name: str) -> list[str]:
    """The last body a shared list names and the plural of those concerned after it, apart."""
    m = _ENDS_CONCERNED.match(name)
    if m is None or not STARTS_BODY.match(m.group("name")):
        return [name]
    return [m.group("name"), m.group("group")]
