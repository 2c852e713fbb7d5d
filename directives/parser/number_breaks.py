"""A cited number a page broke or glued: its tail after a line's break joined back ("44/2022/TT-
BTC", "21/2012/QH1" / "3"), a word glued to it cut off ("2058/VPCP-KGVXngày"), and a code a
line's end cut inside its last letters ("166/2013/TT-BT" / "C") read as the number it begins."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep

# "44/2022/TT- BTC": a number broken after its hyphen
_BROKEN_TAIL = re.compile(
    r"-\s+(?=[A-ZĐ])[\w.&\-]*\w"
    # "78/2021/NĐ -CP": the space before the hyphen, a code in capitals after it
    r"|\s+-(?=[A-ZĐ])[A-ZĐ\d.&\-]*[A-ZĐ\d](?!\w)"
    # "19/2025/NQ - HĐND": spaces on both sides of the hyphen, a code in capitals after it
    r"|\s+-\s+(?=[A-ZĐ])[A-ZĐ\d.&\-]*[A-ZĐ\d](?!\w)"
    # "78/2002/QĐ /BNN-KL": the space before a slash, the issuer's code (or the year: "09/BTK
    # /07") after it
    r"|\s+/(?=[A-ZĐ\d])[A-ZĐ\d.&\-]*[A-ZĐ\d](?!\w)"
    # "7776/UBND .VP": the space before the dot of a unit's code (a date's word glued after it:
    # "7776/UBND .VPngày 11 ...")
    r"|\s+\.(?=[A-ZĐ]{2})[A-ZĐ\d&\-]*[A-ZĐ\d](?:ngày)?(?!\w)"
    # "3491/UB-KH &ĐT": the space before an "&" that joins two codes ("KH&ĐT")
    r"|\s+&(?=[A-ZĐ])[A-ZĐ\d]*[A-ZĐ\d](?!\w)"
    # "37/2025/TTBNN MT ngày 02/7/2025": a code's last capitals split off by a space, before
    # the date
    r"|(?<=[A-ZĐ])\s(?=[A-ZĐ]{1,3}\s+ngày\b)[A-ZĐ]{1,3}"
)
# "2058/VPCP-KGVXngày 15 ...", "35/2025/QĐ-TTgcủa Thủ tướng": the page glued the next word, in
# lower case, to the number (a code is written in capitals, the "g" of "TTg" aside)
_GLUED_WORD = re.compile(r"(?<=[^\W_])(?:ngày|của|về|và|tại|theo|được|đã|năm)$")


def whole_number(text: str, found: str, end: int) -> tuple[str, int]:
    """A cited number as found at ``end`` in ``text``, its spaces dropped, a word the page
    glued to it cut off, a tail it broke off joined back; and where it ends."""
    number = re.sub(r"\s+", "", found).rstrip(".-").replace("QCVN", "QCVN ")
    glued = _GLUED_WORD.search(number)
    if glued:
        number, end = number[: glued.start()], end - len(glued.group(0))
    broken = _BROKEN_TAIL.match(text, end)
    if broken and "/" in number and not _a_word(broken.group(0)):
        number, end = number + re.sub(r"\s+", "", broken.group(0)), broken.end()
        if glued := _GLUED_WORD.search(number):  # (the word glued to the tail it broke off)
            number, end = number[: glued.start()], end - len(glued.group(0))
    elif _ONE_TERM_DIGIT.search(number) and (term := _TERMS_DIGIT.match(text, end)):
        number, end = number + term.group(1), term.end()  # "21/2012/QH1" / "3 ngày ...": QH13
    elif _NO_TERM.search(number) and (term := _TERM.match(text, end)):
        number, end = number + term.group(1), term.end()  # "71/2014/QH 13;": QH13
    return number, end


def _a_word(tail: str) -> bool:
    """ "Nội" of "04/2020/TT-" / "Nội dung chi tiết ...": a word in capitalised case a table's
    next column put after the break, no code's ("BTP", "TTg", "KĐ")."""
    word = tail.lstrip("- \t\n")
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


# a law's code names the National Assembly's term in two digits ("QH13"): the second one a
# line's end broke off
_ONE_TERM_DIGIT = re.compile(r"/QH\d$")
_TERMS_DIGIT = re.compile(r"\s+(\d)(?![\w/.,])")
# (or both its digits, set apart from the code by a space: "71/2014/QH 13")
_NO_TERM = re.compile(r"/(?:UBTV)?QH$")
_TERM = re.compile(r"[ \t]+(\d{2})(?![\w/]|[.,]\d)")


def cut_in_code(key: str, other: str, start: int, folded: str) -> bool:
    """ "166/2013/TT-BT" / "C nêu trên": the number a line's end cut inside its code's last
    letters, their rest printed after the break, is ``other``, cited whole elsewhere."""
    tail = other[len(key) :]
    if not (other.startswith(key) and tail.isalnum() and len(tail) <= 2 and folded):
        return False
    at = start + len(key)
    return re.match(rf"\s+{re.escape(fold_keep(tail))}(?!\w)", folded[at : at + 8]) is not None
