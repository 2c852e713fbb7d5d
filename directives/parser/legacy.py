"""The pre-Unicode Vietnamese encodings old provincial files still use: TCVN3 (ABC) and VNI.

Both come to us as text already mis-decoded through Windows-1252/Latin-1 ("Céng
hßa" for TCVN3, "Coäng hoøa" for VNI): the functions here turn such text back
into Unicode. ``detect`` scores each reading by how many very common Vietnamese
words it yields and says which encoding, if any, the text is in.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# TCVN 5712:1993 (VN3, "ABC"): one byte per precomposed lower-case letter; capitals
# came from a second font using the same codes, so only Ă Â Ê Ô Ơ Ư Đ have their own.
TCVN3: dict[str, str] = dict(
    zip(
        "\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae"
        "\xb5\xb6\xb7\xb8\xb9\xbb\xbc\xbd\xbe\xc6\xc7\xc8\xc9\xca\xcb"
        "\xcc\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xdc\xdd\xde"
        "\xdf\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee"
        "\xef\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe",
        "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
        strict=True,
    )
)

_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
# VNI for Windows: a base letter followed by one or two mark characters.
VNI_MARKS: dict[str, str] = {}
for _low, _marks in {
    "â": _CIRC, "á": _CIRC + _ACUTE, "à": _CIRC + _GRAVE, "å": _CIRC + _HOOK,
    "ã": _CIRC + _TILDE, "ä": _CIRC + _DOT,
    "ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
    "ô": _HORN, "ö": _HORN,
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
}.items():  # fmt: skip
    VNI_MARKS[_low] = _marks
    VNI_MARKS[_low.upper()] = _marks
# Letters VNI writes as one character of their own.
VNI_SINGLE: dict[str, str] = {
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "ñ": "đ", "î": "ỵ",
    "Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Ñ": "Đ", "Î": "Ỵ",
}  # fmt: skip
_VALID_BASE = {_CIRC: "aeo", _BREVE: "a", _HORN: "ou"}
_MARK_CLASS = "".join(sorted(VNI_MARKS))
_VNI_SEQ = re.compile(rf"([aeouyAEOUY])([{_MARK_CLASS}])([{_MARK_CLASS}])?")
_VNI_ANY = re.compile(_VNI_SEQ.pattern + "|[" + "".join(VNI_SINGLE) + "]")
_TCVN3_RE = re.compile("[" + "".join(TCVN3) + "]")
_WORD = re.compile(r"[^\W\d_]+")
_COMMON = frozenset(
    re.findall(
        r"\S+",
        "của và các được những thực hiện ngày tháng năm số về với trong theo này việc đơn vị "
        "tỉnh công tác nhân dân đề nghị chỉ đạo kiểm hành chính cải cách sở ủy kế hoạch quyết "
        "định thông báo cáo tổ chức nội vụ trên đến đã có không người nước phòng lưu như giám "
        "đốc quy đảm bảo cơ quan văn để là một nhiệm triển khai ban hướng dẫn tiếp nhận kết "
        "quả thời gian hoàn thành độc lập tự hạnh phúc cộng hòa xã hội chủ nghĩa việt nam "
        "kính gửi",
    )
)
_LATIN1_LETTERS_VI = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_SUSPICIOUS = re.compile(
    "[" + "".join(ch for ch in map(chr, range(0xA1, 0x100)) if ch not in _LATIN1_LETTERS_VI) + "]"
)


def from_tcvn3(text: str) -> str:
    converted = _TCVN3_RE.sub(lambda m: TCVN3[m.group(0)], text)
    return _restore_capitals(converted)


def _vni_letter(m: re.Match[str]) -> str:
    base, first, second = m.group(1), m.group(2), m.group(3) or ""
    marks = VNI_MARKS[first] + (VNI_MARKS[second] if second else "")
    shape = next((mk for mk in marks if mk in _VALID_BASE), None)
    if shape is not None and base.lower() not in _VALID_BASE[shape]:
        return m.group(0)
    if marks.count(_CIRC) + marks.count(_BREVE) + marks.count(_HORN) > 1:
        return m.group(0)
    return unicodedata.normalize("NFC", base + marks)


def _vni_any(m: re.Match[str]) -> str:
    return VNI_SINGLE[m.group(0)] if m.group(1) is None else _vni_letter(m)


def from_vni(text: str) -> str:
    # one pass: a letter just built ("Ò") must not be read again as a VNI code ("Ò" = "Ị")
    return unicodedata.normalize("NFC", _VNI_ANY.sub(_vni_any, text))


def _restore_capitals(text: str) -> str:
    """Words typed in the capitals font ("TØNH" → "TỉNH") get their capitals back.

    A line of capitals without digits is all capitals; elsewhere a word whose
    ASCII letters (at least two) are all capitals is.
    """

    def fix_word(m: re.Match[str]) -> str:
        word = m.group(0)
        ascii_letters = [ch for ch in word if ch.isascii()]
        if len(ascii_letters) >= 2 and all(ch.isupper() for ch in ascii_letters):
            return word.upper()
        return word

    out = []
    for line in text.split("\n"):
        ascii_letters = [ch for ch in line if ch.isascii() and ch.isalpha()]
        shouting = len(ascii_letters) >= 4 and all(ch.isupper() for ch in ascii_letters)
        if shouting and not any(ch.isdigit() for ch in line):
            out.append(line.upper())
        else:
            out.append(_WORD.sub(fix_word, line))
    return "\n".join(out)


def vietnamese_score(text: str) -> float:
    """The share of words that are among the commonest Vietnamese words."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    return sum(w in _COMMON for w in words) / len(words)


def suspicious_share(text: str) -> float:
    letters = sum(ch.isalpha() for ch in text)
    return len(_SUSPICIOUS.findall(text)) / letters if letters else 0.0


@dataclass(frozen=True)
class Reading:
    encoding: str  # "unicode", "TCVN3", "VNI"
    text: str
    score: float


def readings(sample: str) -> list[Reading]:
    return [
        Reading(name, converted, vietnamese_score(converted))
        for name, converted in (
            ("unicode", sample),
            ("TCVN3", from_tcvn3(sample)),
            ("VNI", from_vni(sample)),
        )
    ]


def needs_check(sample: str) -> bool:
    return _SUSPICIOUS.search(sample) is not None
