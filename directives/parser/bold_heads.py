"""A numbered bold heading a converter broke into two bold paragraphs.

A PDF-to-Markdown converter may close the bold of a long item heading at a column's end and
open a new bold paragraph for the rest of the heading:

    **3. Đề nghị Ban A, Hội B**

    **Thành phố và các tổ chức thành viên**

The second paragraph carries no item marker and the first ends mid-sentence (on a word, no
".", ":" or ";"), so the two are one heading: the marks and the blank line between them go
(however many blank lines a source or a page break's dropped number leaves there), and one
bold span is left.
"""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL, SMALL

# The heading: a bold paragraph opening on an item number ("3.", "II.") whose text holds a
# small letter (an all-capital part title stands alone) and ends on a word; then a blank line
# (or several: a source's doubled blank lines, a page break's page number dropped) and a bold
# paragraph with no marker of its own that is bold to its end.
_BROKEN_HEAD = re.compile(
    rf"(?m)^(\*\*(?:\d{{1,2}}|[IVX]{{1,5}})[.)][ \t][^\n*]*?[{SMALL}][^\n*]*"
    r"(?:\n[^\n*]+)*?[^\W_])\*\*[ \t]*\n(?:[ \t]*\n)+"
    r"\*\*(?![-+•(\d]|[IVX]{1,5}[.)]|[a-zđ][.)])(?=[^*\n][^*]{0,300}?\*\*[ \t]*(?:\n|$))"
)


def join_broken_heads(text: str) -> str:
    """Each numbered bold heading broken over two bold paragraphs put back in one span."""
    if "**" not in text:
        return text
    return _BROKEN_HEAD.sub(lambda match: match.group(1) + "\n", text)


# A numbered bold heading that closes at its line's end on a word, with the paragraph under it
# on the very next line, opening in a capital (a page that leaves out the blank lines
# between paragraphs): "**3. Xây dựng các văn bản" / "quy định chi tiết**" / "Sở, ban, ngành ..."
# (not a topic's heading, "**2. Về thủ tục ...**": the paragraph under it goes with it)
_HEAD_ON_TEXT = re.compile(
    rf"(?m)^(\*\*(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}|[IVX]{{1,5}})[.)][ \t](?!Về\s)"
    rf"(?:(?!\n[ \t]*\n)[^*]){{0,400}}?[{SMALL}](?:(?!\n[ \t]*\n)[^*]){{0,400}}?[^\W_]\*\*)"
    rf"[ \t]*\n(?=[ \t]*[{CAPITAL}])"
)


def bold_heads(text: str) -> str:
    """The numbered bold headings as one span each (``join_broken_heads``), and each set off
    from the paragraph under it by a blank line, as a page with blank lines between its
    paragraphs sets it: the heading has no stop, so the paragraph must not run on from it."""
    if "**" not in text:
        return text
    return _HEAD_ON_TEXT.sub(lambda match: match.group(1) + "\n\n", join_broken_heads(text))
