"""A distribution list whose "Nơi nhận:" label a flattened page lost (its own cell of the
letter's table): found by its shape, the dashed run over the signature that its "Lưu" entry
closes."""

from __future__ import annotations

import re

from directives.parser.header_words import SUBJECT_LINE

# The list's last entry: "Lưu: VT, ..." (or "Lưu VT, ...")
_FILED = re.compile(r"^luu\b")


def unlabelled_list(folded: list[str], start: int, signed_at: int | None) -> int | None:
    """Where a distribution list whose "Nơi nhận:" label a flattened page lost starts: the run
    of dashed lines over the signature that its "Lưu" entry closes ("- Như trên;" / "- Lưu: VT,
    KHTC."), the subject's "V/v" lines only between it and the signer's title."""
    if signed_at is None:
        return None
    k = signed_at - 1
    while k > start and signed_at - k <= 4 and not folded[k].startswith(("-", "+")):
        k -= 1
    # (between the list and the signature nothing, or a subject's lines: "V/v ..." and its wraps)
    gap = folded[k + 1 : signed_at]
    if gap and not SUBJECT_LINE.match(gap[0]):
        return None
    if k <= start or not _FILED.match(folded[k].lstrip("-+ ")):
        return None
    top = k
    while top - 1 > start and folded[top - 1].startswith(("-", "+")):
        top -= 1
    return top if top < k else None
