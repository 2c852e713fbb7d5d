"""A letter a page flattened onto one long line (or a few), its line structure put back
before anything else reads it:

    BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29
    tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành ...--------- BAN BÍ THƯ ...- Căn cứ ...;
    - Căn cứ ...; ..., QUYẾT ĐỊNH Điều 1. ... Điều 4. .../. Nơi nhận: - Như điều 4; - Lưu
    VT. TM. BAN BÍ THƯ ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi ...

Only a line that holds a whole letter is cut: a long line with the letter's number ("Số:")
and its place and date near its start and its articles, distribution list or signature
later on (or each of the few lines a letter was flattened onto, read so together). It is
cut where the letter's own lines began: at the rules and stars of the letterhead, before
"Số:", before the place and after the date, at the joins the page left without a space (a
line in capitals run into the next: "QUYẾT ĐỊNHVề việc", "HỒ CHÍ MINH- Căn cứ", "-VPĐOÀN
TNCS", "ĐOÀNBÍ THƯ"), before each dash item after a sentence's end, before the enacting words
and each article, before "Nơi nhận:", the signature's capacity, "(đã ký)" and after the
signer's name. Any other line is left as it is.
"""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL as _UP
from directives.parser.letters import SMALL as _LOW
from directives.parser.syllables import is_syllable

_LONG = 600
_DATE = r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
_NUMBER = re.compile(r"\bSố\s*:\s*\d")
_DATED = re.compile(_DATE)
# what the rest of a letter holds: its articles, its distribution, its signature
_LATER = re.compile(r"\bĐiều\s+\d+\s*\.|Nơi nhận\s*:|\((?:đã|Đã) ký\)|\b(?:TM|KT|TL)\.\s")

_RULES = re.compile(r"\s*(?:\*{3,}|-{3,}|_{3,})\s*")
# the place, its capitalised words ("Hà Nội", "Thành phố Hồ Chí Minh"), and the date after it
_PLACE_DATE = re.compile(
    rf"\s*(?<![{_UP}{_LOW}])((?:[{_UP}][{_LOW}]+\.?\s+|phố\s+){{0,4}}[{_UP}][{_LOW}]+{_DATE})\s*"
)
# a line in capitals run into the next, which opens in a capital and a small letter
_CAPITALS_THEN_TEXT = re.compile(rf"(?<=[{_UP}]{{2}})(?=[{_UP}][{_LOW}])")
# a dash item after a sentence's end or a line in capitals ("...; - Căn cứ", "MINH- Căn cứ")
_DASH_ITEM = re.compile(rf"(?:(?<=[;:.,])\s+|(?<=[{_UP}]{{2}})\s*)(?=[-–+]\s+[{_UP}])")
# the enacting words after the grounds, an article after a sentence or the enacting words
_ENACTING = re.compile(rf"(?<=[,;])\s+(?=(?:[{_UP}]+\s+){{0,12}}QUYẾT ĐỊNH\s*:?\s+Điều\s+1\b)")
_ARTICLE = re.compile(rf"(?:(?<=[.;:])|(?<=QUYẾT ĐỊNH))\s+(?=Điều\s+\d+\s*\.\s+[{_UP}])")
_CLOSING = re.compile(
    rf"(?<=[.;:])\s+(?=Nơi nhận\s*:|(?:TM|KT|TL|TUQ)\.\s+[{_UP}]{{2}})|\s*(\((?:đã|Đã) ký\))\s*"
)
# the signer's name after "(đã ký)", the next line in capitals run on after it
_NAME_THEN_CAPITALS = re.compile(
    rf"(?<=\(đã ký\)\n)((?:[{_UP}][{_LOW}]+\s+){{1,4}}[{_UP}][{_LOW}]+)\s+(?=[{_UP}]{{2}})"
)
_CAPITAL_WORD = re.compile(rf"(?<![\w/-])[{_UP}/-]*[{_UP}]{{2,}}(?=\s+[{_UP}]{{2}})")


def _flattened(line: str) -> bool:
    if len(line) < _LONG:
        return False
    head = line[:400]
    return bool(_NUMBER.search(head) and _DATED.search(head) and _LATER.search(line, 400))


def _glued_word(m: re.Match[str]) -> str:
    """A word in capitals that is two run together, the letterhead's or a title's line
    end lost ("VPĐOÀN", the number's code and the body's name; "ĐOÀNBÍ"): cut before the
    last syllable, one with a mark no code carries."""
    word = m.group(0)
    for at in range(2, len(word) - 1):  # (the longest syllable at its end)
        tail, head = word[at:], word[:at]
        marked = any(ch > "\u007f" and ch != "Đ" for ch in tail)
        if marked and is_syllable(tail) and head[-1].isalpha() and not is_syllable(word):
            return f"{head}\n{tail}"
    return word


def _cut(line: str) -> str:
    line = _RULES.sub("\n", line)
    line = re.sub(r"\s*(?=\bSố\s*:\s*\d)", "\n", line)
    line = _PLACE_DATE.sub(lambda m: f"\n{m.group(1)}\n", line)
    line = _CAPITALS_THEN_TEXT.sub("\n", line)
    line = _CAPITAL_WORD.sub(_glued_word, line)
    line = _DASH_ITEM.sub("\n", line)
    line = _ENACTING.sub("\n", line)
    line = _ARTICLE.sub("\n", line)
    line = _CLOSING.sub(lambda m: f"\n{m.group(1)}\n" if m.group(1) else "\n", line)
    line = _NAME_THEN_CAPITALS.sub(lambda m: f"{m.group(1)}\n", line)
    return "\n".join(p.strip() for p in line.split("\n") if p.strip())


# a letter of no more lines than this, one of them long, is one flattened onto a few lines
_FEW = 5


def relined(text: str) -> str:
    """``text`` with each line that holds a whole letter cut back into the letter's lines (or
    every line of a letter flattened onto a few: its header on the first, the rest after)."""
    lines = text.split("\n")
    kept = [line for line in lines if line.strip()] if len(lines) <= 8 * _FEW else []
    if kept and len(kept) <= _FEW and _flattened(" ".join(kept)):
        return "\n".join(_cut(line) for line in kept)
    if not any(len(line) >= _LONG for line in lines):
        return text
    return "\n".join(_cut(line) if _flattened(line) else line for line in lines)
