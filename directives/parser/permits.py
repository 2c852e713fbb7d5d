"""A permit cited by its kind ("Giấy phép khai thác khoáng sản số 199/GP-BNNMT"): its type is
the kind as written, and its issuer the body that "cho phép" in the same sentence ("được Bộ X
cho phép khai thác ... tại Giấy phép ... số N") or "do X cấp" after it. ``references``
asks when no other kind of document stands before the number."""

from __future__ import annotations

import re
from typing import NamedTuple

from directives.parser.clean import squash

# "Giấy phép khai thác khoáng sản số", "Giấy phép môi trường số": up to "số", before the number
# (or another paper a body issues, cited by its kind: "Giấy chứng nhận đủ điều kiện về phòng
# cháy, chữa cháy số", "Giấy đề nghị số"; or a contract, by its kind: "Hợp đồng nguyên tắc mua
# bán VLNCN số")
_PERMIT = re.compile(
    r"\b(?:giay (?:phep|chung nhan|de nghi|xac nhan)|hop dong)"
    r"(?P<kind>(?:,? (?!(?:theo|tai|cua|luat)\b)[a-z]+){0,10}?)\s+so\s*:?\s*$"
)
# (no word that leads to another document: "giấy phép môi trường theo Luật ... số N" is the
# law's number)
_PERMITTED_BY = re.compile(
    r"\bduoc\s+(?P<issuer>[^.,;:()\n\d]{3,80}?)\s+cho phep\b[^.;]{0,200}\btai\s*$"
)

# "... số 23/GP-ATMT ngày 19/4/2021 do Cục X - Bộ Y cấp cho Công ty": the body that granted it
_GRANTED_BY = re.compile(r"\S+(?: ngay [\d/]+)?,? do (?P<issuer>[^.,;:()\n\d]{3,120}?) cap\b")


class Permit(NamedTuple):
    kind: str  # as written, in lower case
    issuer: str | None  # the body that permits, as written


def cited_permit(text: str, folded: str, number_at: int) -> Permit | None:
    """The permit whose number starts at ``number_at``, or None if no permit's kind is
    written right before it."""
    m = _PERMIT.search(folded, max(0, number_at - 80), number_at)
    if m is None:
        return None
    # (in lower case, an abbreviation's capitals kept: "mua bán VLNCN")
    words = squash(text[m.start() : m.end("kind")]).split()
    kind = " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in words)
    window = max(0, m.start() - 240)
    by = _PERMITTED_BY.search(folded[window : m.start()])
    issuer = squash(text[window + by.start("issuer") : window + by.end("issuer")]) if by else None
    granted = None if issuer else _GRANTED_BY.match(folded, number_at)
    issuer = squash(text[granted.start("issuer") : granted.end("issuer")]) if granted else issuer
    return Permit(kind, issuer if issuer and issuer[:1].isupper() else None)


# "Điều 3. Công ty X được hưởng các quyền hợp pháp theo quy định tại Khoản 1 Điều 43 và có trách
# nhiệm thực hiện các nghĩa vụ theo quy định tại Khoản 2 Điều 43 của Luật ...": a licence's
# article on its holder's rights and duties, the duties binding the holder it names
_RIGHTS_AND_DUTIES = re.compile(
    r"^(?:dieu \d+\s*[.:]\s*)?(?:cong ty|doanh nghiep|chu dau tu|to chuc|chu giay phep)\b"
    r"[^.;:]{0,120}?"
    r"\sduoc huong (?:cac |moi )?quyen\b[^.;:]{0,200}?\bva co trach nhiem thuc hien\b"
)


def holders_duties(folded: str) -> bool:
    """The sentence gives a licence's holder its rights and binds it to its duties."""
    return _RIGHTS_AND_DUTIES.match(folded) is not None
