"""Lines a block gathered, made one text: a document number cut at the line's end made whole
again, and a bracket a line leaves open (the next line runs on, its marker or not).
``blocks`` asks these as it cuts the body."""

from __future__ import annotations

import re

# A document number cut after a hyphen at the line's end: "Nghị định số 178/2026/NĐ-" / "CP"
# (or after a slash: "Quyết định số 118/2026/" / "QĐ-UBND")
_CUT_NUMBER = re.compile(r"\b\d+/[^\s/]*(?:/[^\s/]+)*[-/]$")
# a party's document cut after its number: "Nghị quyết số 71-" / "NQ/TW của Bộ Chính trị" (the
# folded text alike: "so 71-" / "nq/tw")
_CUT_PARTY = re.compile(r"\bs[oố]\s+\d{1,4}-$", re.IGNORECASE)
_PARTY_CODE = re.compile(r"[A-ZĐ]{1,5}/[A-ZĐ]{1,5}\b", re.IGNORECASE)


def joined_lines(lines: list[str]) -> str:
    """The wrapped lines as one text, a document number cut at its hyphen made whole again
    (an identifier, "178/2026/NĐ-CP"); ``text`` and ``folded`` are joined alike, so offsets
    stay valid between them."""
    out = lines[0]
    for line in lines[1:]:
        # (the pattern ends the text: only a text ending in a hyphen is searched)
        cut = out.endswith(("-", "-\n", "/")) and _CUT_NUMBER.search(out)
        cut = cut or (out.endswith("-") and _CUT_PARTY.search(out) and _PARTY_CODE.match(line))
        # (after a slash only a code goes on: "QĐ-UBND", not a word of the sentence)
        goes_on = line[:1].isalnum() if not out.endswith("/") else line[:2].isupper()
        glue = "" if cut and goes_on else " "
        out = f"{out}{glue}{line}"
    return out


def open_bracket(line: str) -> bool:
    """A bracket ``line`` leaves open, so that a marker on the next line runs on ("... (chức
    năng 8. 9." / "1.16 )/Báo cáo ..."); not one a sentence's full stop closes ("... hằng năm
    (trước ngày 15/11 và đột xuất (khi có yêu cầu) báo cáo ... chung." / "2. Giao Sở X:")."""
    return line.count("(") > line.count(")") and _SENTENCE_STOP.search(line) is None


_SENTENCE_STOP = re.compile(r"[^\W\d_]\.$")
