"""A signature block run onto one line by a page that flattened the layout:

    - Lưu: VT, KCB. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên
    KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên
    K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu     (an older page's slashed capacity)
    BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm
    PHÓ CHỦ TỊCHNguyễn Thị Thu                 (a page that lost the line end, and the space)
    - Lưu: VT, TH (3). 20KT. BỘ TRƯỞNG, CHỦ NHIỆM   (the capacity on the list's last entry)

Each is cut back into the lines the letter had (what precedes it, the capacity with the
first title, the title the signer holds, the name), so the closing is read as usual.
"""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep, squash
from directives.parser.letters import CAPITAL, SMALL

_UP = f"[{CAPITAL}]"
_LOW = f"[{SMALL}]"
# capacity?, upper-case words (the titles), then a name of 2 to 6 capitalised words, at the end
_GLUED = re.compile(
    rf"^(?P<pre>.*?)\s*(?P<cap>\b(?:(?:TM|KT|TL|TUQ|Q)\.|(?:T/M|K/T|T/L)\.?)\s*)?"
    rf"(?P<titles>(?:{_UP}{{1,}}[,]?\s+)+?)"
    rf"(?P<name>{_UP}{_LOW}+(?:\s+{_UP}{_LOW}*){{1,5}})\s*$"
)
_TITLE_WORD = re.compile(
    r"^(?:pho )?(?:tong )?(?:chu tich(?: quoc hoi| nuoc)?|giam doc|bo truong|thu truong|"
    r"chu nhiem|cuc truong|"
    r"truong ban|chanh van phong|chanh thanh tra|truong phong|vu truong|thu tuong(?: chinh phu)?|"
    r"tong cuc truong|chi cuc truong|hieu truong|vien truong)"  # (a school's, an institute's head)
    r"(?:, (?:pho )?(?:chu nhiem|thu truong))?$"
)


_RECIPIENTS = re.compile(r"^\W*N[ơo]i nh[ậa]n\b", re.IGNORECASE)
_KEPT_ENTRY = re.compile(r"^\s*[-+]\s*L[ưu]u\b")


def _is_title(text: str) -> bool:
    return bool(_TITLE_WORD.match(squash(fold_keep(text)).strip(" ,.")))


def _titles(run: str) -> list[str] | None:
    """The run of titles as one or two titles ("BỘ TRƯỞNG THỨ TRƯỞNG" -> two)."""
    words = run.split()
    if _is_title(run):
        return [squash(run).rstrip(",")]
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        if _is_title(first) and _is_title(second):
            return [first.rstrip(","), second]
    return None


def _body_signed_for(run: str) -> list[str] | None:
    """ "ỦY BAN NHÂN DÂN CHỦ TỊCH" after "TM.": the body signed for, then the signer's own
    title (the body's name is no title: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH")."""
    words = run.split()
    for cut in range(1, len(words)):
        body, title = " ".join(words[:cut]), " ".join(words[cut:])
        if not _is_title(body) and _is_title(title):
            return [body, squash(title).rstrip(",")]
    return None


def _title_name_apart(line: str) -> str:
    """ "PHÓ CHỦ TỊCHNguyễn Thị Thu", "CHỦ NHIỆMTrần Quốc Toản": a title in capitals with the
    name glued on, no space; a space put back before the name's capital (a word in capitals
    ends, a capitalised word begins: the case of the letters, not a range of code points,
    the Vietnamese block mixing both cases)."""
    cuts = [
        i
        for i in range(2, len(line) - 1)
        if line[i - 2].isupper()
        and line[i - 1].isupper()
        and line[i].isupper()
        and line[i + 1].islower()
    ]
    return "".join(f" {ch}" if i in cuts else ch for i, ch in enumerate(line)) if cuts else line


def unglue(line: str) -> list[str] | None:
    """The lines a glued signature line stands for, or None if it is not one."""
    apart = _title_name_apart(line)
    # (the line as it is, then with the name put apart from the title it was glued to)
    for text in dict.fromkeys((line, apart)):
        m = _GLUED.match(text)
        cap = (m.group("cap") or "").strip() if m else ""
        titles = None
        if m is not None:
            titles = _titles(m.group("titles")) or (
                _body_signed_for(m.group("titles")) if cap else None
            )
        if m is not None and titles is not None:
            break
    else:
        return None
    out = [m.group("pre").strip()] if m.group("pre").strip() else []
    if cap and len(titles) == 1:
        out.append(f"{cap} {titles[0]}")
    elif cap:
        out += [f"{cap} {titles[0]}", titles[1]]
    else:
        out += titles
    return [*out, m.group("name")]


# "Nơi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM": the signer's title (no capacity before it), the right
# column's first line, flattened onto the list's label; the name ends the list
_LABEL_TITLE = re.compile(r"^(?P<label>\W*N[ơo]i nh[ậa]n\s*:)\s*[-~_]?\s*(?P<title>[^a-zđ\d]+)$")


def _label_apart(line: str) -> list[str] | None:
    m = _LABEL_TITLE.match(line)
    if m is None or not _is_title(m.group("title")):
        return None
    return [m.group("label"), squash(m.group("title")).rstrip(",")]


# "- Lưu: VT, TH (3). 20KT. BỘ TRƯỞNG, CHỦ NHIỆM": the capacity and the head's title (no name:
# the signer's own title and name stand below) glued onto the list's last entry, right after
# the copies count
_CAPACITY_AT_END = re.compile(
    rf"^(?P<pre>-.*?[\d.;)])\s*(?P<cap>(?:TM|KT|TL|TUQ)\.)\s*(?P<title>(?:{_UP}+,?\s*)+)$"
)


def _capacity_apart(line: str) -> list[str] | None:
    m = _CAPACITY_AT_END.match(line)
    if m is None or not _is_title(m.group("title")):
        return None
    return [m.group("pre"), f"{m.group('cap')} {squash(m.group('title'))}"]


# "- Bộ Tư pháp; TM. ỦY BAN NHÂN DÂN" / "- Sở Tư pháp; CHỦ TỊCH": a scan's OCR that read the
# list's column and the signer's across, one line of each on one line; the signer's column
# opens with its capacity and goes on in capitals
_ACROSS = re.compile(rf"^(?P<entry>-[^;]*;)\s+(?P<column>{_UP}.*)$")
_OPENS_COLUMN = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.\s")


def _columns_apart(lines: list[str], at: int) -> tuple[list[str], list[str]] | None:
    """The list's entries and the signer's column lines of the lines after "Nơi nhận" (``at``)
    read across, or None when no entry carries the signer's capacity."""
    entries: list[str] = []
    column: list[str] = []
    for line in lines[at + 1 :]:
        m = _ACROSS.match(line.strip())
        if m is not None and m.group("column") != m.group("column").upper():
            m = None  # (in capitals, the signer's column)
        if m is None or not (column or _OPENS_COLUMN.match(m.group("column"))):
            entries.append(line)
        else:
            entries.append(m.group("entry"))
            column.append(m.group("column").strip())
        if fold_keep(line.strip()).lstrip("- ").startswith("luu"):
            break  # (the list's last entry)
    return (entries, column) if column else None


def split_glued(lines: list[str], start: int, last: int = 8) -> tuple[list[str], list[int]]:
    """The lines with the last few glued signature lines cut apart, and for each line the
    index of the line it came from."""
    out: list[str] = []
    origin: list[int] = []
    n = len(lines)
    tail_from = max(start, n - last)
    # (or the few lines over an annex, when the signature that closes the letter has no
    # "Nơi nhận" to find it by: "CHỦ TỊCH QUỐC HỘI Trần Văn A" / "PHỤ LỤC")
    annex = next((i for i in range(start, tail_from) if _ANNEX.match(lines[i])), tail_from)
    over = range(max(start, annex - _OVER_ANNEX), annex)
    # (or the few lines after "Nơi nhận", when an annex follows the signature: "PHỤ LỤC ...")
    to = next((i for i in range(start, tail_from) if _RECIPIENTS.match(lines[i])), None)
    # (the signer's block follows the list's last entry, "- Lưu: ...", however long the list)
    near = range(0)
    if to is not None:
        kept = next((i for i in range(to, n) if _KEPT_ENTRY.match(lines[i])), to)
        near = range(to, kept + last)
    # (no line above "Nơi nhận" and above the last few is cut: those stand as they are)
    first = min(n if to is None else to, tail_from, over.start)
    out.extend(lines[:first])
    origin.extend(range(first))
    label = to if to is not None else n
    across = _columns_apart(lines, label) if to is not None else None
    wrapped = -1  # a name's last words, already read with the line above
    for i in range(first, n):
        line = lines[i]
        if i == wrapped or (i < wrapped and not line.strip()):
            continue
        if across is not None and label < i <= label + len(across[0]):
            # (the entries in their place; the signer's column after the list, over the name)
            out.append(across[0][i - label - 1])
            origin.append(i)
            if i == label + len(across[0]):
                out.extend(across[1])
                origin.extend([i] * len(across[1]))
            continue
        # ("... Vũ Ngọc Anh TÊN ĐƠN VỊ CUNG CẤP:……….": an annex form's blank field after the name)
        tail = i >= tail_from or i in near or i in over
        blank = _BLANK_FIELD.search(line) if tail else None
        for piece in [line[: blank.start()], line[blank.end() :]] if blank else [line]:
            parts = unglue(piece) if tail and piece else None
            if parts is None and tail and piece and i + 1 < n and _NAME_BEGUN.search(piece):
                # ("TM. ỦY BAN ... CHỦ TỊCH Trần" / "Thanh Mẫn": a name the page wrapped)
                below = i + 2 if not lines[i + 1].strip() and i + 2 < n else i + 1
                rest = lines[below].strip()
                parts = unglue(f"{piece} {rest}") if _NAME_REST.match(rest) else None
                wrapped = below if parts is not None else wrapped
            if parts is None and tail and i + 1 < n and _CELL_CUT.search(piece):
                # ("KT. CHỦ" / "TỊCH PHÓ CHỦ TỊCH Lâm Văn A": the signer's cell of a row
                # the page wrapped at its width, inside the title or the body signed for)
                rest = lines[i + 1].strip()
                parts = unglue(f"{piece} {rest}") if _CELL_REST.match(rest) else None
                wrapped = i + 1 if parts is not None else wrapped
            parts = parts or (
                _label_apart(piece) if i == to or (i >= tail_from and piece) else None
            )
            # (the list's last entry, however far down a long list: a dashed line)
            parts = parts or _capacity_apart(piece)
            out.extend(parts or [piece])
            origin.extend([i] * len(parts or [piece]))
    return out, origin


_BLANK_FIELD = re.compile(rf"\s+(?=[{CAPITAL}][{CAPITAL} ]{{3,}}:\s*[.…]{{3,}})")
# a line of titles in capitals ending in a capitalised word (a name's first), and a line of one
# to four capitalised words alone under it: the name the page wrapped
_NAME_BEGUN = re.compile(rf"{_UP}{{2,}}\s+{_UP}{_LOW}+$")
# a row's last cell of capitals alone, a capacity first or not ("TM. ỦY BAN" after "- Lưu: VT."),
# and a line of capitals ending in a name under it ("NHÂN DÂN CHỦ TỊCH Lê Văn A"): the cell
# the page wrapped
_CELL_CUT = re.compile(rf"^\s*(?:(?:TM|KT|TL|TUQ|Q)\.\s*)?(?:{_UP}+\s+)*{_UP}+$")
_CELL_REST = re.compile(rf"^(?:{_UP}+\s+)+{_UP}{_LOW}+(?:\s+{_UP}{_LOW}*){{1,5}}$")
_ANNEX = re.compile(r"^\s*PHỤ LỤC\b")
_OVER_ANNEX = 4
_NAME_REST = re.compile(rf"^{_UP}{_LOW}*(?:\s+{_UP}{_LOW}*){{0,3}}$")
