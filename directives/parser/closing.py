"""The end of a document: signer block (capacity, title, name) and "Nơi nhận" list."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from directives.parser.clean import fold_keep, is_upper_line, squash
from directives.parser.distribution_list import RANK, distribution
from directives.parser.glued import split_glued
from directives.parser.letters import CAPITAL
from directives.parser.signer_lines import (
    CAPACITY,
    MARK_ALONE,
    NAME,
    SIGNATURE_MARK,
    TITLE,
    broken_title,
    heads_title,
    is_name,
    is_title,
    next_words,
    set_alone,
    upper,
    without_caps_tail,
)
from directives.parser.syllables import joins_word
from directives.parser.title_shreds import without_title_shred
from directives.parser.unlabelled import unlabelled_list
from directives.records import Signer

# a capacity inside another's line, before the title it signs in ("... KT. THỦ TƯỚNG ...")
_INNER_CAPACITY = re.compile(rf"(?:^|\s)(KT|TL|TUQ)\s*\.\s*(?=[{CAPITAL}])")
_WRAPPED_TITLE = re.compile(r"^VÀ \w")
_MARK_THEN = re.compile(r"^[(\[]?\s*[Đđ]ã\s+(?:ký|Ký|KÝ)\s*[)\]]?\s+(?=\S)")


@dataclass
class Tail:
    start: int  # first line of the signer block or "Nơi nhận", whichever comes first
    signer: Signer | None = None
    distribution: list[str] = field(default_factory=list)


def _wraps_title(line: str) -> bool:
    return bool(_WRAPPED_TITLE.match(line)) and is_upper_line(line)


def find_tail(lines: list[str], folded: list[str], start: int, cut: bool = True) -> Tail:
    split, origin = split_glued(lines, start) if cut else (lines, [])
    if split != lines:  # (not only more lines: a wrapped name's line is read with the one above)
        # a signature block run onto one line: read the lines it stands for (once)
        tail = find_tail(split, [fold_keep(x) for x in split], start, cut=False)
        tail.start = origin[tail.start] if tail.start < len(split) else len(lines)
        return tail
    n = len(lines)
    recipients_at = next((i for i in range(start, n) if folded[i].startswith("noi nhan")), None)
    # a title the "Nơi nhận" line carried (cut onto the next line): its name ends the list
    label_title = recipients_at + 1 if recipients_at is not None else None
    title_at = None
    authority = _authority(lines, start)
    # (the title the first "Nơi nhận" line carried signs the letter, whatever forms an annex
    # signs later; else the last title with a name under it)
    first = [label_title] if label_title is not None and label_title < n else []
    for i in [*first, *(k for k in range(n - 1, start - 1, -1) if k not in first)]:
        reach = n if i == label_title else i + 8
        titled = (
            is_title(folded[i], lines[i])
            or heads_title(folded[i], lines[i])
            or (authority is not None and i > start + 1 and squash(lines[i]) == authority)
        )
        titled = titled or (i + 1 < n and broken_title(lines[i], lines[i + 1]))
        if titled and any(is_name(x) for x in lines[i + 1 : reach]):
            title_at = i
            break
    # (the capacity stands over the signer's title: one below it is a form's in an annex,
    # "TM. TỔ CHỨC" over a blank for its signature, and no mark of this signer's)
    capacity_at = next(
        (
            i
            for i in range(start, n if title_at is None else title_at + 1)
            if CAPACITY.match(lines[i]) and (is_upper_line(lines[i]) or set_alone(lines, i))
        ),
        None,
    )
    if capacity_at is None and title_at is not None and title_at > start:
        # "TRƯỞNG BAN" / "PHÓ THỦ TƯỚNG" / name: the office signed in, over the signer's rank
        # (not under a capacity the page set alone: "TL." / "BỘ TRƯỞNG" / "CHÁNH VĂN PHÒNG")
        above = title_at - 1
        marked = above > start and MARK_ALONE.match(lines[above - 1]) is not None
        if is_title(folded[above], lines[above]) and not marked:
            title_at = above
    if recipients_at is None:
        recipients_at = unlabelled_list(folded, start, capacity_at or title_at)
    candidates = [i for i in (recipients_at, capacity_at, title_at) if i is not None]
    tail = Tail(start=min(candidates) if candidates else n)
    to_end = n if title_at is not None and title_at == label_title else None
    tail.signer = _signer(lines, folded, capacity_at, title_at, to_end)
    if recipients_at is not None:
        name = tail.signer.name if tail.signer else None
        tail.distribution = distribution(lines, folded, recipients_at, name)
        title = tail.signer.title if tail.signer else None
        tail.distribution = without_title_shred(tail.distribution, title)
    return tail


def _authority(lines: list[str], start: int) -> str | None:
    """The decision's authority line that opens its body ("TỔNG KIỂM TOÁN NHÀ NƯỚC" over
    "Căn cứ ..."): the head who decides, so the title the signer signs in when it recurs."""
    first = next((line for line in lines[start : start + 4] if line.strip()), None)
    if first is None or not is_upper_line(first) or len(first.split()) < 2:
        return None
    return squash(first)


def _signer(
    lines: list[str],
    folded: list[str],
    capacity_at: int | None,
    title_at: int | None,
    reach: int | None = None,
) -> Signer | None:
    capacity = title = name = None
    title_line = title_at
    if capacity_at is not None and set_alone(lines, capacity_at):
        # "KT." / "TỔNG CỤC TRƯỞNG" / "PHÓ TỔNG CỤC TRƯỞNG": the mark and what it signs for
        j = next_words(lines, capacity_at)
        lines, folded = [*lines], [*folded]
        lines[j] = f"{lines[capacity_at].strip()} {lines[j].strip()}"
        folded[j], capacity_at = fold_keep(lines[j]), j
    if capacity_at is not None:
        m = CAPACITY.match(lines[capacity_at])
        assert m is not None
        while True:
            # (the signer's name closes the block: "T/M BAN BÍ THƯ" / "Trần Văn A" / "PHỤ LỤC",
            # the collective body signed for and no title under it)
            named = next(
                (
                    j
                    for j in range(capacity_at + 1, min(len(lines), capacity_at + 6))
                    if is_name(lines[j])
                ),
                min(len(lines), capacity_at + 6),
            )
            nxt = next(
                (
                    j
                    for j in range(capacity_at + 1, named)
                    if upper(lines[j]) and not lines[j].startswith(("-", "+"))
                ),
                None,
            )
            inner = CAPACITY.match(lines[nxt]) if nxt is not None else None
            # ("TL. BỘ TRƯỞNG / Q. VỤ TRƯỞNG VỤ X": the acting head's title, not a capacity;
            # "TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH": the acting chairman signs for the body)
            if inner is None or nxt is None or (inner.group(1) == "Q" and m.group(1) != "TM"):
                break
            # "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the signer signs in
            # the innermost capacity, under the title that follows it
            m, capacity_at = inner, nxt
        capacity = (m.group(1) or m.group(3) or m.group(5).replace("/", "")) + "."
        typed = _typed_title(lines, folded, capacity_at)
        if typed is not None and (nxt is None or typed < nxt):
            title_line = typed
        elif nxt is not None:
            title_line = _past_capacity_wrap(lines, folded, nxt)
        else:
            title = squash(m.group("rest") or m.group("bare") or m.group("slashed"))
            # "TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG" on one line: the innermost capacity
            inner_at = [*_INNER_CAPACITY.finditer(title)]
            if inner_at:
                capacity, title = inner_at[-1].group(1) + ".", title[inner_at[-1].end() :]
            # "KT. TRƯỞNG BAN X PHÓ TRƯỞNG BAN" on one line: the deputy signs in their own title
            title = _signs_for(title) if capacity == "KT." else title
            # "TM. HỘI ĐỒNG THÀNH VIÊN CHỦ TỊCH": the body signed for, then the signer's title
            title = _own_title(title) if capacity == "TM." else title
    if title_line is not None:
        title = squash(lines[title_line])
        title = _deputy(title) if capacity == "KT." else title
        after = title_line
        # "Q. VỤ TRƯỞNG VỤ KHOA HỌC, CÔNG NGHỆ" / "VÀ MÔI TRƯỜNG": a title wrapped in two
        # (or after its comma: "TRƯỞNG BAN BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ")
        while after + 1 < len(lines) and (
            _wraps_title(lines[after + 1]) or _after_comma(title, lines[after + 1])
        ):
            after += 1
            title = f"{title} {squash(lines[after])}"
        # "PHÓ CHỦ" / "NHIỆM": a title a narrow cell broke, whole on the two lines only
        nxt_line = lines[after + 1] if after + 1 < len(lines) else ""
        whole = f"{title} {squash(nxt_line)}"
        broken = upper(nxt_line) and not is_title(fold_keep(title), title)
        if broken and is_title(fold_keep(whole), whole):
            title, after = whole, after + 1
    elif capacity_at is not None:
        after = capacity_at
    else:
        return None
    # (the nine lines with words after the title: a page keeps the blank lines a signature
    # leaves room for)
    near = [line for line in lines[after + 1 : reach or len(lines)] if line.strip()]
    for k, line in enumerate(near if reach else near[:9]):
        marked = _MARK_THEN.match(line)  # "Đã Ký Bùi Văn Nam": the mark a page ran into the name
        line = line[marked.end() :] if marked and is_name(line[marked.end() :]) else line
        ranked = RANK.match(line)
        line = line[ranked.end() :] if ranked and is_name(line[ranked.end() :]) else line
        if line.startswith(("-", "+")) or SIGNATURE_MARK.match(fold_keep(line)):
            continue
        if k + 1 < len(near) and joins_word(line, near[k + 1]):
            line = line + near[k + 1]  # "N" / "guyễn Cao Lục": a name a page broke in its word
        line = without_caps_tail(_name_pieces(line, near[k + 1 : k + 3]))
        if is_name(line):
            name = squash(line)
            break
    return Signer(capacity=capacity, title=title, name=name)


def _name_pieces(line: str, after: list[str]) -> str:
    """A name a narrow cell broke between its words ("Bùi Văn" / "Nam", "Bùi" / "Văn" / "Nam"):
    the lines of one capitalised word each put back, up to a name of four words, or the rest
    of the name on one line under a family name alone ("Nguyễn" / "Khắc Định"); else
    ``line``."""
    words = line.split()
    if not 1 <= len(words) <= 3 or not NAME.match(f"{line} X") or upper(line):
        return line
    for piece in after:
        piece = piece.strip()
        # (a word alone is no name: the next line finishes it, in one piece or in several)
        rest = len(words) == 1 and len(piece.split()) <= 3
        if len(words) >= 4 or (" " in piece and not rest):
            break
        if not NAME.match(f"X {piece}") or upper(piece):
            break
        words.extend(piece.split())
    return " ".join(words)


def _deputy(title: str) -> str:
    """ "VỀ HQ PHÓ TRƯỞNG BAN": the rest of a "KT." capacity the page ran into the title's line;
    who signs for the head is a deputy, whose title opens with "PHÓ"."""
    return title if is_title(fold_keep(title), title) else _signs_for(title)


_DEPUTY_AT = re.compile(r"\s(?=PHÓ\s|THỨ TRƯỞNG$)")


def _signs_for(title: str) -> str:
    """The deputy's own title after the head's on the capacity's line, else ``title``."""
    # (a deputy minister's is "THỨ TRƯỞNG": "KT. BỘ TRƯỞNG THỨ TRƯỞNG")
    found = _DEPUTY_AT.search(title)
    tail = title[found.end() :] if found else ""
    return tail if tail and is_title(fold_keep(tail), tail) else title


def _own_title(title: str) -> str:
    """The signer's own title at the end of a line that first names the body signed for,
    else ``title`` (a body of one word before it is no name: "BAN BÍ THƯ" is the body)."""
    words = title.split()
    tails = (" ".join(words[k:]) for k in range(2, len(words)))
    return next((t for t in tails if is_title(fold_keep(t), t)), title)


def _after_comma(title: str, line: str) -> bool:
    return title.endswith(",") and upper(line) and not CAPACITY.match(line)


def _typed_title(lines: list[str], folded: list[str], at: int) -> int | None:
    """The signer's title typed in ordinary case under the capacity ("TL. CHỦ TỊCH" /
    "Chánh Văn phòng" / "Triệu Trung Tính"): the first line with words after it, when it
    names a title."""
    below = next((j for j in range(at + 1, min(len(lines), at + 4)) if lines[j].strip()), None)
    if below is None or upper(lines[below]):
        return None
    return below if TITLE.match(squash(folded[below]).strip(" .:")) else None


def _past_capacity_wrap(lines: list[str], folded: list[str], at: int) -> int:
    """The title line, past the rest of a capacity a page wrapped onto the line after it
    ("KT. BỘ TRƯỞNG" / "CHỦ NHIỆM VP CHÍNH PHỦ" / "PHÓ CHỦ NHIỆM"): no title itself, and
    a title right under it."""
    if is_title(folded[at], lines[at]):
        return at
    if at + 1 < len(lines) and is_title(fold_keep(f"{lines[at]} {lines[at + 1]}"), lines[at]):
        return at  # "PHÓ" / "CHỦ NHIỆM": a title a narrow cell broke, read whole from here
    below = next((j for j in range(at + 1, min(len(lines), at + 3)) if lines[j].strip()), None)
    return below if below is not None and is_title(folded[below], lines[below]) else at
