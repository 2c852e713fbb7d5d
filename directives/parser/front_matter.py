"""A crawled page's front matter (a YAML block, the heading that repeats its title, the
record's identifier, a site's chrome over it) and how a text run is read (moved from shreds.py,
which grew past 400 lines)."""

from __future__ import annotations

import re

from directives.parser.clean import CHROME
from directives.parser.list_markers import MARKER_TAB

# "---" / "key: value" lines / "---" at the file's start
_FRONT = re.compile(r"\s*---[ \t]*\n((?:[\w-]+:[^\n]*\n)+)---[ \t]*\n")
_FIELD = re.compile(r"^[\w-]+:\s*\"?(?P<value>.*?)\"?\s*$")


def read_run(line: str) -> str:
    """A run (of a page as read: ``chars.read_page``) without its Markdown bold, a space after
    its marker."""
    line = MARKER_TAB.sub(r"\1 ", line) if "\t" in line else line
    return line.replace("**", "") if "**" in line else line


def without_front_matter(text: str) -> str:
    """The text (a page as read: ``chars.read_page``) after a YAML front matter block and the
    heading that repeats its title."""
    # (a site's chrome may stand over it: "Hệ thống pháp luật", "Trang chủ › Văn bản ...")
    lines = text.split("\n", _CHROME_LINES)
    chrome = [not line.strip() or CHROME.match(line) or " › " in line for line in lines]
    k = next((k for k, dropped in enumerate(chrome) if not dropped), 0)
    at = sum(len(line) + 1 for line in lines[:k])
    if text.startswith("---", at + len(lines[k]) - len(lines[k].lstrip())):
        text = text[at:]  # (the page as read: "so\_hieu: ..." a field's name, its "_" its own)
    front = _FRONT.match(text)
    if front is None:
        return text
    values = {
        m.group("value").strip()
        for line in front.group(1).splitlines()
        if (m := _FIELD.match(line)) is not None
    }
    rest = text[front.end() :]
    head = re.match(r"\s*(?:\*\*)?#\s+(?P<title>[^\n]+)\n", rest)
    if head is not None and read_run(head.group("title")).strip() in values:
        rest = rest[head.end() :]
    # ("VBDI_319032020164658": the record's identifier the page set over the letterhead)
    return _RECORD_ID.sub("", rest, count=1)


_CHROME_LINES = 8


_RECORD_ID = re.compile(r"^\s*(?:\*\*)?[A-Za-z]{2,8}_\d{8,}(?:\*\*)?\s*\n")
