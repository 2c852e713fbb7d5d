"""A crawled page's front matter (a YAML block, the heading that repeats its title, the
record's identifier, a site's chrome over it) and how a text run is read (moved from shreds.py,
which grew past 400 lines)."""

from __future__ import annotations

import re

from directives.parser.clean import CHROME, read_chars
from directives.parser.list_markers import MARKER_TAB
from directives.parser.source_marks import ITEM_DASHES

# "---" / "key: value" lines / "---" at the file's start
_FRONT = re.compile(r"\s*---[ \t]*\n((?:[\w-]+:[^\n]*\n)+)---[ \t]*\n")
_FIELD = re.compile(r"^[\w-]+:\s*\"?(?P<value>.*?)\"?\s*$")


# an item's dash or bullet opening a run (a marker: never a field's own dash)
_ITEM_MARK = re.compile(f"^(\\s*)[{ITEM_DASHES[1:]}](?=\\s|$)")


def read_run(line: str) -> str:
    """A run without its Markdown bold, its item's dash as a hyphen, a space after its marker."""
    line = MARKER_TAB.sub(r"\1 ", line) if "\t" in line else line
    return _ITEM_MARK.sub(r"\1-", line.replace("**", "") if "**" in line else line)


def without_front_matter(text: str) -> str:
    """The text after a YAML front matter block and the heading that repeats its title."""
    # (a site's chrome may stand over it: "Hệ thống pháp luật", "Trang chủ › Văn bản ...")
    lines = text.split("\n", _CHROME_LINES)
    chrome = [not line.strip() or CHROME.match(line) or " › " in line for line in lines]
    k = next((k for k, dropped in enumerate(chrome) if not dropped), 0)
    at = sum(len(line) + 1 for line in lines[:k])
    if text.startswith("---", at + len(lines[k]) - len(lines[k].lstrip())):
        text = read_chars(text[at:])  # ("so\_hieu: ...": a field's name escaped, its "_" its own)
    front = _FRONT.match(text)
    if front is None:
        return text
    values = {
        read_chars(m.group("value")).strip()
        for line in front.group(1).splitlines()
        if (m := _FIELD.match(line)) is not None
    }
    rest = text[front.end() :]
    head = re.match(r"\s*(?:\*\*)?#\s+(?P<title>[^\n]+)\n", rest)
    if head is not None and read_run(read_chars(head.group("title"))).strip() in values:
        rest = rest[head.end() :]
    # ("VBDI_319032020164658": the record's identifier the page set over the letterhead)
    return _RECORD_ID.sub("", rest, count=1)


_CHROME_LINES = 8


_RECORD_ID = re.compile(r"^\s*(?:\*\*)?[A-Za-z]{2,8}_\d{8,}(?:\*\*)?\s*\n")
