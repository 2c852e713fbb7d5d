"""Words a web page glued at its line joins ("đềnghị", "báocáo", "Kínhgửi", "nôngthôn",
"củaBộ"), told apart from real words by the shape of a Vietnamese syllable: an initial
consonant, one vowel group, one of eight final consonants, at most one tone mark. A word that
is not one syllable but is two (or three) at a consonant is the page's glue.

``deglue`` puts the space back so the parser's patterns see the words; ``Reglue`` writes the
fields it read back as the page had them (the text stays as written). A number glued to the
word of a date ("ngày27", "ngày20/02/2014", "04tháng", "tháng5", "năm2008") is put apart the
same way, once, for every reader of dates.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from functools import lru_cache

from directives.parser.bodies import STARTS_BODY
from directives.parser.clean import fold_keep
from directives.parser.letters import CAPITAL
from directives.parser.write_back import UNITS, FieldName, write_back
from directives.records import ParsedDirective, Reference

_INITIAL = r"(?P<initial>ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_VOWELS = (
    r"(?P<vowels>uyeu|uye|uya|uyu|ieu|yeu|uoi|uou|oai|oay|oao|uay|uau|uai|"
    r"ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|"
    r"a|e|i|o|u|y)"
)
_FINAL = r"(?P<final>ch|ng|nh|[cmnpt])?"
_SYLLABLE = re.compile(rf"{_INITIAL}{_VOWELS}{_FINAL}")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_LETTER = r"[^\W\d_]"
# a run of letters with a letter outside ASCII in it (a candidate for glue)
_WORD = re.compile(rf"(?<!\w){_LETTER}*[^\x00-\x7f\W\d_]{_LETTER}*(?!\w)")


def _one(word: str) -> bool:
    """``word`` is one Vietnamese syllable (its case aside)."""
    tones = [ch for ch in unicodedata.normalize("NFD", word) if ch in _TONES]
    if len(tones) > 1:
        return False
    m = _SYLLABLE.fullmatch(fold_keep(word).lower())
    if m is None:
        return False
    # "ngh", "gh", "k" only before i, e, ê, y; "ng", "g", "c" never ("gì", "gìn" aside)
    front = m.group("vowels")[0] in "eiy"
    if m.group("initial") in ("ngh", "gh", "k") and not front:
        return False
    if m.group("initial") in ("ng", "g", "c") and front and m.group(0)[:2] != "gi":
        return False
    if m.group("initial") is None and m.group("vowels").startswith("ie"):
        return False  # "iê" with no initial is written "yê" ("yêu"): "iêu" is a word's piece
    # a syllable that ends in a stop ("c", "ch", "p", "t") has a rising or a heavy tone
    return m.group("final") not in ("c", "ch", "p", "t") or tones in (["\u0301"], ["\u0323"])


def is_syllable(word: str) -> bool:
    """``word`` is one Vietnamese syllable (an abbreviation such as "UBND" is none)."""
    return _one(word)


def joins_word(text: str, line: str) -> bool:
    """``line`` goes on with the word ``text`` broke off ("- Thứ tr" / "ưởng Đặng ...", "Bộ
    trư" / "ng (để báo cáo)"): a piece that is no syllable, one syllable put together."""
    head = re.search(rf"{_LETTER}+$", text)
    tail = re.match(rf"{_LETTER}+", line)
    if head is None or tail is None or not tail.group()[0].islower():
        return False
    a, b = head.group(), tail.group()
    return (not _one(a) or not _one(b)) and _one(a + b)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


@lru_cache(maxsize=4096)
def split_word(word: str) -> tuple[str, ...]:
    """The syllables a glued word stands for, or the word alone."""
    if len(word) < 4 or _one(word):
        return (word,)
    if word.isupper():
        # "DÂNTHÀNH" of a header in capitals: two syllables at most, six letters at least
        # (an abbreviation, "UBND", "BGDĐT", has no vowel to make one of)
        parts = _split_lower(word) if len(word) >= 6 else None
        return parts if parts is not None and len(parts) == 2 else (word,)
    for at in range(1, len(word)):
        if word[at].isupper() and word[at - 1].islower():  # "củaBộ", "BộTài"
            head, tail = word[:at], word[at:]
            ok = _one(head) and _capitalised(tail) and (_one(tail) or len(split_word(tail)) > 1)
            return (head, *split_word(tail)) if ok else (word,)
    if not _capitalised(word) and not word.islower():
        return (word,)
    return _split_lower(word) or (word,)


def _split_lower(word: str) -> tuple[str, ...] | None:
    """Two or three syllables glued, cut before a consonant: the earliest cut that works (the
    next syllable takes the longest initial: "đề|nghị", "báo|cáo"), but "c|h" and "n|h" before
    "ch" and "nh" ("thực|hiện", "ban|hành": the likelier reading), never inside "ng"."""
    cuts = [at for at in range(1, len(word) - 1) if _cut(word, at)]
    for i, at in enumerate(cuts):
        if word[at : at + 2].lower() in ("ch", "nh") and at + 1 in cuts[i + 1 :]:
            continue
        rest = word[at:]
        return (word[:at], rest) if _one(rest) else (word[:at], *(_split_lower(rest) or ()))
    return None


def _cut(word: str, at: int) -> bool:
    """``word`` can be cut at ``at``: a syllable before, a consonant after (not "n|g")."""
    if fold_keep(word[at]).lower() in "aeiouy" or word[at - 1 : at + 1].lower() == "ng":
        return False
    if not _one(word[:at]):
        return False
    rest = word[at:]
    return _one(rest) or (len(rest) >= 4 and _split_lower(rest) is not None)


# A vowel, consonants, a vowel inside one word: what no single syllable has ("uyê" is one
# vowel group, "qu" and "gi" are initials), the cheap sign of glue a line is scanned for
# first (a C-level pass; the words themselves are looked at only on a line that has it)
_V = (
    "[aeiouyAEIOUY\u00c0-\u00cf\u00d2-\u00d6\u00d9-\u00dd\u00e0-\u00ef\u00f2-\u00f6"
    "\u00f9-\u00fd\u0102\u0103\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)
_GLUE_SIGN = re.compile(rf"{_V}[bcdfghj-np-tv-xzBCDFGHJ-NP-TV-XZ\u0110\u0111]+{_V}")


def _glued_lines(lines: list[str], joined: str) -> set[int]:
    """The lines with a word that has the sign of glue and a letter outside ASCII ("ISO" has
    the sign, no glue)."""
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    found: set[int] = set()
    for m in _GLUE_SIGN.finditer(joined):
        at = m.start()
        while at > 0 and joined[at - 1].isalpha():
            at -= 1
        end = m.end()
        while end < len(joined) and joined[end].isalpha():
            end += 1
        if not joined[at:end].isascii():
            found.add(bisect.bisect_right(starts, m.start()) - 1)
    return found


def _read(line: str, glued: bool) -> str:
    """The line as the parser reads it: glued words apart, a title's colon dropped."""
    line = deglue(line) if glued else line
    if ":" in line[:80]:
        line = _TITLE_COLON.sub(r"\g<asked> ", line, count=1)
    return line


def deglue(line: str) -> str:
    """The line with each glued word's syllables apart."""
    if line.isascii():
        return line
    return _WORD.sub(lambda m: " ".join(split_word(m.group(0))), line)


_SPACES = re.compile(r"\s+")
# The word of a date with a number glued to it, on either side ("ngày27", "04tháng", "tháng5",
# "năm2008"): a pattern a word, each opening with it (a fast search over the whole text)
_DATE_WORDS = tuple(
    re.compile(rf"{word}(?:(?=\d)|(?<=\d{word}))")
    for word in ("ngày", "tháng", "năm", "Ngày", "Tháng", "Năm")
)
# a run of the page's text between spaces, its punctuation at either end aside
_RUN = re.compile(r"[^\W_](?:\S*[^\W_])?")


def _spaced(m: re.Match[str]) -> str:
    at, end, line = m.start(), m.end(), m.string
    before = " " if at and line[at - 1].isdigit() else ""
    return before + m.group() + (" " if end < len(line) and line[end].isdigit() else "")


def _dates_apart(text: str) -> str:
    """The text with each date's number apart from its word ("ngày 20/02/2014")."""
    for pattern in _DATE_WORDS:
        text = pattern.sub(_spaced, text)
    return text


# "Giao Giám đốc: Sở A, Sở B, Đài C ...": the heads of the bodies listed after the colon are
# asked; read as "Giao Giám đốc Sở A, Sở B, ..." (the colon that "các Sở: A, B" has is kept)
_TITLE_COLON = re.compile(
    r"^(?P<asked>(?:[-+]\s*|\d{1,2}[.)]\s*)?(?:Giao|Đề nghị|Yêu cầu)\s+(?:(?:các\s+)?đồng chí\s+)?"
    r"(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Thủ trưởng|Bộ trưởng|Tổng giám đốc|Cục trưởng|Trưởng ban))"
    rf"\s*:\s+(?=(?-i:[{CAPITAL}]))",
    re.IGNORECASE,
)


_TITLE_COLON_ANY = re.compile(_TITLE_COLON.pattern, re.IGNORECASE | re.MULTILINE)
# The record's texts the way back for glue leaves as read
_AS_READ: tuple[FieldName, ...] = ("number", "place", "references.number", "signer.title")


class Reglue:
    """The lines with their glued words apart (and a title's colon before the bodies it
    heads dropped), and the way back for what is read from them."""

    def __init__(self, lines: list[str]) -> None:
        page = lines
        joined = "\n".join(lines)
        self._apart: dict[str, str] = {}  # "đề nghị" -> "đềnghị", "ngày 27/02" -> "ngày27/02"
        if any(pattern.search(joined) for pattern in _DATE_WORDS):
            lines = [_dates_apart(x) for x in page]
            joined = "\n".join(lines)
            for before, after in zip(page, lines, strict=True):
                runs = _RUN.findall(before) if before != after else ()
                self._apart.update((_dates_apart(r), r) for r in runs if _dates_apart(r) != r)
        self.written = lines  # (the page's words as it glued them, its dates' numbers apart)
        glued = _glued_lines(lines, joined)
        titled = ":" in joined and _TITLE_COLON_ANY.search(joined)
        read = glued or titled
        self.lines = [_read(x, i in glued) for i, x in enumerate(lines)] if read else lines
        dated = len(self._apart)
        for before, after in zip(lines, self.lines, strict=True):
            if before == after:
                continue
            for m in _WORD.finditer(before):
                parts = split_word(m.group(0))
                if len(parts) > 1:
                    self._apart[" ".join(parts)] = m.group(0)
            title = _TITLE_COLON.match(before) if ":" in before[:80] else None
            if title is not None:
                self._apart[title.group("asked")] = title.group(0).rstrip()
        self._words = len(self._apart) > dated
        self._page = _SPACES.sub(" ", " ".join(page)) if self._apart else ""

    def back(self, text: str | None) -> str | None:
        """``text`` with each word the page glued written glued again where the page has that
        passage glued: the words around it, as many as tell the glued passage from one the
        page writes apart (apart when even the whole text does not)."""
        if not text or not self._apart:
            return text
        for apart, glued in self._apart.items():
            at = text.find(apart)
            while at >= 0:
                if self._glued_at(text, at, apart, glued):
                    text = text[:at] + glued + text[at + len(apart) :]
                at = text.find(apart, at + 1)
        return text

    def _glued_at(self, text: str, at: int, apart: str, glued: str) -> bool:
        start, end = at, at + len(apart)
        while True:
            start = text.rfind(" ", 0, max(start - 1, 0)) + 1 if start > 0 else 0
            found = text.find(" ", end + 1)
            end = len(text) if found < 0 else found
            near = text[start:end]
            again = near[: at - start] + glued + near[at - start + len(apart) :]
            if again not in self._page:
                return False
            if near not in self._page:
                return True
            if start == 0 and end == len(text):
                return False  # (the page writes this very text apart as well)

    def _as_in(self, unit: str | None, text: str) -> str | None:
        """A body's name as the task's text writes it, where the page writes it both ways."""
        if not unit or unit in text:
            return unit
        glued = unit
        for apart, written in self._apart.items():
            glued = glued.replace(apart, written)
        return glued if glued in text else unit

    @property
    def glued(self) -> bool:
        """The page glued some words (to words: ``written`` has them so)."""
        return self._words

    def at(self, text: str | None, after: int) -> int:
        """Where the page has ``text``, glued or apart, at or after ``after`` (its end); a
        heading's body read from its capitals moves nothing."""
        if text and text != text.upper() and text.upper() in self._page:
            return after
        found = _verbatim_at(text, self._page, after)
        return found.end() if found else after

    def write(self, field: FieldName, text: str | None, after: int, within: str) -> str | None:
        """A text of the record read from the lines apart, as the page has it; a task's text
        and its bodies as they stand in the page and in the task's text where they do."""
        if field in _AS_READ or not text:
            return text
        if field in ("issuer", "parent_issuer") and text.upper() in self._page:
            return text  # the heading's body, in capitals the page never glued
        if field == "actions.text":
            return _verbatim(text, self._page) or self.back(text)
        if field == "recipients":  # (as the page has it where it is read: "Kính gửi: BộCông")
            found = _verbatim_at(text, self._page, after)
            return found.group() if found else self.back(text)
        if field == "references.issuer":  # (the mention nearest its number, before it or after)
            return _nearest(text, self._page, after) or self.back(text)
        if field in UNITS:
            # (as the task writes it where it writes it so: "giao Bộ trưởng Bộ Giao thông vận
            # tải ..." after "Xét đề nghị của BộGiao thông vận tải ...", the page's glue no part
            # of the body it hands the work)
            if text in within:
                return text
            return _verbatim(text, within) or self._as_in(self.back(text), within)
        return self.back(text)

    def record(self, record: ParsedDirective) -> None:
        """The record's texts read from the lines apart, written back as the page has them
        (``write_back``)."""
        if self._apart:
            write_back(record, self)


def _verbatim(text: str | None, within: str) -> str | None:
    """``text`` as ``within`` writes it, glued wherever it is ("Bộ Kế hoạch và Đầu tư" in a
    task that writes "Bộ Kếhoạch và Đầu tư", where the page glues it elsewhere otherwise)."""
    found = _verbatim_at(text, within, 0)
    return found.group() if found else None


def _nearest(text: str, within: str, at: int) -> str | None:
    """``text`` as ``within`` writes it at the mention nearest ``at``, before it or after."""
    pattern = _glued_or_apart(text)
    if pattern is None or at == 0:
        return None
    found = min(pattern.finditer(within), key=lambda m: abs(m.start() - at), default=None)
    return found.group() if found else None


def _verbatim_at(text: str | None, within: str, after: int) -> re.Match[str] | None:
    """The first place at or after ``after`` where ``within`` writes ``text``, glued or apart."""
    pattern = _glued_or_apart(text)
    return pattern.search(within, after) if pattern else None


@lru_cache(maxsize=512)
def _glued_or_apart(text: str | None) -> re.Pattern[str] | None:
    """``text``'s words, each space between them there or not; None for no words. Cached: a
    record's texts are looked for more than once (where it is, then as it is written)."""
    words = text.split() if text else []
    return re.compile(r"\s*".join(re.escape(w) for w in words)) if words else None


def issuers_as_written(read: list[Reference], written: list[Reference]) -> list[Reference]:
    """The references read from the lines apart, each with the issuer read from the lines as
    the page wrote them where that reading found one (the glue its patterns know: "gửiThủ
    tướng" ends an issuer) and the same number."""
    issuers = {r.number: r.issuer for r in written if r.issuer}
    return [
        r.model_copy(update={"issuer": issuers[r.number]})
        if r.number in issuers and not _cut_short(issuers[r.number], r.issuer)
        else r
        for r in read
    ]


def _cut_short(written: str, read: str | None) -> bool:
    """The issuer read where the page glued words is a bare kind of body, the first word of
    the one read from the words apart ("Bộ" of "Bộ Tài nguyên vàMôi trường"): the glue cut it
    short (not a name the glue ended: "Hội X báo cáoThủ tướng")."""
    return read is not None and read.startswith(written) and bool(STARTS_BODY.fullmatch(written))
