"""A request to pass information on, set out topic by topic: "Ban X thông báo đến các đơn vị và
đề nghị Thủ trưởng ... phổ biến đến cán bộ ... Chương trình cho vay ... với nội dung như sau:"
over numbered topics ("1. Về đối tượng vay:" / "Cán bộ, công chức ..."), each a title and what
it says, asking no one. The topics are what is to be passed on, no tasks of their own: one
task, the request and its topics in its text, each topic with its number as written. The last
topic holds its first paragraph only, as every topic before it held one: a paragraph after it
is the letter's own prose again."""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.clean import fold_keep
from directives.parser.mentions import MentionFinder
from directives.parser.zones import IMPERATIVE, asks_a_unit

# the request's last words: "... (với) nội dung như sau:"
_SETS_OUT = re.compile(r"\bnoi dung (?:cu the )?nhu sau\s*:$")
# a topic's title: "Về đối tượng vay:", "Về thời hạn cho vay: Tối đa là 15 năm." (a title, then
# what it says on the same line)
_TOPIC = re.compile(r"^[^.;:,]{2,60}:(?:\s+\S.*)?$")
# (or asks those it names by their titles alone: "đề nghị Thủ trưởng, Chủ tịch công đoàn ...")
_ASKS = re.compile(r"\b(?:de nghi|yeu cau)\s+(?:thu truong|chu tich|giam doc)\b")
_FEWEST = 3  # topics for a list to be read so


def spread_topics(block: Block, following: list[Block], find: MentionFinder) -> Block | None:
    """The request ``block`` joined with the topics under it (``following``), those taken;
    None when it is no such request or a topic asks anything."""
    if block.marker is not None or not _SETS_OUT.search(block.folded.rstrip()):
        return None
    marker = following[0].marker if following else None
    if marker is None or not marker.startswith("num"):
        return None
    topics: list[list[Block]] = []
    for nxt in following:
        if nxt.marker == marker and _TOPIC.match(nxt.folded.strip()):
            topics.append([nxt])
        elif nxt.marker is None and topics and not nxt.text.rstrip().endswith(":"):
            topics[-1].append(nxt)
        else:
            break
    if len(topics) < _FEWEST or any(len(t) > 2 for t in topics[:-1]):
        return None
    last = topics[-1]
    topics[-1] = last[:2] if last[0].text.rstrip().endswith(":") else last[:1]
    parts = [b for topic in topics for b in topic]
    if any(IMPERATIVE.match(b.folded) or asks_a_unit(b, find) for b in parts):
        return None
    if not (asks_a_unit(block, find) or _ASKS.search(block.folded)):
        return None
    for b in parts:
        b.taken = True
    whole = " ".join([block.text.rstrip(), *(f"{b.mark} {b.text.strip()}".strip() for b in parts)])
    return Block(block.marker, whole, fold_keep(whole))
