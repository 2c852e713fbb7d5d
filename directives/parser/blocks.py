"""Segmentation: the body's lines cut into blocks, each an item with its list marker
("-", "1.", "a)", "I.", "Điều 1.", a table row) or a paragraph of prose, with the
lines wrapped from it joined back (``wrap`` tells which lines run on from the one above).
"""

from __future__ import annotations

import re

from directives.parser.article_labels import article_label
from directives.parser.blank_breaks import cut_by_blank, grounds_under_capitals
from directives.parser.bodies import STARTS_BODY, TITLES
from directives.parser.body_articles import body_article_over
from directives.parser.capital_heads import capitals_go_on
from directives.parser.case_lists import case_lists
from directives.parser.first_lines import (
    cut_first_line,
    cut_line_opens,
    cut_sentence_goes_on,
    ends_over_cut,
    field_over_value,
    first_lines_cut,
    full_line_ends,
)
from directives.parser.glued_items import glued_items
from directives.parser.how_done import how_done
from directives.parser.item_paragraphs import Block as Block
from directives.parser.item_paragraphs import (
    between_siblings,
    sentence_items,
    under_case,
    under_item_label,
    under_label,
)
from directives.parser.item_paragraphs import case_framed as case_framed
from directives.parser.item_paragraphs import case_opened as case_opened
from directives.parser.layer_points import between_points
from directives.parser.letters import CAPITAL
from directives.parser.line_joins import joined_lines, open_bracket
from directives.parser.page_marks import (
    foot_notes,
    footnote_opens,
    glued_page_numbers,
    page_number,
    pages_in_turn,
)
from directives.parser.page_width import item_ended, title_over_capital
from directives.parser.quotations import mark_quoted
from directives.parser.renewal import renewal_apart
from directives.parser.set_apart import set_apart
from directives.parser.shared_names import organ_list_goes_on
from directives.parser.sought_comments import comments_handed_apart, comments_sent_apart
from directives.parser.topic_titles import topic_then_sentence, work_title_then_body
from directives.parser.undotted import undotted_items
from directives.parser.wrap import (
    continues,
    full_width,
    hard_wrapped,
    hyphen_wrapped,
    long_title_ends,
    names_run_on,
    names_then_task,
    own_line,
    restates,
    shared_names_below,
    short_title,
    title_line,
    topic_line,
)

_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("roman", re.compile(r"^(?P<m>[IVX]{1,4})\s*[.)/]\s+")),
    ("capital", re.compile(r"^(?P<m>[A-H])\.\s+(?=\S)")),  # "A. Ban hành ...": a plan's part
    ("numparen", re.compile(r"^(?P<m>\d{1,2})\s*\)(?!\d)\s*(?=\S)")),  # "1)": a list of its own
    ("num", re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)](?!\d)\s*(?=\S)")),
    ("num", re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=\S)")),
    # "1/ Về việc ...", "2/Xác định ...": a number and a slash before a word (not "66/NQ-CP")
    ("num", re.compile(rf"^(?P<m>\d{{1,2}})/\s*(?=[{CAPITAL}][^\W\dA-ZĐ_])")),
    # "2 - Sở X có trách nhiệm.": a number and a spaced dash before a capital (not "2-3 ngày")
    ("num", re.compile(rf"^(?P<m>\d{{1,2}})\s+-\s+(?=[{CAPITAL}])")),
    ("letter", re.compile(r"^(?P<m>[a-zđ])\s*[).]\s+")),
    ("paren", re.compile(r"^\((?P<m>\d{1,2})\)\.?\s*(?=\S)")),  # "(1) Bộ Y tế ...", "(1). ..."
    ("parenroman", re.compile(r"^\((?P<m>[ivx]{1,4})\)\s*(?=\S)")),  # "(ii) Chủ đầu tư ..."
    ("letter", re.compile(r"^\((?P<m>[a-hk-uyđ])\)\s+(?=\S)")),  # "(a) Đối với ...": as "a)"
    # "Thứ nhất, các bộ ...", "Thứ hai, ...": points counted in words, one paragraph each
    ("ordinal", re.compile(r"^Thứ (?P<m>nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:.]\s+")),
    ("dash", re.compile(r"^-\s*(?=\S)")),
    ("plus", re.compile(r"^\+\s*(?=\S)")),
    ("star", re.compile(r"^\*\s+(?=\S)")),
)
_ORDINAL = re.compile(next(p for name, p in _MARKERS if name == "ordinal").pattern[1:])
# Any of the markers, behind a guard of the characters they start with: a line that opens
# with none (most prose) is passed over in one step (test_lookaheads checks the guard)
_ANY_MARKER = re.compile(
    r"(?=[A-IVX\d(a-zđT+*-])(?:"
    + "|".join(p.pattern.replace("(?P<m>", "(?:") for _, p in _MARKERS)
    + ")"
)
# (an article's title line whose label lost its dot, after a sentence's end)
_BARE_ARTICLE = re.compile(r"^Điều \d{1,3} (?-i:[A-ZĐ])[^.;:,()]{3,70}(?<![-–])$")
_TABLE_ROW = re.compile(r"^\|.*\|$")
_RULE = re.compile(r"^[-_=*.]{3,}$")
_TABLE_RULE = re.compile(r"^\|[\s:\-|]+\|$")
_NOTE = re.compile(r"^\[\^\d{1,3}\]:")  # a Markdown footnote


def soft_joined(lines: list[str], cased: list[str] | None = None) -> str:
    """The lines as one text, with a line wrapped mid-sentence joined to the one above by a
    space instead of a newline (the text keeps its length, so offsets stay valid); so is one
    a blank line the page put inside a sentence parts from it ("... của Ủy ban nhân dân thành"
    / "" / "phố Cần Thơ về việc ..."), as the letter's ``cased`` lines show (``lines`` may be
    their folded form)."""
    out: list[str] = []
    previous = ""
    seen = 0  # where ``previous`` stands
    wrapped = hard_wrapped(lines)
    shown = cased or lines
    turned = _turned_pages(shown)
    for k, line in enumerate(lines):
        bridged = k in turned or (not line and _inside_sentence(shown, k))
        line = " " * len(line) if k in turned else line  # (the page's number: no words)
        if out:
            # (whether the line runs on is asked only where it could join: after a line)
            runs_on = bool(previous) and bool(line) and continues(previous, line, wrapped)
            # (judged on the cased lines: folded, every line opens in lower case)
            cut = own_line(shown[seen], shown[k]) or item_ended(shown[seen], shown[k])
            runs_on = runs_on and not cut
            soft = bool(previous) and (bridged or runs_on)
            out.append(" " if soft and _marker(line, line.lower())[0] is None else "\n")
        out.append(line)
        previous, seen = (previous, seen) if bridged else (line, k)
    return "".join(out)


def _turned_pages(lines: list[str]) -> set[int]:
    """A page's number in turn (``pages_in_turn``) and the blank line under it, where the page
    broke a sentence ("... theo Quyết định số 1604/QĐ-CDC ngày 18/7/2024" / "6" / "của Cục Dân
    số ..."): the sentence goes on over them."""
    turned: set[int] = set()
    for k in pages_in_turn(lines):
        gap = [k, k + 1] if k + 1 < len(lines) and not lines[k + 1] else [k]
        above, below = lines[k - 1].rstrip() if k else "", lines[gap[-1] + 1 : gap[-1] + 2]
        goes_on = bool(below) and below[0][:1].islower() and _marker(below[0], below[0])[0] is None
        if above and not above.endswith((".", ";", ":", "!", "?")) and goes_on:
            turned.update(gap)
    return turned


def _inside_sentence(lines: list[str], k: int) -> bool:
    """The blank line at ``k`` stands between a line that ends no sentence and one that goes on
    with it in lower case, no item of its own."""
    if not 0 < k < len(lines) - 1 or not lines[k - 1] or not lines[k + 1]:
        return False
    above, below = lines[k - 1].rstrip(), lines[k + 1]
    return (
        below[0].isalpha()
        and below[0].islower()
        and not above.endswith((".", ";", ":", "!", "?", "*"))
        and _marker(below, below.lower())[0] is None
    )


def _page_breaks(lines: list[str]) -> tuple[set[int], set[int], set[int]]:
    """A page's number alone between blank lines where a long line of prose stops mid-sentence
    ("... trình Ủy ban nhân dân Thành phố tổ chức lại" / "13" / "Trung tâm ..."): the numbers'
    lines, the lines after them that go on with the sentence, and the numbers that part two.

    A PDF's text sets the number right under the page's last line ("... thực hiện nhiệm vụ" /
    "3" / "" / "được giao.", or no blank line at all): taken so only as a page's number in
    turn (after the last one taken, a few pages on at most), under a long line where the
    sentence goes on in lower case or a sentence's end, or between a title and its paragraph.
    """
    numbers: set[int] = set()
    breaks: set[int] = set()  # (numbers that part two paragraphs, as a blank line does)
    run_on: set[int] = set()
    page = 2
    for k in range(1, len(lines) - 1):
        number = page_number(lines[k])
        if number is None:
            continue
        tight = bool(lines[k - 1]) or bool(lines[k + 1])
        in_turn = page <= number <= page + 3
        if tight and not in_turn:
            continue
        above = next((j for j in range(k - 1, -1, -1) if lines[j]), None)
        below = next((j for j in range(k + 1, len(lines)) if lines[j]), None)
        if above is None or below is None:
            continue
        before, after = lines[above].rstrip(), lines[below]
        # (in lower case, or the year of a date the page cut: "... tháng 3 năm" / "2" / "2025")
        goes_on = (after[:1].islower() or after[:1].isdigit()) if tight else after[:1].isalpha()
        if (
            len(before) >= 60
            and before[-1:].isalpha()
            and before[-1:].islower()
            and goes_on
            and _marker(after, after.lower())[0] is None
        ):
            numbers.add(k)
            run_on.add(below)
            page = number + 1
        elif (
            in_turn
            and tight
            and title_over_capital(lines, k, before, after)
            and _marker(after, after.lower())[0] is None
        ):
            numbers.add(k)  # (the page broke between a title and its paragraph: one opens)
            breaks.add(k)
            page = number + 1
        elif in_turn and (notes := foot_notes(lines, k)) is not None:
            numbers.update(range(notes, k + 1))  # (the page's footnotes go with its number)
            page = number + 1
        elif (
            (tight or in_turn) and before.endswith((".", ";")) and not footnote_opens(lines, above)
        ):
            numbers.add(k)  # (under a sentence's end, not a footnote's, or between blank lines)
            page = number + 1
            clause = before.endswith(";") and after[:1].islower()
            if clause and _marker(after, after.lower())[0] is None:
                run_on.add(below)  # (a clause after ";" goes on in lower case: the item goes on)
    return numbers, run_on, breaks


def split_blocks(lines: list[str], folded: list[str], wrapped: bool | None = None) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    previous = ""
    gap = True
    wrapped = hard_wrapped(lines) if wrapped is None else wrapped  # (or the whole body's)
    full = full_width(lines) if wrapped else 0
    # no blank line sets paragraphs off, or a few where more set off a title that ends on a
    # word ("3. Sở Tài chính" / "" / "Chủ trì ..."): a converter sets headings apart
    blanks = [k for k, line in enumerate(lines) if not line]
    titled = sum(1 for k in blanks if _titled(lines, k))
    gap_free = len(blanks) < 3 or len(blanks) - titled < min(3, titled)
    # (a web page's text: each paragraph's first line short)
    cut = first_lines_cut(lines, full, gap_free)
    if glued := glued_page_numbers(lines):  # ("... tại khoản" / "1. 5": the page's number)
        lines = [line[: glued[k]] if k in glued else line for k, line in enumerate(lines)]
        folded = [line[: glued[k]] if k in glued else line for k, line in enumerate(folded)]
    numbers, run_on, breaks = _page_breaks(lines)
    run_on |= cut_by_blank(lines, _marker)  # ("... xử lý phản" / "" / "ánh kiến nghị ...")
    for k, (line, fline) in enumerate(zip(lines, folded, strict=True)):
        if k in numbers:
            current, gap = (None, True) if k in breaks else (current, gap)
            continue
        if k in run_on and blocks:  # (the sentence the page's number cut goes on)
            current = blocks[-1]
            current.parts.append(line)
            current.folded_parts.append(fline)
            previous, gap = line, False
            continue
        if not line or _RULE.match(line) or _NOTE.match(line):
            # "-----" under a title: a rule, not an item; "[^1]: ...": a footnote
            current = None
            gap = True
            continue
        if _TABLE_ROW.match(line):
            current = None
            if not _TABLE_RULE.match(line):
                blocks.append(Block("table", line, fline))
            continue
        marker, start = _marker(line, fline)
        if marker is None and _BARE_ARTICLE.match(line) and previous[-1:] in ("", ".", ":"):
            marker = "article"  # "Điều 5 Điều khoản thi hành": its title, the dot left out
        if marker == "dash" and wrapped and hyphen_wrapped(current, previous, line[start:], full):
            marker, start = None, 0  # "... tuyến cao tốc Ninh Bình" / "- Hải Phòng, đoạn qua ..."
        if current is not None and open_bracket(previous) and (marker or previous[-1:] == ":"):
            # "... (chức năng 8. 9." / "1.16 )/Báo cáo ...": a bracket still open runs on (so
            # with a colon in it: "... và QN3 (X:" / "1674476; Y: 263664) ...")
            current.parts.append(line)
            current.folded_parts.append(fline)
            previous = line
            gap = False
            continue
        fresh = cut and current is not None and cut_line_opens(current, previous, lines, k, full)
        if (
            marker is None
            and current is not None
            and (
                (cut and not fresh and cut_first_line(current, previous, full, gap_free))
                or field_over_value(current, line)
            )
        ) or (
            marker is None
            and current is not None
            and not names_then_task(current, previous, line)
            and not fresh
            and not topic_line(current, previous, line, full)
            and not topic_then_sentence(previous, line)  # ("a) Về ..." / "Để tránh ...")
            # ("a) Đối chiếu, quyết toán ..." / "Cục Thuế chủ trì ...", no page width's wrap)
            and not (not wrapped and work_title_then_body(previous, line))
            and not (not current.parts and title_line(current, previous, line, full))
            and not body_article_over(current, line)  # ("Điều 5. Sở X" / "Chủ trì, ...")
            and not (gap_free and grounds_under_capitals(previous, line))
            and not short_title(current, previous, line, full)
            and not ends_over_cut(current, previous, line, full)
            and not long_title_ends(current, previous, line, full)
            # (a page of one paragraph a line: "(3) Thực hiện X" / "Thực hiện X theo ...")
            and not (current.marker and not wrapped and restates(current.text, line))
            and (
                names_run_on(current, previous, line)
                or shared_names_below(current, previous, line)
                # ("... các Bộ: X;" / "Y;" / "Z xây dựng ...": the list's entries go on)
                or (wrapped and organ_list_goes_on(" ".join([current.text, *current.parts]), line))
                or continues(previous, line, wrapped)
                or capitals_go_on(current, previous, line)
                # a full line ending a sentence on a page whose paragraphs are set off by blank
                # lines: the paragraph goes on ("... bí mật nhà nước." / "Nghiên cứu, ...")
                or (full_line_ends(previous, full) and not gap_free)
                or (cut and gap_free and cut_sentence_goes_on(previous, line, full))
                # (or a full line of prose ending on a ";" of its list: "... Công an tỉnh; Đài" /
                # "Khí tượng ... của tỉnh;" / "Hiệp hội Doanh nghiệp tỉnh; ... tổ chức ...")
                or (
                    full_line_ends(previous, full, ";")
                    and (not current.marker or _list_goes_on(current, line))
                )
            )
        ):
            current.parts.append(line)
            current.folded_parts.append(fline)
        else:
            current = Block(marker, line[start:], fline[start:], after_gap=gap)
            current.number = _number(line) if marker else ""
            current.mark = line[:start].strip() if marker else ""
            blocks.append(current)
        previous = line
        gap = False
    blocks = between_siblings(under_item_label(under_label(blocks)))
    blocks = under_case(sentence_items(between_points(blocks), full))
    blocks = case_lists(how_done(blocks))  # (the paragraphs that go on with the task above)
    for block in blocks:
        if block.parts:
            block.text = joined_lines([block.text, *block.parts])
            block.folded = joined_lines([block.folded, *block.folded_parts])
    blocks = set_apart(undotted_items(glued_items(blocks)))  # ("... . Riêng X ...:" over)
    blocks = renewal_apart(blocks)  # ("Điều 4. Giấy phép này có hiệu lực .... Chậm nhất ...")
    blocks = comments_sent_apart(blocks)  # ("Đề nghị ... cho ý kiến. Ý kiến gửi về ...")
    blocks = comments_handed_apart(blocks)  # ("..., X xin gửi dự thảo để các đơn vị góp ý.")
    _lost_numbers(blocks)
    mark_quoted(blocks)
    return blocks


def _titled(lines: list[str], k: int) -> bool:
    """The blank line at ``k`` stands under a numbered item's title: its last line ends on a
    word, no stop, and it opens on a list marker at most three lines up."""
    if k == 0 or not lines[k - 1].rstrip()[-1:].isalnum():
        return False
    for line in reversed(lines[max(0, k - 3) : k]):
        if not line:
            return False
        if _marker(line, line.lower())[0] is not None:
            return True
    return False


def _list_goes_on(current: Block, line: str) -> bool:
    """An item's prose, run over lines, lists its entries after a colon ("..., gồm: Quy chế
    ...; Phương án ...;" / "Phương án chống ..."): a ";" at the page's width leaves the list
    open, unless the line opens a subject of its own, a body or a head's title."""
    listed = ":" in " ".join([current.text, *current.parts])
    listed = listed or current.marker in ("dash", "plus")
    return listed and not STARTS_BODY.match(line) and not TITLES.match(line)


def _number(line: str) -> str:
    found = next((m for _, p in _MARKERS if (m := p.match(line)) and "m" in p.groupindex), None)
    return found.group("m") if found else ""


def _lost_numbers(blocks: list[Block]) -> None:
    """ "(4) ..." / a paragraph / "(6) ...": the paragraph where the numbering skips one is
    the item whose number the page lost."""
    for i in range(1, len(blocks) - 1):
        before, block, after = blocks[i - 1], blocks[i], blocks[i + 1]
        if block.marker is not None or before.marker != after.marker or before.marker is None:
            continue
        numbered = before.number.isdigit() and after.number.isdigit()
        if numbered and int(after.number) == int(before.number) + 2:
            block.marker = before.marker
            block.number = str(int(before.number) + 1)


def _marker(line: str, folded: str) -> tuple[str | None, int]:
    """The list marker a line opens with and where its text starts."""
    if article_label(folded):
        return "article", 0
    if not _ANY_MARKER.match(line):
        return None, 0
    for name, pattern in _MARKERS:
        m = pattern.match(line)
        if m:
            if name == "num":
                name = f"num{m.group('m').count('.') + 1}"
            # "+ Thứ nhất: ...": a point counted in words after the dash, marked twice
            counted = _ORDINAL.match(line, m.end()) if name in ("dash", "plus") else None
            return name, counted.end() if counted else m.end()
    return None, 0
