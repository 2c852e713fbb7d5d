"""The lines of a signature block, as ``closing`` reads them: the capacity mark ("KT.",
"TM.", the older "K/T"), the signer's title in capitals (whole, or broken by a narrow cell),
the mark of a signature ("(đã ký)") and the signer's name; and where such a block closes a text
attached after the letter's own signature (``signed_from``)."""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep, is_upper_line, squash
from directives.parser.letters import CAPITAL, SMALL

# "KT. CHÁNH VĂN PHÒNG", "KT CHỦ TỊCH", or the older slashed "K/T", "T/M", "T/L" (the
# slash after the mark too: "KT/ BỘ TRƯỞNG")
CAPACITY = re.compile(
    rf"^(TM|KT|TL|TUQ|Q)\s*\.\s*(?P<rest>.*)$|^(TM|KT|TL|TUQ)\s+(?P<bare>[{CAPITAL}].*)$"
    rf"|^(T/M|K/T|T/L|TM/|KT/|TL/)\s*\.?\s*(?P<slashed>[{CAPITAL}].*)$"
)
MARK_ALONE = re.compile(r"^\s*(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|TM/|KT/|TL/)\s*\.?\s*$")
TITLE = re.compile(
    # (the head of the National Assembly, of the State: "CHỦ TỊCH QUỐC HỘI", "CHỦ TỊCH NƯỚC")
    r"^(?:pho\s+)?(?:chu\s+tich(?:\s+quoc\s+hoi|\s+nuoc)?|giam\s+doc|truong\s+doan|"
    r"truong\s+ban|chanh\s+van\s+phong|"
    r"chanh\s+thanh\s+tra|truong\s+phong|bo\s+truong|thu\s+truong|bi\s+thu|cuc\s+truong|"
    r"chi\s+cuc\s+truong|tong\s+cuc\s+truong|truong\s+doan\s+kiem\s+tra|thu\s+tuong|"
    r"chu\s+nhiem|tong\s+giam\s+doc|hieu\s+truong|vien\s+truong|chanh\s+an|vien\s+truong|"
    # the head of a province's or a base's tax office since 2025 ("TRƯỞNG THUẾ TỈNH")
    r"truong\s+thue\s+(?:tinh|thanh\s+pho|co\s+so))"
    r"(?:\s*,\s*(?:pho\s+)?chu\s+nhiem)?(?:\s+thuong\s+truc)?$"  # "BỘ TRƯỞNG, CHỦ NHIỆM"
)
SIGNATURE_MARK = re.compile(r"^[(\[]?\s*(?:da\s+ky|ky\s+ten|signed|ky,|ky\s+va|ky\s+thay)")
NAME = re.compile(r"^(?:[A-ZĐ\u00c0-\u1ef9][^\s\d]*\s+){1,6}[A-ZĐ\u00c0-\u1ef9][^\s\d]*$")


def is_title(folded_line: str, line: str) -> bool:
    return is_upper_line(line) and bool(TITLE.match(squash(folded_line).strip(" .:")))


# the kinds of body a head's title names after it ("CHỦ NHIỆM VP CHÍNH PHỦ", "CỤC TRƯỞNG CỤC X")
_BODY_KINDS = frozenset({"vp", "van", "uy", "ubnd", "bo", "tong", "cuc", "vu", "so"})


def heads_title(folded_line: str, line: str) -> bool:
    """A head's title with the body it heads, over the name and under no capacity ("BỘ
    TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ" / "Đoàn Mạnh Giao"); under a capacity such a line is
    the rest of the head's title signed for, and the signer's own title is the one below."""
    if not is_upper_line(line):
        return False
    words = squash(folded_line).strip(" .:").split()
    return any(
        words[k] in _BODY_KINDS and TITLE.match(" ".join(words[:k]))
        for k in range(1, len(words) - 1)
    )


# What a signature's image leaves in a PDF's text layer after the title: "PHÓ THỦ TƯỚNGy]"
_IMAGE_RESIDUE = re.compile(r"[a-z]{0,2}[\[\]()]+$")


def upper(line: str) -> bool:
    """A line in capitals, or one whose only lower-case letters are an image's residue."""
    if is_upper_line(line):
        return True
    # (a residue ends with a bracket: a line that does not is as it was)
    residue = line.rstrip("\n")[-1:] in ("[", "]", "(", ")")
    return residue and is_upper_line(_IMAGE_RESIDUE.sub("", line))


def is_name(line: str) -> bool:
    if not NAME.match(line) or upper(line):
        return False
    words = line.split()
    return all(w[0].isupper() for w in words) and not line.endswith((":", ";"))


# "Nguyễn Đại Trí TỔNG CỤC THUẾ": an annex's heading in capitals a page's text runs put on the
# name's line (after two words of a name at least, each with small letters)
_CAPS_AFTER_NAME = re.compile(
    rf"^(?:[{CAPITAL}][{SMALL}]+\s+){{1,4}}[{CAPITAL}][{SMALL}]+(?P<caps>(?:\s+[{CAPITAL}]{{2,}})+:?)$"
)


# "Tạ Anh Tuấn Phụ lục": the annex's heading after the name (or its form's: "Mẫu số 01")
_ANNEX_AFTER = re.compile(r"\s+(?:Phụ\s+lục|PHỤ\s+LỤC|Mẫu\s+số|MẪU\s+SỐ|Biểu\s+số)(?:\s.*)?$")


def without_caps_tail(line: str) -> str:
    """``line`` without the words in capitals that follow a name written in small letters,
    or an annex's heading after it."""
    line = _ANNEX_AFTER.sub("", line.strip()) if len(line.split()) > 2 else line
    m = _CAPS_AFTER_NAME.match(line.strip())
    return line.strip()[: m.start("caps")] if m else line


def broken_title(line: str, below: str) -> bool:
    """ "TỔNG CỤC" / "TRƯỞNG": a title a narrow cell broke, a title on the two lines only (a
    blank line over a whole title is no part of it)."""
    if not upper(below) or not line.strip():
        return False  # (the line below first: most lines are not in capitals)
    whole = f"{squash(line)} {squash(below)}"
    return not is_title(fold_keep(line), line) and is_title(fold_keep(whole), whole)


def signed_from(lines: list[str], folded: list[str], start: int, stop: int) -> int:
    """Where the signature that closes ``lines[start:stop]`` starts, else ``stop``: an attached
    regulation signed at its end ("... đến các đơn vị./." / "TỔNG CỤC" / "TRƯỞNG" / "(đã ký)" /
    "Đỗ Hoàng Anh" / "Tuấn"), the title's lines in capitals over only marks and the name."""
    top: int | None = None
    named = False
    for k in range(stop - 1, max(start, stop - 10), -1):
        line = lines[k].strip()
        if not line or SIGNATURE_MARK.match(folded[k]):
            continue
        if upper(line):
            top = k
        elif top is None and (is_name(line) or _NAME_PIECE.match(line)):
            named = True
        else:
            break
    if top is None or not named:
        return stop
    titled = any(
        CAPACITY.match(lines[k])
        or is_title(folded[k], lines[k])
        or (k + 1 < stop and broken_title(lines[k], lines[k + 1]))
        for k in range(top, stop)
    )
    return top if titled else stop


# a word of a name alone on its line, the rest of a name a narrow cell broke ("Tuấn")
_NAME_PIECE = re.compile(rf"^[{CAPITAL}][^\s\d\W]*$")


def next_words(lines: list[str], at: int) -> int:
    """The first line with words after line ``at`` (``at`` when there is none)."""
    return next((j for j in range(at + 1, min(len(lines), at + 3)) if lines[j].strip()), at)


def set_alone(lines: list[str], at: int) -> bool:
    """A capacity's mark the page set on a line of its own ("KT." / "TỔNG CỤC TRƯỞNG"), the
    body or head it signs for in capitals right under it."""
    j = next_words(lines, at)
    return MARK_ALONE.match(lines[at]) is not None and j > at and is_upper_line(lines[j])
