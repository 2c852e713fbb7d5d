"""The "Nơi nhận" list under a letter's signer block (moved out of closing.py, at 400 lines)."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep, is_upper_line, squash
from directives.parser.letters import CAPITAL
from directives.parser.signer_lines import SIGNATURE_MARK, is_name, upper
from directives.parser.syllables import joins_word

# "Đại tá Phạm Văn Sinh", "Thiếu tướng ...": an army or police rank before the name, a form of
# address as "đồng chí" is, not the name (README, 176/02)
RANK = re.compile(rf"^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+(?=[{CAPITAL}])")
_ENTRY_END = re.compile(r"\s*(?:\./\.|[.;,])\s*$")


def distribution(
    lines: list[str], folded: list[str], at: int, signer: str | None = None
) -> list[str]:
    """The "Nơi nhận" entries.

    In a list written with dashes a line without one continues the entry above (a web
    page wraps "- VPCP: BTCN,\nPCN ..."), and the list ends with its "Lưu" entry or at a
    footnote. A list without dashes has one entry per line.
    """
    entries: list[str] = []
    label = re.match(r"noi\s+nhan\s*:?\s*", folded[at])
    rest = lines[at][label.end() if label else 0 :].strip()
    pending = [rest] if _WORD.search(rest) else []
    open_entry = dashed = False
    mark = ""  # the mark the last entry was written with
    for line in _entries_apart(pending + lines[at + 1 :]):
        line = _OCR_RESIDUE.sub("", line)
        if not line:
            continue
        if _FOOTNOTE.match(line):
            break
        if _FILE_PATH.match(line):
            open_entry = False  # the typist's file name under the list: no entry
            continue
        if line.startswith(("-", "+", "*")):
            if entries and _kept(entries[-1]) and not open_entry:
                break
            opens = entries and (_SUB_ITEMS.search(entries[-1]) or entries[-1].endswith(":"))
            # (not under an entry written with "+" itself: "+ Như trên:" / "+ ...", one list)
            if line.startswith("+") and opens and mark != "+":
                entries[-1] = entries[-1] + " " + line  # "- VPUB: + CVP;" / "+ Cổng TTĐT" (or
                continue  # "- VP UBND tỉnh:" / "+ LĐVP;"): its sub-items
            entries.append(line.lstrip("-+* ").strip())
            open_entry = not _ENTRY_END.search(line)
            dashed, mark = True, line[0]
            continue
        if dashed and entries and _kept(entries[-1]) and _FILING_MARK.match(line.strip()):
            entries[-1] = f"{entries[-1]} {line.strip()}"  # "- Lưu: VT, CT." / "08 KH"
            continue
        wrapped = dashed and entries and line.rstrip().endswith((";", ",", "."))
        if not wrapped and (
            is_upper_line(line) or is_name(line) or SIGNATURE_MARK.match(fold_keep(line))
        ):
            open_entry = False
            continue
        if dashed and entries and _kept(entries[-1]) and not open_entry:
            # ("- Lưu: VT, KK (3b)." / "Phối hợp thực hiện" / the signer's name: the words a
            # page prints between them are that entry's, whichever cell they came from)
            # (not the signer's rank: "Đại tá Phạm Văn Sinh" is the name's line)
            ranked = RANK.match(line) is not None
            if (
                signer is not None
                and line.endswith(f" {signer}")
                and not upper(line)
                and not ranked
            ):
                entries[-1] = f"{entries[-1]} {line[: -len(signer)].strip()}"
            break
        if dashed and entries and _kept(entries[-1]) and _NOTE.match(line):
            break  # "- Lưu: VT, (THKH/QT).72" / "(Đính kèm CT số 14/CT-TTg)": a note under it
        if (open_entry or dashed) and entries:
            # ("- Lưu: VT" / ", KGVX (3)": no space before the punctuation a line opens with)
            glue = "" if joins_word(entries[-1], line) or line[:1] in ",;.:)" else " "
            entries[-1] = entries[-1] + glue + line
        else:
            entries.append(line)
        open_entry = not _ENTRY_END.search(line)
    return [_ENTRY_END.sub("", squash(e)) for e in entries if squash(e).strip(" .;")]


def _kept(entry: str) -> bool:
    """The list's last entry: "Lưu: VT, ...", or a "+ Lưu: VT" sub-item closing an entry."""
    return bool(_KEPT.match(fold_keep(entry.rsplit(" + ", 1)[-1])))


def _entries_apart(lines: list[str]) -> list[str]:
    """A dashed entry with the next one run onto its line ("- Phòng VX;- Lưu VT, (VX/P) T."),
    a page having lost the line end between them: one entry a line (so with "+" entries; a
    "+" after a "-" entry's ";" is its sub-item, and stays).

    A list run on as one paragraph and wrapped ("- A; - B; - C: X, Y" / "Z; - D; -" / "E; -
    Lưu: VT."): a wrapped line's words up to its first "; -" end the entry above, and a dash
    a line ends with opens the entry the next line holds."""
    out: list[str] = []
    run_on = carried = False
    for line in lines:
        if carried and line.strip():
            line, carried = "- " + line.lstrip(), False
        mark = line[:1]
        if (run_on or mark == "-") and _DASH_LEFT.search(line):
            line, carried = _DASH_LEFT.sub(";", line), True
        if mark in ("-", "+") and _RUN_ON_ENTRY[mark].search(line):
            pieces = _RUN_ON_ENTRY[mark].split(line)
            # ("- A; - Cục X" / "- Bộ Y; - B;"): in a run-on list an entry ends with its ";",
            # so one left open above goes on with the dashed words this line opens with
            last = next((k for k in range(len(out) - 1, -1, -1) if out[k].strip()), None)
            if run_on and mark == "-" and last is not None and _OPEN.search(out[last]):
                out[last] = f"{out[last].rstrip()} {pieces.pop(0).strip()}"
            out.extend(pieces)
            run_on = run_on or mark == "-"
        elif run_on and mark not in ("-", "+") and _RUN_ON_ENTRY["-"].search(line):
            head, *rest = _RUN_ON_ENTRY["-"].split(line)
            out.extend([head.rstrip(), *rest])
        else:
            out.append(line)
    return out


# An entry of a run-on list not closed yet: no ";" or "." at its end (not a dash carried over)
_OPEN = re.compile(r"[^;.\-\s]\s*$")
# "...; - UBTWMTTQVN; -": a dash at a wrapped line's end, its entry on the next line
_DASH_LEFT = re.compile(r";\s*-\s*$")
# (a "-" entry run onto a "+" one's line is the list's next entry: "+ Bộ X;- Lưu: VT.")
_RUN_ON_ENTRY = {
    "-": re.compile(r"(?<=;)\s*(?=-\s*\S)"),
    "+": re.compile(r"(?<=;)\s*(?=[+-]\s*\S)"),
}
# What an OCR'd list leaves at a line's end: "- TTgCP, các PTTgCP (để b/c); =", "...; = 4",
# "...; +) v"
_OCR_RESIDUE = re.compile(r"\s+[=~_]+\s*$|(?<=[;,])\s+[=~_+*][^\w]*\w?\s*$")
# (and on the label's line: "Nơi nhận: 3 Ạ A,", no word of two letters)
_WORD = re.compile(r"[^\W\d_]{2}")
# "- VPUB: + CVP, các PCVP;": an entry that opens its own "+" sub-items
_SUB_ITEMS = re.compile(r":\s*\+\s")
# Where the typist saved the letter, left under the list: "d:\\2011\\CV\\SVH\\Bau cho ..."
_FILE_PATH = re.compile(r"^[A-Za-z]:[\\/]")
# The last entry of a list: "Lưu: VT, ..." (or "Lưu VT, ...").
_KEPT = re.compile(r"^luu\b")
# Under the "Lưu" entry, no dash: copies and kind ("08 KH"), a filing mark ("Tungnt.QĐ/T11/2025"),
# copies in "bản" ("15 bản - QĐ147", "05 bản, QĐ01-giá"), the e-office's "Số EOF: 604430/VBĐT"
_FILING_MARK = re.compile(
    r"^(?:\d{1,3} ?[A-ZĐ]{1,4}|[^\s/_]+[/_][^\s]*\d[^\s]*|Số EOF: ?\S+"
    r"|\d{1,3} bản(?: ?[-,] ?[A-ZĐ]{1,4}\d*(?:-\w+)?)?"
    r"|VT(?:,\s*[A-ZĐ][A-ZĐ0-9&.()-]*)*\.?)$"  # ("- Lưu:" / "VT, TCT, TCTK": its codes)
)
# A line in brackets alone: "(Đính kèm CT số 14/CT-TTg)"
_NOTE = re.compile(r"^\([^()]*\)$")
_FOOTNOTE = re.compile(r"^(?:\[\d{1,2}\]|_{3,}|\(\d{1,2}\)\s)")
