"""Blocks a PDF's content stream draws out of reading order, put back where the page shows them.

A word processor may draw the "Kính gửi" addressees in a text box or table cell after the body:
the page shows them under "Kính gửi:", but the text read in drawing order leaves "Kính gửi:"
bare and sets the list at the page's end, after the body's last line ("... khi có dấu hiệu vi
phạm." / "- Công an tỉnh;" / "- Sở Công Thương;" / "- Ủy ban nhân dân các xã, phường."). Read
so, the list would end the body as items of its own and the letter would have no recipients.
"""

from __future__ import annotations

import re

# "Kính gửi:" alone on its line (any spaces round it)
_BARE_ADDRESSEE = re.compile(r"^\s*Kính gửi\s*:\s*$")
# an addressee's line: "- Sở Công Thương;", "- Ủy ban nhân dân các xã, phường." (a capital first)
_ADDRESSEE_ITEM = re.compile(r"^\s*[-–]\s*[A-ZĐÀ-Ỹ][^:]{1,120}[;.,]\s*$")
# the most addressees such a box holds
_MOST = 12


def addressees_home(page: str) -> str:
    """``page`` (the first page's text, in drawing order) with an addressee list drawn last
    moved under its bare "Kính gửi:" line; unchanged when the list already follows it."""
    lines = page.split("\n")
    at = next((k for k, line in enumerate(lines) if _BARE_ADDRESSEE.match(line)), None)
    if at is None:
        return page
    below = next((line for line in lines[at + 1 :] if line.strip()), "")
    if _ADDRESSEE_ITEM.match(below):
        return page  # (the list is in place)
    end = len(lines)
    while end > at + 1 and not lines[end - 1].strip():
        end -= 1
    if not _ADDRESSEE_ITEM.match(lines[end - 1]) or not lines[end - 1].rstrip().endswith("."):
        return page
    # (the items above the last one each end in ";": a body's item ending in "." is no addressee)
    start = end - 1
    while start > at + 1 and end - start < _MOST and _ADDRESSEE_ITEM.match(lines[start - 1]):
        if not lines[start - 1].rstrip().endswith(";"):
            break
        start -= 1
    run = lines[start:end]
    if len(run) < 2:
        return page  # (one line: the body's own last item as likely as an addressee)
    return "\n".join([*lines[: at + 1], *run, *lines[at + 1 : start], *lines[end:]])
