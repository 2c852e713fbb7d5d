"""The words of a list of partners ("phối hợp với X, Y và các cơ quan liên quan"): where it
opens and ends, where one partner's name gives way to the next, and which entries name no
body of their own."""

from __future__ import annotations

import re

from directives.parser.bodies import NAME_SPLIT
from directives.parser.name_words import name_part

GLOSSED_GROUP = re.compile(r"các\s[^(),;.]{2,40}?\s*\((?P<names>[^()]{3,300})\)")
# "phối hợp chặt chẽ với X, Y và Z tổ chức ...": the partners' list, up to its verb
PARTNERS = re.compile(r"\bphoi hop(?:\s+chat che)?(?:\s+voi)?\s+(?=[^\W\d])")
LIST_END = re.compile(r"[.;:()]|\s(?:de|trong|ve|theo|tai|nham|khi|bao dam|dam bao)\s")
# between partners: where a body's name ends, before "các ..." ("Bộ Nội vụ và các bộ") or a force
# (or a kind of body without "các": "UBND các xã, phường và cơ quan, đơn vị có liên quan")
PARTNER_SPLIT = re.compile(
    NAME_SPLIT.pattern + r"|\s*,\s*(?=các\s|lực lượng |cơ quan chuyên môn )"
    r"|\s+và\s+(?=các\s|(?:cơ quan|đơn vị|địa phương|tổ chức)\b)"
)
_FORCE = re.compile(r"lực lượng\s+")
RELATED = re.compile(r"(?:co\s+)?lien quan$|^cac dia phuong$|^cap tren$")


# "các tổ chức chính trị - xã hội (tỉnh)": the mass organisations, a definite set of bodies
MASS_ORGANISATIONS = re.compile(
    r"(?:các\s+)?tổ chức chính trị\s*-\s*xã hội(?:\s+(?:cấp\s+)?(?:tỉnh|thành phố)\b)?"
    r"(?:\s+trực thuộc\b)?",  # "... và các tổ chức chính trị - xã hội trực thuộc"
    re.IGNORECASE,
)


def named_entry(name: str) -> bool:
    """A partner's entry opens with a body's name: a capital, or a force named by it ("lực
    lượng Hải quan", not "lực lượng chức năng"), or the office of a named body ("cơ quan
    chuyên môn thuộc Bộ Tài chính")."""
    force = _FORCE.match(name) or OFFICE_OF.match(name)
    return name[:1].isupper() or (force is not None and name[force.end() :][:1].isupper())


# "cơ quan chuyên môn thuộc Bộ Tài chính": the one office of a body the letter names
OFFICE_OF = re.compile(r"cơ quan chuyên môn thuộc\s+")


def ends_list(stop: re.Match[str], text: str) -> bool:
    """A stop mark, or a word that ends the list when it is not a capitalised word of a
    name ("Bộ Tài chính", whose "tai" folds like "tại") nor a name's lower-case word that
    folds like it ("Cục Biến đổi khí hậu", "... dữ liệu tài nguyên môi trường")."""
    if not stop.group()[:1].isspace():
        return True
    word = text[stop.start() + 1 : stop.end() - 1].split(" ")[0]
    return not word[:1].isupper() and word in _STOP_WORDS


# The words of ``LIST_END`` as written ("khi", not "khí"; "tại", not "tài")
_STOP_WORDS = frozenset(["để", "trong", "về", "theo", "tại", "nhằm", "khi", "bảo", "đảm"])


def sentence_follows(entry: str) -> bool:
    """A capitalised partner's name runs into the words of a sentence ("Bộ Tài chính tiếp
    thu ý kiến của các Bộ"): the list of partners ends with it."""
    return entry[:1].isupper() and len(name_part(entry + ";")) < len(entry)
