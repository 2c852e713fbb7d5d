"""The names of a list that shares its organ's word ("Các Bộ: Y tế, Tài chính", "Các Vụ Kê
khai và kế toán thuế, Quản lý nợ"): each entry's name, a known body's whole name first, and
each entry's full name with the organ's word put before it ("Bộ Y tế", "Vụ Quản lý nợ")."""

from __future__ import annotations

import re
from functools import lru_cache

from directives.parser.letters import CAPITAL, SMALL
from directives.parser.public_bodies import EXTERNAL_BODIES

# A body of another kind ending the list of names that share an organ's word ("Các Bộ: Y tế,
# Tài chính và Ủy ban nhân dân tỉnh, thành phố"): named by its own organ, not the list's
_OWN_ORGAN = re.compile(
    r"(?:Ủy ban|Uỷ ban|UBND|Hội đồng|Văn phòng|Thanh tra|Kiểm toán|Tòa án|Viện)\b"
)
# An enterprise among a list of departments ("các Sở: Tài chính, Kế hoạch và Đầu tư, Công ty
# TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi và các cơ quan, đơn vị liên
# quan"): no organ's name, its own whole name (commas and "và" in it), up to an unnamed plural
_ENTERPRISE = re.compile(r"(?:Công ty|Tổng công ty|Tập đoàn|Doanh nghiệp|Hợp tác xã)\b")
_PLURAL_AFTER = re.compile(r"\s*(?:,|\bvà\b)\s*các\s")


def organ_name(organ: str, name: str) -> str:
    """The full name of one entry of a list sharing ``organ``."""
    own = _OWN_ORGAN.match(name) or _ENTERPRISE.match(name) or name.startswith(f"{organ} ")
    # (or a known body of another organ's, whole: "Các Bộ, cơ quan: Y tế, Thông tấn xã Việt Nam")
    own = own or name in EXTERNAL_BODIES
    return name if own else f"{organ} {name}"


def shared_names(organ: str, rest: str) -> list[str]:
    """ "Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và Du lịch" after "Các Bộ:": a known
    body's whole name first ("Bộ Văn hóa, Thể thao và Du lịch"), else up to "," or "và"."""
    known = _known_names(organ)
    names: list[str] = []
    rest = rest.strip()
    while rest:
        # (not an entry the list's names go on after: "Các Vụ Quản lý nợ, Thanh tra thuế, Quản lý
        # Doanh nghiệp lớn", the inspectorate's word in a department's name)
        if _OWN_ORGAN.match(rest) and not _NEXT_NAME.search(rest):
            names.append(rest)  # "... và Ủy ban nhân dân tỉnh, thành phố": its own name, whole
            break
        if _ENTERPRISE.match(rest):
            names.append(_PLURAL_AFTER.split(rest, maxsplit=1)[0])
            break
        whole = next(
            (k for k in known if rest.startswith(k) and not rest[len(k) :][:1].isalnum()), None
        )
        if whole is None:
            # (a name goes on after "và" in lower case: "Kê khai và kế toán thuế")
            whole = _NAMES_APART.split(rest, maxsplit=1)[0]
        if whole:
            # (the inspectorate's word opening a department's name in the list: its organ's)
            names.append(f"{organ} {whole}" if _OWN_ORGAN.match(whole) else whole)
        rest = re.sub(r"^\s*(?:,|và)?\s*", "", rest[len(whole) :]) if whole else rest[1:]
    return names


def listed_on(organ: str, listed: str, others: str) -> tuple[str, str]:
    """ "Các Bộ: Nông nghiệp và Môi trường; Xây dựng; Tư pháp": the list ``listed`` goes on
    past ";" while the entry after it is known names of the organ's, not another body or
    office ("các Sở: Tài chính, Nội vụ; Chủ tịch Ủy ban nhân dân các xã"); the list and the
    rest after it."""
    known = _known_names(organ)
    while others.strip():
        piece, _, after = others.partition(";")
        entry = piece.strip()
        # (each of its names known whole: not "Công an tỉnh", a body of its own)
        if not entry or not set(shared_names(organ, entry)) <= set(known):
            break
        listed, others = f"{listed.rstrip()}, {entry}", after
    return listed, others


# "... yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;" at a line's end: a list sharing
# its organ's word, each entry closed by ";", open still
_OPEN_LIST = re.compile(
    rf"(?:^|\s)[Cc]ác\s+(Bộ|Sở|Cục|Vụ|Ban)\s*:\s*(?:[{CAPITAL}][^;:.]{{0,80}};\s*)+$"
)


def organ_list_goes_on(above: str, line: str) -> bool:
    """ "... các Bộ: Nông nghiệp và Môi trường; Xây dựng;" / "Khoa học và Công nghệ xây dựng
    ...": the line opens with another known name of the list's organ, so the list (and the
    sentence) goes on past the ";" that ends the text ``above``."""
    m = _OPEN_LIST.search(above)
    if m is None:
        return False
    return any(line.startswith(k) and not line[len(k) :][:1].isalnum() for k in _known_names(m[1]))


_NAMES_APART = re.compile(rf"\s*,\s*|\s+và\s+(?![{SMALL}])")
# ", Quản lý ...": another of the list's names after this one
_NEXT_NAME = re.compile(rf",\s*[{CAPITAL}]")


@lru_cache(maxsize=16)
def _known_names(organ: str) -> tuple[str, ...]:
    """The names known bodies of ``organ`` have, longest first; a ministry's and a province's
    department share theirs ("các Sở Nông nghiệp và Phát triển nông thôn": one kind)."""
    kin = ("Bộ ", "Sở ") if organ in ("Bộ", "Sở") else (f"{organ} ",)
    names = {b.split(" ", 1)[1] for b in EXTERNAL_BODIES for k in kin if b.startswith(k)}
    return tuple(sorted(names, key=len, reverse=True))
