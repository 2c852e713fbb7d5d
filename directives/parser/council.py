"""A people's council's own organs named jointly, as its resolutions hand them the monitoring:
"Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội
đồng nhân dân Thành phố giám sát ..." (the boards in lower case too: "các ban của Hội đồng
nhân dân", "các Ban hội đồng nhân dân"), or in short, the council named once: "Thường trực,
các ban, các tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh". Each entry is one organ as
written: the standing committee first, then the boards, the delegations and the delegates
("của" and lower-case words inside the list, where a name reader would stop)."""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL, SMALL

# The council, with its level and area ("Hội đồng nhân dân tỉnh", "HĐND Thành phố", a
# misprinted "Hội đông nhân dân", or "Hội đồng nhân tỉnh" its "dân" lost before the level)
_LEVEL = r" (?:tỉnh|[Tt]hành phố|huyện|quận|thị xã|xã|phường)(?: (?-i:[A-ZĐ])\w*)*"
_COUNCIL = (
    r"(?:(?:[Hh]ội đ[ồô]ng nhân dân|HĐND)(?:" + _LEVEL + r")?|[Hh]ội đ[ồô]ng nhân" + _LEVEL + ")"
)
_ORGAN = (
    r"(?:(?:các )?[Bb]an(?:(?: của)? "
    + _COUNCIL
    + r")?|(?:các )?[Tt]ổ đại biểu(?: (?:của )?"
    + _COUNCIL
    + r")?|(?:các )?[Đđ]ại biểu "
    + _COUNCIL
    # (the councils under it, which the resolution asks to supervise too: "..., Hội đồng nhân
    # dân cấp xã giám sát ...")
    + r"|(?:[Hh]ội đồng nhân dân|HĐND) (?:cấp (?:huyện|xã)|các cấp)"
    + r")"
)
_ORGANS = re.compile(
    r"^(?P<lead>Thường trực(?: " + _COUNCIL + r")?)(?P<rest>(?:(?:[,;]| và) " + _ORGAN + r")+)"
    rf"(?= (?-i:[{SMALL}]))"
)
_ENTRY = re.compile(_ORGAN)
_COUNCIL_IN = re.compile(_COUNCIL)


def council_organs(text: str) -> tuple[list[str], int] | None:
    """The council's organs ``text`` opens with, the standing committee first, and where the
    list ends; None unless it names the standing committee and another organ."""
    m = _ORGANS.match(text)
    # (the council named once at least: "Thường trực, các ban, ... và đại biểu HĐND tỉnh")
    if m is None or _COUNCIL_IN.search(m.group()) is None:
        return None
    return [m["lead"], *(e.group() for e in _ENTRY.finditer(m["rest"]))], m.end()


def council_resolution(kind: str | None, issuer: str | None) -> bool:
    """A people's council's resolution ("NGHỊ QUYẾT" of the "Hội đồng nhân dân tỉnh ..."): the
    rules it issues are no tasks, only its article on carrying it out gives them; so with the
    National Assembly's and its Standing Committee's ("Điều 1. Công tác trọng tâm ..." of a
    work programme, its content; "Điều 3. Tổ chức thực hiện", its tasks)."""
    council = _COUNCIL_NAME.match(issuer or "") is not None or issuer in _ASSEMBLY
    return kind == "NGHỊ QUYẾT" and council


_COUNCIL_NAME = re.compile(r"(?i:Hội đồng nhân dân|HĐND)\b")
_ASSEMBLY = ("Quốc hội", "Ủy ban Thường vụ Quốc hội")


# The National Assembly's organs named jointly, as its resolutions hand them the supervision:
# "Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, Ủy ban Tài chính, Ngân sách, các Ủy ban khác của
# Quốc hội, Đoàn đại biểu Quốc hội, đại biểu Quốc hội giám sát ...", "Thường trực Hội đồng Dân
# tộc, Thường trực các Ủy ban của Quốc hội, Văn phòng Quốc hội bám sát ...". A committee is
# named by its fields, each a capital then a small word or none ("Kinh tế", "Xã hội"), joined by
# "," or "và" ("Ủy ban Văn hóa, Giáo dục"); a word that opens another organ opens the next entry.
_FIELD = rf"[{CAPITAL}]\w*(?: (?-i:[{SMALL}])\w*)?"
_OPENS_ORGAN = r"(?:Thường trực|[Cc]ác|Ủy ban|Hội đồng|Văn phòng|Đoàn|[Đđ]ại biểu)\b"
_ASSEMBLY_ORGAN = (
    r"(?:Thường trực )?(?:[Cc]ác )?(?:Ủy ban Thường vụ Quốc hội|Hội đồng Dân tộc|Văn phòng Quốc"
    r" hội|Đoàn đại biểu Quốc hội|[Đđ]ại biểu Quốc hội|Ủy ban(?: khác)? của Quốc hội"
    rf"|Ủy ban {_FIELD}(?:(?:, | và )(?!{_OPENS_ORGAN}){_FIELD})*)"
)
_ASSEMBLY_ORGANS = re.compile(
    rf"^{_ASSEMBLY_ORGAN}(?:(?:,| và) {_ASSEMBLY_ORGAN})+,?(?= (?-i:[{SMALL}]))"
)
_ASSEMBLY_ENTRY = re.compile(_ASSEMBLY_ORGAN)
# (the list opens with one of the Assembly's own: not any committee's list)
_ASSEMBLY_FIRST = re.compile(
    r"^(?:Thường trực )?(?:Ủy ban Thường vụ Quốc hội|Hội đồng Dân tộc|Văn phòng Quốc hội)"
)


def assembly_organs(text: str) -> tuple[list[str], int] | None:
    """The National Assembly's organs ``text`` opens with, and where the list ends (past the
    comma that closes it); None unless it opens with one of the Assembly's own and names
    another."""
    m = _ASSEMBLY_ORGANS.match(text)
    if m is None or _ASSEMBLY_FIRST.match(text) is None:
        return None
    return [e.group() for e in _ASSEMBLY_ENTRY.finditer(m.group())], m.end()
