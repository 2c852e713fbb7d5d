"""A letter two bodies issue jointly (the "QUY CHẾ PHỐI HỢP" two departments sign): the left
column of its letterhead names both, the first one's name closed by a dash ("TỔNG CỤC THUẾ -"
/ "TỔNG CỤC THỐNG KÊ", each under its own ministry, or "LIÊN NGÀNH" / "BẢO HIỂM XÃ HỘI TỈNH -"
/ "CỤC THUẾ TỈNH QUẢNG NINH"), and two signature blocks close it one after the other, each
head's title over the body he heads. The issuer is the two bodies as joined, the parent the
two bodies above them; the signer is the first block's, its title with the body it heads."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.clean import fold_keep, is_upper_line, squash
from directives.parser.names import org_display
from directives.parser.signer_lines import (
    CAPACITY,
    SIGNATURE_MARK,
    heads_title,
    is_name,
    is_title,
)
from directives.records import Signer

# the dash that joins two bodies' names on the letterhead: "TỔNG CỤC THUẾ - BỘ KẾ HOẠCH ..."
_DASH = re.compile(r"\s+[-–]\s+")
_DASH_END = re.compile(r"\s[-–]\s*$")
# the word a joint letterhead opens with, over the bodies it joins: "LIÊN NGÀNH", "LIÊN BỘ"
_JOINT_WORD = re.compile(r"^lien (?:nganh|bo|tich|co quan)$")


def joint_issuers(names: list[str]) -> tuple[str | None, str] | None:
    """The (parent, issuer) of a letterhead whose lines of bodies (``names``, top down, a
    wrapped name whole) join two bodies by a dash, each part opening a body's name; None when
    they name no two bodies so."""
    joined: list[str] = []
    for name in names:  # ("CỤC QUẢN LÝ DƯỢC -" / "BỘ CÔNG THƯƠNG": the dash ends its line)
        if joined and _DASH_END.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {name}"
        else:
            joined.append(name)
    names = joined
    for k, name in enumerate(names):
        parts = _DASH.split(squash(name))
        if len(parts) != 2 or not all(STARTS_BODY.match(part) for part in parts):
            continue
        left, right = [*names[:k], parts[0]], [parts[1], *names[k + 1 :]]
        if len(left) == 2 and _JOINT_WORD.match(fold_keep(squash(left[0])).lower()):
            # "LIÊN NGÀNH" / "BẢO HIỂM XÃ HỘI TỈNH -" / "CỤC THUẾ TỈNH QUẢNG NINH": one name
            issuer = f"{org_display(left[0])} {org_display(left[1])} - {org_display(right[-1])}"
            return None, issuer
        issuer = f"{org_display(left[-1])} - {org_display(right[-1])}"
        if len(left) == len(right) == 2:
            return f"{org_display(left[0])} - {org_display(right[0])}", issuer
        return None, issuer
    return None


def first_signer(
    lines: list[str], folded: list[str], start: int, end: int
) -> tuple[int, Signer] | None:
    """Of two signature blocks one after the other in ``lines[start:end]`` (a title in
    capitals, the body it heads, a mark of the signature, the name; no capacity), the first
    one's first line and signer, its title with the body; None when there are not two such
    blocks."""
    blocks: list[tuple[int, Signer]] = []
    i = start
    while i < end:
        if not (is_title(folded[i], lines[i]) or heads_title(folded[i], lines[i])):
            i += 1
            continue
        if i > start and CAPACITY.match(lines[i - 1]):
            return None
        j = i + 1
        while j < end and is_upper_line(lines[j]) and not SIGNATURE_MARK.match(folded[j]):
            j += 1
        title = squash(" ".join(lines[i:j]))
        while j < end and SIGNATURE_MARK.match(folded[j]):
            j += 1
        if j >= end or not is_name(lines[j]):
            i += 1
            continue
        blocks.append((i, Signer(capacity=None, title=title, name=squash(lines[j]))))
        i = j + 1
    return blocks[0] if len(blocks) == 2 else None
