"""Where an ebook's text runs (``shreds``) cut inside a word or a number: the run that goes
on with the word or the number the paragraph so far ends with, glued to it with no space
("b" / "ổ" / "sung", "Số: 3460/" / "Q" / "Đ" / "-" / "BCT", "954/2020/U" / "BTVQH14")."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep
from directives.parser.syllables import is_syllable

# the number still being written: its code cut before its hyphen ("Số: 3460/Q", "Số: 3460/QĐ-")
_NUMBER_OPEN = re.compile(r"^Số\s*:\s*\d+\s?/(?:[A-ZĐ]*|[A-ZĐ]+-)$")

# what goes on with it: capitals or a hyphen, no space ("Đ", "-", "BCT", "-BCT")
_CODE_PIECE = re.compile(r"^-?[A-ZĐ]{0,8}$")
_GLUE_AFTER = ("(", "/", "“", "[")
_GLUE_BEFORE = tuple(",.;:)]}”%…/")
_HEAD_WORD = re.compile(r"^[^\W\d_]+")
_TAIL_WORD = re.compile(r"[^\W\d_]+$")

# a number's serial cut after a digit ("số 7" / "1"), a law's code cut inside the Assembly's
# term, one digit of the two written ("21/2012/QH1" / "3")
# ("số: 260" / "1" / "/QĐ-TCT"; the letterhead's "Số:137" / "4/QĐ", its digits against the colon)
_SERIAL_CUT = re.compile(r"\b[Ss]ố\s*:?\s*\d{1,4}$")
# (a resolution's code too: "406/NQ-UBTVQH1" / "5.": the term, two digits, no item's number)
_TERM_CUT = re.compile(r"(?:\d/(?:19|20)\d\d/|\d/NQ-)(?:UBTV)?QH\d$")
_CODE_TAIL = re.compile(r"(?<![^\W\d_])[A-ZĐ]{1,6}$|\d$")

# a number's code cut after its first capitals ("954/2020/U"), and the capitals going on
_CODE_CUT = re.compile(r"\d/(?:(?:19|20)\d\d/)?[A-ZĐ]{1,5}$")
_CODE_REST = re.compile(r"[A-ZĐ]{1,8}\d{0,2}(?:[-/][A-ZĐ\d]+)*(?=[\s.,;:)]|$)")
_VOWEL = re.compile(r"[aeiouy]")
# a unit of length whose square or cube the next run sets as a superscript ("20 m" / "3")
_UNIT_CUT = re.compile(r"(?:^|\s|\d)(?:k|c|d)?m$")


def para_end(para: str, size: int = 40) -> str:
    """The paragraph's last words (about ``size`` characters, from a space on): enough to
    test how it ends, its last word or two. (A search anchored at the end still tries every
    position, so searching the whole paragraph on each run made a long one's reflow slow.)"""
    if len(para) <= size:
        return para
    tail = para[-size:]
    cut = tail.find(" ")
    return tail[cut:] if cut >= 0 else tail


def _last_word(text: str) -> re.Match[str] | None:
    """The letters ``text`` ends with, searched from its last space on (no run of letters holds
    a space, and a search anchored at the end still tries every position)."""
    return _TAIL_WORD.search(text, text.rfind(" ") + 1)


def glued(para: str, last: str, line: str, marked: bool) -> bool:
    """``line`` goes on inside the word or the number ``para`` ends with (``last`` its last
    run): a piece that is no syllable, or a run of one or two letters, with the word's rest;
    ``marked`` says the line opens with an item's marker."""
    if line in ("2", "3") and _UNIT_CUT.search(last):
        return True  # "20 m" / "3" / "/ngày đêm": a unit's power, set as a superscript
    if line.startswith(_GLUE_BEFORE) or last.endswith(_GLUE_AFTER):
        return not line.startswith("/ ") and not line.startswith(("...", "…"))
    if line.startswith("-") and len(line) > 1 and line[1].isalnum():
        return _CODE_TAIL.search(last) is not None  # "QĐ" / "-UBND", "V1" / "-3"
    if _NUMBER_OPEN.match(para) and _CODE_PIECE.match(line) and line:
        return True  # "Số: 3460/" / "Q" / "Đ" / "-" / "BCT"
    if line[:1].isdigit():
        if _TERM_CUT.search(para_end(para)) and re.match(r"\d(?!\d)", line):
            return True  # "21/2012/QH1" / "3 ngày": the term of the Assembly that passed it
        if marked:
            return False  # "... NNT" / "1. Tuyên truyền ...": an item's number
        if last.isdigit() and re.match(r"\d+/", line):
            return True  # "số 1" / "085/QĐ-BTNMT": a number's digits
        if _SERIAL_CUT.search(para_end(para)) and re.match(r"\d+(?:/|$)", line):
            return True  # "số 7" / "1" / "/2014/QH": the serial's digits
        if _year_goes_on(para_end(para), line):
            return True  # "Thông tư số 10/2" / "021/TT-BTC": the year's digits
        tail = _last_word(last)
        return tail is not None and tail.group().isupper() and not is_syllable(tail.group())
    if _CODE_CUT.search(para_end(para)) and _CODE_REST.match(line):
        return True  # "Nghị quyết số 954/2020/U" / "BTVQH14": the number's code goes on
    head, tail = _HEAD_WORD.match(line), _last_word(para_end(para))
    if head is None or tail is None:
        return False
    a, b = tail.group(), head.group()
    if a.isupper() and b.isupper() and not is_syllable(b):
        if not is_syllable(a):
            # "- LĐ TC" / "T", "các Vụ: TH, P" / "L, KGV" / "X,", "V" / "P TCT": a code cut
            # letter by letter, a letter alone on its run (not a number's code: "Số: 3200
            # /KBNN-KTNN" / "V" / "/v")
            alone = (len(b) == 1 and len(line) <= 2) or len(last) == 1
            # ("Lưu: VT, CS" / "T(TN).": the code's last letter, its bracket glued on)
            alone = alone or (len(b) == 1 and line[1:2] == "(")
            # (or a cited number's code after its hyphen: "406/NQ-UBTVQ" / "H" / "15"; not the
            # letterhead's, the "V/v" under it: "Số: 3200 /KBNN-KTNN" / "V" / "/v")
            before = para[-len(a) - 1 : -len(a)]
            hyphen = before == "-" and not para.startswith("Số")
            return alone and (before in (" ", "") or hyphen)
        if len(last) == 1 and not is_syllable(a + b):
            return True  # "của" / "U" / "BND tỉnh": the code's first letter a syllable alone
    if len(line) <= 2 and b.islower() and a.islower() and not _VOWEL.search(fold_keep(a)):
        return True  # "cơ q" / "u" / "an": a consonant is no word, the vowel goes on with it
    if not is_syllable(a + b) or not (b[0].islower() or (a.isupper() and b.isupper())):
        return False
    lone = len(line) <= 2 or len(last) <= 2
    return lone or not is_syllable(a) or not is_syllable(b)


# a number's year cut after its first digits ("10/2", "15/202"), and the digits going on
_YEAR_CUT = re.compile(r"\b\d{1,4}/(\d{1,3})$")
_YEAR_REST = re.compile(r"(\d{1,3})(?:/|$)")


def _year_goes_on(end: str, line: str) -> bool:
    """``line`` opens with more of the year the paragraph's number was cut in, a year of this
    century or the last: its rest ("10/2" / "021/TT-BTC", "15/202" / "1"), or, a run of digits
    alone, a piece of it ("10/2" / "0" / "21/TT-BTC")."""
    cut, rest = _YEAR_CUT.search(end), _YEAR_REST.match(line)
    if cut is None or rest is None:
        return False
    year = cut.group(1) + rest.group(1)
    if len(year) > 4 or not ("19".startswith(year[:2]) or "20".startswith(year[:2])):
        return False
    return len(year) == 4 or rest.group(0) == line


def onset_of_next(para: str, line: str, nxt: str) -> bool:
    """A run of one or two letters the next run's first word needs to be a syllable ("chỉ số"
    / "t" / "iêu chí": "tiêu"), that word being none alone nor with the word before ("Đà N" /
    "ẵ" / "ng": "Nẵng"): the letters go with it, not back (after a mark a word is glued to,
    "Các Vụ/" / "Đơ" / "n vị", they go with both)."""
    head, tail = _HEAD_WORD.match(nxt), _last_word(para_end(para))
    return (
        not para.endswith(_GLUE_AFTER)
        and len(line) <= 2
        and line.isalpha()
        and head is not None
        and not is_syllable(head.group())
        and is_syllable(line + head.group())
        and not (tail is not None and is_syllable(tail.group() + line + head.group()))
    )
