"""Which blocks are headings: a block ending in ":", a roman-numbered title, a line in
capitals, an article over its members or powers, a numbered title over its own items or its
paragraph, or a body's name over what it is to do; not a clause that names who acts or a
title over its own record ("- Cơ quan thực hiện: ...")."""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.bodies import has_verb, heading_bodies, others_named
from directives.parser.clean import is_upper_line
from directives.parser.mentions import MentionFinder
from directives.parser.statute import duties_title, scope_article, titled_list
from directives.parser.subjects import subject_acts
from directives.parser.unit_names import only_a_unit
from directives.parser.zones import IMPERATIVE

# An item that is a field of its task's record: "- Cơ quan thực hiện: Sở Y tế."
_LABELLED = re.compile(r"^[^\W\d][^:.;]{2,40}:\s*\S")
# Who a body set up consists of ("Kiện toàn Ban Chỉ đạo ..., gồm các thành viên sau đây:"),
# and the powers a decision gives it ("Điều 3. Quyền hạn của Ban Chỉ đạo"): no tasks
MEMBERS = re.compile(
    r"(?:\b(?:gom|bao gom) (?:cac )?thanh vien\b[^:]{0,40}|^(?:dieu \d+\.\s*)?quyen han"
    r"(?: cua [^:.;]{0,80})?|^(?:dieu \d+\.\s*)?uy quyen\b[^:]*:"  # the powers it delegates
    # "Giao các sở quản lý ... theo ngành, lĩnh vực gồm:" over the bodies, each its own item
    r"|\bcac (?:so|bo|co quan|don vi)\b[^:]{0,80}\b(?:gom|bao gom)\s*:)\s*:?\s*$"
)

# "- Điều 2: Nội dung ... là chưa đầy đủ, đề nghị bổ sung." right before the next draft's
# "* Đối với dự thảo Quy định:": an item whose clause asks, no title over what follows
_ASKS = re.compile(r"[,;:]\s+(?:(?:do do|do vay|vi vay|vi the),?\s+)?de nghi\s")


def is_heading(block: Block, nxt: Block | None, ranks: dict[str, int], find: MentionFinder) -> bool:
    """Whether ``block`` (``nxt`` after it) is a heading over what follows, not an item."""
    text = block.text.rstrip()
    # "a) Hướng dẫn ... thuộc thẩm quyền:" right before "b) ...": nothing under it, a task
    sibling = nxt is not None and block.marker not in (None, "table") and nxt.marker == block.marker
    if (text.endswith(":") and not sibling) or block.marker == "roman":
        return True
    if block.marker == "article" and (MEMBERS.search(block.folded) or titled_list(block)):
        return True  # "Điều 3. Quyền hạn của Ban Chỉ đạo" over its numbered powers, no colon
    if block.marker not in (None, "article") and (only_a_unit(text, find) or scope_article(block)):
        return True  # (or "2. Đối tượng áp dụng." over those it concerns, a stop for a colon)
    if (
        block.marker not in (None, "article")
        and nxt is not None
        and nxt.marker is None
        # "2.2. Trách nhiệm cụ thể" over "Ngoài ..., các đơn vị còn có ... sau:", gap or none
        and (not nxt.after_gap or nxt.text.rstrip().endswith(":"))
        and len(text) <= 120
        and not text.endswith((".", ";"))
    ):
        return True  # "1. Đánh giá chung" with its paragraph right under it
    if _titles_body_task(block, text, nxt, find) or _topic_over_task(block, text, nxt):
        return True  # "(4) Thực hiện quản lý thuế ... ." over "Cục Thuế có trách nhiệm ..."
    clauses = ";" in text and has_verb(text)  # "1. Sở X theo dõi ...; tham mưu ...": a task
    if (
        block.marker not in (None, "article", "table")
        and nxt is not None
        and nxt.marker not in (None, "article", "table", block.marker)
        and len(text) <= 120
        and not clauses
        and not text.endswith((".", ";"))
        and not (block.marker.startswith("num") and (nxt.marker or "").startswith("num"))
    ):
        return True  # "4.1. Kinh phí thực hiện" over "a) ...": a heading over its own items
    if (
        block.marker not in (None, "article", "table")
        and nxt is not None
        and nxt.marker not in (None, "article", "table", block.marker)
        and (not text.endswith((".", ";")) or others_named(text))
        and heading_bodies(text)
    ):
        return True  # "1. Giao người đứng đầu các cơ quan ...; Chủ tịch UBND các xã" over items
    if (
        block.marker not in (None, "article", "table")
        and nxt is not None
        and nxt.marker is None
        # (or "3. Trách nhiệm của Chủ đầu tư, Ban quản trị." with a stop)
        and (not text.endswith((".", ";")) or duties_title(block.folded))
        and heading_bodies(text)
    ):
        return True  # "7. Các sở, ban, ngành tỉnh" over its paragraph, a blank line between
    if is_upper_line(text) and len(text) < 150:
        return True
    if block.marker is None or block.marker == "article" or text.endswith(";"):
        return False
    nxt_text = nxt.text if nxt is not None else ""
    deeper = (
        nxt is not None
        and nxt.marker not in (None, "article", "table")
        and ranks.get(nxt.marker, 0) > ranks.get(block.marker, 0)
    )
    # "4. Tăng cường năng lực ... hiệu quả, cân đối." over its dashes: a title with a full
    # stop, unless it says more than one sentence or names who acts
    if text.endswith(".") and (
        ". " in text[:-1] or subject_acts(text) or find(text) or _LABELLED.match(nxt_text)
    ):
        return False  # (nor one over its own record: "- Cơ quan thực hiện: ...")
    return len(text) <= 320 and deeper and not clauses and not _ASKS.search(block.folded)


def _titles_body_task(block: Block, text: str, nxt: Block | None, find: MentionFinder) -> bool:
    """A numbered one-sentence title with a full stop that names a piece of work ("(4) Thực
    hiện quản lý thuế trên cơ sở dữ liệu.") right over a paragraph whose subject is a body
    given that work ("Cục Thuế có trách nhiệm ..."): the title names the work, the paragraph
    under it is the task (a bullet, "- Bảo đảm ... ." over the letter's closing, is an item)."""
    return (
        block.marker not in (None, "article", "table", "dash", "plus", "star")
        and IMPERATIVE.match(block.folded) is not None
        and nxt is not None
        and nxt.marker is None
        and not nxt.after_gap
        and len(text) <= 120
        and text.endswith(".")
        and ". " not in text
        and not subject_acts(text)
        and not find(text)
        and subject_acts(nxt.text.split(". ", 1)[0])
    )


def _topic_over_task(block: Block, text: str, nxt: Block | None) -> bool:
    """A numbered one-sentence topic line ("4. Về thời gian thực hiện song song 2 quy trình
    (...) tại Chi cục X.") right over a paragraph whose subject is a body given work ("Trong
    thời gian chờ ..., Cục Hải quan Y hướng dẫn ..."): the topic gives no work and stays out
    (README: a topic line that gives no work), the paragraph under it is the task."""
    return (
        block.marker not in (None, "article", "table")
        and block.folded.startswith("ve ")
        and nxt is not None
        and nxt.marker is None
        and ". " not in text.rstrip(".")
        and not any(mark in text for mark in ":;")
        and _LEAD_VERB.search(block.folded) is None
        and subject_acts(nxt.text)
    )


_LEAD_VERB = re.compile(r"\b(?:de nghi|yeu cau|giao)\b")
