"""Display forms for names written in capitals in a header ("SỞ NỘI VỤ" → "Sở Nội vụ")."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep, is_upper_line, squash
from directives.parser.ocr_words import reread

_ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
}
# a department's field by its letters, after "Sở" in a header ("SỞ GDĐT TỈNH ĐỒNG THÁP")
_FIELDS = {"gdđt": "giáo dục và đào tạo", "gd&đt": "giáo dục và đào tạo"}
_UNACCENTED = {"uy ban nhan dan": "ủy ban nhân dân", "hoi dong nhan dan": "hội đồng nhân dân"}
# Words that start an administrative area: what follows is a proper name.
_AREA_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "phường", "xã")
# (in a name that lost its accents, those no other word is written as: not "quan" of "cơ quan")
_BARE_AREA_WORDS = ("thanh pho", "thi xa", "thi tran", "tinh", "huyen")
# Bodies whose field of work (or body) follows and is capitalised ("Sở Nội vụ", "Văn phòng Ủy
# ban ...").
# ("Phủ Thủ tướng", "Phủ Chủ tịch": the older offices of the head of government and state)
_ORGANS = (
    "văn phòng",
    "đảng ủy",
    "đảng uỷ",  # a body's party committee: "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy Bộ Y tế"
    "chi cục",
    "tổng cục",  # a general department under a ministry: "Tổng cục Hải quan", "Tổng cục Thuế"
    "thanh tra",
    "trung tâm",
    "sở",
    "bộ",
    "phòng",
    "ban",
    "cục",
    "phủ",
    "ủy ban",  # a committee named by its field: "Ủy ban Thường vụ Quốc hội", "Ủy ban Dân tộc"
    "liên đoàn",  # a federation named by its field: "Liên đoàn Lao động tỉnh X"
    "công đoàn",  # a trade union named by its field: "Công đoàn Giáo dục", "Công đoàn VNPT"
)
_WORD = re.compile(r"\S+")


def _is_organ(words: list[str], organ: str) -> bool:
    """The words name the organ, as written or as an OCR copy that lost all their accents."""
    written = " ".join(words)
    return written == organ or (written.isascii() and written == fold_keep(organ))


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def org_display(name: str, *, spelled: bool = True) -> str:
    """A body's name in sentence case as Vietnamese writes it; mixed-case names stay as written.
    ``spelled``: an abbreviation opening the name is written out (a header's body), else kept
    as the letter writes it (a cited document's issuer: "HĐND TỈNH X" -> "HĐND tỉnh X")."""
    name = squash(name).strip(" .;:,")
    if not is_upper_line(name):
        return name
    # ("UBND" opening the name is the body itself, written out; inside a longer name it is
    # kept as written: "VĂN PHÒNG UBND THÀNH PHỐ" -> "Văn phòng UBND thành phố")
    # ("VĂN PHÒNG HĐND&UBND PHƯỜNG": bodies' letters joined by "&" are kept as written)
    words = [
        w
        if _kept_capitals(w) and w.lower() not in _FIELDS
        else _ABBREVIATIONS.get(w.lower(), w.lower())
        if (k == 0 and spelled) or w.lower() not in _ABBREVIATIONS
        else w
        for k, w in enumerate(name.split())
    ]
    if len(words) > 1 and words[0] == "sở" and words[1] in _FIELDS:
        # "SỞ GDĐT TỈNH X": the department's field written out (a cited one's as written)
        words[1] = _FIELDS[words[1]] if spelled else name.split()[1]
    # (a tone mark as the page places it: "UỶ BAN" reads "Uỷ ban", the name as written)
    text = " ".join(words)
    # an OCR copy that lost some of its accents ("UY BAN NHAN DAN" / "TỈNH X"); a name that
    # lost all of them stays as written ("UY BAN NHAN DAN TINH X" -> "Uy ban nhan dan tinh X")
    unaccented = name.isascii()
    for bare, accented in () if unaccented else _UNACCENTED.items():
        text = re.sub(rf"(?<!\w){bare}(?!\w)", accented, text)
    words = text.split()
    areas = _BARE_AREA_WORDS if unaccented else _AREA_WORDS
    out: list[str] = []
    proper = False  # inside an area's proper name
    cap_next = True
    after_conj = False
    i = 0
    while i < len(words):
        word = words[i]
        rest = " ".join(words[i : i + 2])
        if not proper and not after_conj:
            area = next((a for a in areas if reread(rest) == a or reread(word) == a), None)
            if rest == "xã hội":
                area = None  # "Bảo hiểm xã hội": society, not a commune
            if area is not None and i > 0:
                n = len(area.split())
                out.extend(words[i : i + n])
                i += n
                proper = True
                continue
        if proper or cap_next:
            out.append(_cap(word))
        else:
            out.append(word)
        cap_next = False
        if not proper:
            organ = None
            if len(out) == 1:
                organ = next(
                    (o for o in _ORGANS if _is_organ(words[i : i + len(o.split())], o)), None
                )
                people = [fold_keep(w) for w in words[i + 2 : i + 4]] == ["nhan", "dan"]
                if organ == "ủy ban" and people:
                    organ = None  # "Ủy ban nhân dân tỉnh ...": the people's committee
            if organ is not None and len(organ.split()) == 2:
                i += 1
                out.append(words[i])
            after_conj = word in ("và", "-") or word.endswith(",")
            cap_next = organ is not None or after_conj
        i += 1
    return _school(_proper_names(" ".join(out)))


def _kept_capitals(word: str) -> bool:
    """Capitals with no vowel that are no Vietnamese word's opening consonants: an
    abbreviation kept as written ("ĐẠI HỌC QUỐC GIA TP. HCM" -> "... TP. HCM"); one the
    letters spell out is not, nor a place's own name ("KON TUM", "ĐẮK LẮK")."""
    parts = re.split(r"[&-]", word)
    if len(parts) > 1:  # "HĐND&UBND", "ĐHQG-HCM": abbreviations joined
        return all(p.lower() in _ABBREVIATIONS or _kept_capitals(p) for p in parts)
    letters = re.sub(r"[\W\d_]", "", word)
    spelled = word.lower() in _ABBREVIATIONS or word.lower() in _FIELDS
    if spelled or not re.fullmatch(r"[B-DF-HJ-NP-TV-XZĐ]{2,}", letters):
        return False
    return letters.lower() not in _CLUSTERS


# consonants that open a syllable, cut from it by a lost glyph ("TH THAO" for "THỂ THAO")
_CLUSTERS = frozenset(("ch", "gh", "gi", "kh", "ng", "ngh", "nh", "ph", "qu", "th", "tr"))


# A school's kind opening its name, then the school's own name: both capitalised as schools are
# written ("Trường Đại học Công nghệ ...", "Đại học Quốc gia ...", "Học viện Chính trị ...")
_SCHOOL = re.compile(r"^(Trường (?:đ(?=ại học )|c(?=ao đẳng )|t(?=rung cấp )))?(?:\S+ \S+) (\w)")


# A school of general education by its kind's letters ("TRƯỜNG THPT PHƯỚC BỬU", "TRƯỜNG THCS VÀ
# THPT HỒNG HÀ", "TRƯỜNG THPT CHUYÊN LÊ HỒNG PHONG"): the name after them is a person's or a
# place's, each word capitalised ("Trường THPT Phước Bửu"), up to an area's word ("tỉnh X")
_KINDS = r"(?:TH|THCS|THPT|MN|MG|PT|PTCS|PTTH|PTDTNT|PTDTBT)"
_GENERAL_SCHOOL = re.compile(
    rf"^Trường {_KINDS}(?:[&-]{_KINDS})*(?:(?: và| -|,) {_KINDS}(?:[&-]{_KINDS})*)*"
    r"(?: chuyên)? (?=\w)"
)


def _general_school(text: str) -> str:
    m = _GENERAL_SCHOOL.match(text)
    if m is None:
        return text
    words = text[m.end() :].split(" ")
    end = next((k for k, w in enumerate(words) if w[:1].isupper() or w in _AREA_HEADS), len(words))
    return text[: m.end()] + " ".join([_cap(w) for w in words[:end]] + words[end:])


_AREA_HEADS = frozenset(a.split()[0] for a in _AREA_WORDS)


def _school(text: str) -> str:
    text = _general_school(text)
    m = _SCHOOL.match(text)
    if m is None or not (m.group(1) or re.match(r"(?:Đại học|Học viện) ", text)):
        return text
    kind = m.group(1)
    head = kind[:-1] + kind[-1].upper() if kind else ""
    return head + text[len(head) : m.start(2)] + m.group(2).upper() + text[m.end(2) :]


# Proper names that capitals hide: "Chính phủ", "Quốc hội", "Việt Nam" are always capitalised, and
# "Thành phố" is part of the name of Thành phố Hồ Chí Minh. Found on the folded text, so an OCR
# copy that lost a word's accents ("CHÍNH PHU") gets its capitals too, on its own letters.
_PROPER = ("Chính phủ", "Quốc hội", "Việt Nam", "Trung ương", "Thành phố Hồ Chí Minh")
_PROPER_FOLDED = [
    (
        re.compile(rf"(?<!\w){fold_keep(name)}(?!\w)"),
        [w.start() for w in _WORD.finditer(name) if w.group()[0].isupper()],
    )
    for name in _PROPER
]
# "BỘ CÔNG THƯƠNG": industry and trade, two words of the ministry's own name (also in the "ƣ"
# some PDF fonts map the letter to)
_CONG_THUONG = re.compile(r"(?<=Công )th(?=[ưƣ]ơng(?!\w))")
# "BƯU CHÍNH VIỄN THÔNG": posts and telecommunications, two fields of one name
_TELECOM = re.compile(r"(?<=Bưu chính )v(?=iễn thông(?!\w))")


def _proper_names(text: str) -> str:
    chars = list(text)
    folded = fold_keep(text)
    for pattern, starts in _PROPER_FOLDED:
        for m in pattern.finditer(folded):
            for at in starts:
                chars[m.start() + at] = chars[m.start() + at].upper()
    named = _TELECOM.sub("V", _CONG_THUONG.sub("Th", "".join(chars)))
    return _NUMBERED_AREA.sub(lambda m: m.group(1).capitalize(), named)


# "PHƯỜNG 1", "QUẬN 3": an area named by its number, its word part of the name ("Phường 1")
_NUMBERED_AREA = re.compile(r"(?<!\w)(phường|quận)(?= \d{1,2}(?!\w))")


def fold_name(name: str) -> str:
    return squash(fold_keep(name))
