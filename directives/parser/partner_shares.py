"""Partners that share one organ's word, wherever in a "phối hợp" list they stand: "phối hợp
với các Bộ: Xây dựng, Quốc phòng", "phối hợp với Bộ Ngoại giao và các Bộ: Kế hoạch và Đầu tư,
Công Thương" (each "Bộ X"), and enterprises of one kind listed by their short names ("Tập đoàn
FPT, CMC": "Tập đoàn FPT", "Tập đoàn CMC"); and provinces, or their committees, listed under one
kind's word, which stay one collective partner ("các tỉnh Bắc Ninh, Gia Lai")."""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL
from directives.parser.shared_names import organ_name, shared_names

# "các Bộ: Xây dựng, Quốc phòng": a kind of body whose names the colon opens (or none, the names
# capitalised and listed: "các Bộ Tài nguyên và Môi trường, Nông nghiệp và ..., Tư pháp")
SHARED_PARTNERS = re.compile(
    r"các\s+(?P<organ>Bộ|Sở|Cục|Ban|Tổng cục)(?:\s*:\s*|\s+(?=[A-ZĐ][^:;.]*,\s+[A-ZĐ]))(?=[A-ZĐ])"
)


def shared_partners(shared: re.Match[str], listed: str) -> list[str]:
    """The full names of the partners ``listed`` after the kind ``shared`` names ("các Bộ: Kế
    hoạch và Đầu tư, Công Thương" -> "Bộ Kế hoạch và Đầu tư", "Bộ Công Thương")."""
    organ = shared.group("organ")
    organ = organ[:1].upper() + organ[1:].lower()
    # (up to an unnamed plural after them, no name of the kind's: "... Công Thương và các cơ
    # quan liên quan", which the "các" rule leaves out)
    listed = _PLURAL_AFTER.split(listed, maxsplit=1)[0]
    return [organ_name(organ, name) for name in shared_names(organ, listed)]


_PLURAL_AFTER = re.compile(r"\s*(?:,|\bvà\b)\s*các\s")


# "Tập đoàn FPT, CMC", "Tập đoàn VNPT, MobiFone": one kind of enterprise, then the short names
# (one word, two capitals in it at least) of several of its kind; each is "Tập đoàn X" as the
# first is
_SHORT = rf"[{CAPITAL}][^\W_]{{0,10}}[{CAPITAL}][^\W_]{{0,10}}\b"
_SHORT_NAMES = re.compile(
    rf"(?P<kind>Tập đoàn|Tổng công ty|Ngân hàng)\s+(?P<names>{_SHORT}"
    rf"(?:(?:\s*,\s*|\s+và\s+){_SHORT})+)"
)
_APART = re.compile(r"\s*,\s*|\s+và\s+")


def short_names_shared(entry: str) -> list[str]:
    """The enterprises ``entry`` lists by their short names after one kind's word ("Tập đoàn
    FPT, CMC" -> "Tập đoàn FPT", "Tập đoàn CMC"); none unless it is such a list, whole."""
    listed = _SHORT_NAMES.fullmatch(entry)
    if listed is None:
        return []
    kind = listed.group("kind")
    return [f"{kind} {name}" for name in _APART.split(listed.group("names"))]


# "02 tỉnh Bà Rịa-Vũng Tàu và Hà Tây", "các tỉnh Bắc Ninh, Gia Lai": provinces counted or
# listed by their proper names, one collective as written (README, session 20: 171/03)
_CAP = rf"[{CAPITAL}]\S*"
# (or their people's committees, the names after a colon: "Ủy ban nhân dân 04 xã: Gia Thuận, Tân
# Điền", one collective as the lead's list of them is, README)
PROVINCES = re.compile(
    rf"(?:(?:các|\d{{1,3}})\s+(?:tỉnh|thành phố)\s+|(?P<colon>(?:Ủy ban nhân dân|UBND)\s+"
    rf"(?:các|\d{{1,3}})\s+(?:tỉnh|thành phố|huyện|xã|phường)\s*:\s*)){_CAP}(?:\s+{_CAP})*"
    rf"(?:(?:\s*,\s*|\s+và\s+){_CAP}(?:\s+{_CAP})*)+"
)
