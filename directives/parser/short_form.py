"""The addressee by its kind alone: "Đồng ý với đề xuất của Bộ X tại Tờ trình nêu trên; Bộ khẩn
trương trình Thủ tướng Chính phủ ...". A letter to a ministry calls it "Bộ" (as its closing
calls it "quý Bộ"); a clause that opens with that bare word and a verb is the addressee's task,
the lead as written (README, session 20: 166/03), while an issuer of that kind speaks of itself
so ("Bộ đề nghị ...", "Bộ sẽ ..."), and no such clause is a task of another body."""

from __future__ import annotations

import re

from directives.parser.letters import SMALL
from directives.parser.subject_ends import PREDICATE

# "; Bộ khẩn trương ...", ", Sở chủ trì ...": a clause opening with a bare kind of body (or a
# sentence that asks it: ". Yêu cầu Bộ tổ chức ...", the request in its text)
_BARE_KIND = re.compile(
    r"(?:^|[;,]\s+|\.\s+(?=(?:Yêu cầu|Đề nghị|Giao)\s))(?P<at>(?:(?:Yêu cầu|Đề nghị|Giao)\s+)?"
    rf"(?P<kind>Bộ|Sở|Cục|Tổng cục|Ủy ban|Uỷ ban|Tập đoàn|Tổng công ty))\s+(?=[{SMALL}])"
)
# the issuer's own doings or requests, no task of the addressee
_OWN = re.compile(r"(?:sẽ|đã|đề nghị|yêu cầu|xin|trân trọng|kính)\b")


def short_addressee(text: str, recipients: list[str], issuer: str | None) -> tuple[int, str] | None:
    """Where the clause that opens with the addressee's bare kind starts, and that kind; None
    when no clause does, the letter is not addressed to a body of that kind or its issuer is
    one."""
    for m in _BARE_KIND.finditer(text):
        kind, rest = m.group("kind"), text[m.end() :]
        if PREDICATE.match(rest) is None or _OWN.match(rest):
            continue
        if issuer and issuer.startswith(f"{kind} "):
            continue  # ("Bộ tổng hợp ..." in a ministry's own letter: the issuer itself)
        kinds = (f"{kind} ", f"Các {kind} ", f"các {kind} ")
        if not any(r.lstrip(" -+").startswith(kinds) for r in recipients):
            continue
        return m.start("at"), kind
    return None
