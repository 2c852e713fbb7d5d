"""A block of the body (an item with its marker, or a paragraph of prose), and the paragraphs
with no marker that go on with the item above them rather than stand alone:

- "- Báo cáo 6 tháng: ... gửi Sở Tài chính trước ngày 05/7;" / "Sở Tài chính tổng hợp ..." /
  "- Báo cáo năm: ...": a line between two items of one list, after an item its ";" leaves
  open (``between_siblings``);
- "2. Chủ động phối hợp ... Thông tư số 78/2021/TT-BTC." / "Chuẩn bị và cung cấp nội dung ...;"
  / "3. Rà soát ...": in a list whose items each end with ";" (one sentence the list makes),
  an item that ends a sentence of its own goes on with the paragraphs under it, up to the
  next item or the list's end (``sentence_items``): a page that broke its lines at every
  full stop parted them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from directives.parser.page_width import word_fits


@dataclass
class Block:
    marker: str | None  # "roman", "num1", "letter", "dash", "article", "table", or None for prose
    text: str
    folded: str  # fold_keep(text), taken from the folded lines rather than folded again
    after_gap: bool = True  # a blank line (or the start) comes before it
    parts: list[str] = field(default_factory=list)  # wrapped lines, joined once at the end
    folded_parts: list[str] = field(default_factory=list)
    number: str = ""  # the marker's own number or letter ("3" of "(3)", "2.1" of "2.1.")
    quoted: bool = False  # it begins inside a quotation ("... quy định:" / "“1. ...")
    mark: str = ""  # the marker as written ("(1).", "-", "a)")
    taken: bool = False  # read as a part of the item above it ("+ Nhiệm vụ: ..." of a board)


def last_line(block: Block) -> str:
    """The block's last line as it stands, its spaces off the end."""
    return (block.parts or [block.text])[-1].rstrip()


def absorb(item: Block, block: Block) -> None:
    """``block``'s lines go on as more of ``item``'s."""
    item.parts += [block.text, *block.parts]
    item.folded_parts += [block.folded, *block.folded_parts]


# A line that is only an address or a number to write to: "lttung01@gdt.gov.vn.",
# "024.39.712.555 (số máy lẻ 4172, 4184)"
_ADDRESS = re.compile(
    r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?|https?://\S+|\(?\+?\d[\d. ()]{7,}\d\b[^:;]{0,60})$"
)


def under_label(blocks: list[Block]) -> list[Block]:
    """A line that is only an address or a phone number, right under a line that ends with
    the label's ":" ("Bản mềm gửi vào địa chỉ email:" / "a@b.vn"), goes on with that line."""
    out: list[Block] = []
    for block in blocks:
        before = out[-1] if out else None
        if (
            before is not None
            and block.marker is None
            and not block.after_gap
            and last_line(before).endswith(":")
            and _ADDRESS.match(block.text.strip())
        ):
            absorb(before, block)
            continue
        out.append(block)
    return out


# "Nhiệm vụ cụ thể:", "Cụ thể như sau:": a line that only announces the items under it
_TASKS_LABEL = re.compile(
    r"(?:cac )?(?:(?:nhiem vu|cong viec)(?: cu the)?|cu the)(?: (?:gom|bao gom|nhu sau))?\s*:"
)


def under_item_label(blocks: list[Block]) -> list[Block]:
    """ "1. Phòng A, Phòng B có vai trò ... ." / "Nhiệm vụ cụ thể:" / "a) ...": a line that
    only announces the items below an item, between them, goes on with that item, which is
    then the heading over those items (their doer named there)."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        before = out[-1] if out else None
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            block.marker is None
            and not block.parts
            and before is not None
            and before.marker not in (None, "article", "table")
            and after is not None
            and after.marker not in (None, "article", "table", before.marker)
            and _TASKS_LABEL.fullmatch(block.folded.strip().lower())
        ):
            absorb(before, block)
            continue
        out.append(block)
    return out


def between_siblings(blocks: list[Block]) -> list[Block]:
    """A line with no marker between two "-" or "+" items of one list, right after an item the
    ";" leaves open, goes on with that item."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        before = out[-1] if out else None
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        # (or, on a page that sets its items off by blank lines, one with none before it)
        set_off = before is not None and before.after_gap and (after is None or after.after_gap)
        sibling = after is not None and before and after.marker == before.marker
        sibling = sibling and after is not None and not after.after_gap
        if (
            block.marker is None
            and before is not None
            and before.marker in ("dash", "plus")
            and (sibling or set_off)
            and not block.after_gap
            and last_line(before).endswith(";")
            and not last_line(block).endswith(":")
        ):
            absorb(before, block)
            continue
        out.append(block)
    return out


def sentence_items(blocks: list[Block], full: int = 0) -> list[Block]:
    """In a numbered list of three items or more whose items but the last end with ";", counted
    with the paragraphs (no marker, no blank line before) under each, an item that ends with
    a full stop takes those paragraphs in; not on a page cut at the width ``full`` where the
    item's last line stops short of it, the next paragraph's first word fitting on it: the page
    broke the line there, a paragraph's end (a source that drops blank lines leaves that)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        run = _list_run(blocks, i)
        if run is None:
            out.append(blocks[i])
            i += 1
            continue
        end, items = run
        for start, stop in items:
            item = blocks[start]
            out.append(item)
            ends = last_line(item)
            if (
                stop - start > 1
                and ends.endswith(".")
                and not word_fits(ends, blocks[start + 1].text, full)
            ):
                for block in blocks[start + 1 : stop]:
                    absorb(item, block)
            else:
                out.extend(blocks[start + 1 : stop])
        i = end
    return out


# An item that only frames a case, one sentence and no clause of its own in it (no "thì", no
# request; nor a body and its verb after a comma: "Đối với X, Tổng cục Thuế chịu trách nhiệm
# ..."): "(a) Đối với trường hợp khách hàng nộp tiền vào NSNN tại các đơn vị KBNN."
_CASE_FRAME = re.compile(
    r"^doi voi (?!.*\b(?:thi|de nghi|yeu cau|giao(?! dich| thong| duc)|phai|can|co trach nhiem"
    r"|thuc hien)\b)[^.;:]+\.$"
)


def case_framed(folded: str, text: str | None = None) -> int:
    """Where the item's work starts after a first sentence that only frames its case ("Đối với
    trường hợp X. KBNN, NHTM thực hiện ..."), 0 if it opens with no such frame."""
    stop = folded.find(". ")
    if stop <= 0 or not _CASE_FRAME.match(folded[: stop + 1]):
        return 0
    return 0 if text is not None and _clause_after_comma(text[: stop + 1]) else stop + 2


def _clause_after_comma(text: str) -> bool:
    """A body and its verb after one of the case's commas: a main clause, no case alone."""
    from directives.parser.subjects import subject_acts

    return any(subject_acts(text[m.end() :]) for m in re.finditer(r",\s+", text))


def under_case(blocks: list[Block]) -> list[Block]:
    """ "(a) Đối với trường hợp X." / "KBNN, NHTM thực hiện ..." / "(Qua trao đổi ...)": the
    paragraphs under an item that only frames a case give its work, and go on with it up to
    the next item, a blank line or a label over a list of its own ("Lưu ý:")."""
    out: list[Block] = []
    framing: Block | None = None
    for block in blocks:
        if framing is not None and (_under(block) or _in_frame(framing, block)):
            if block.marker is not None:  # (an option listed keeps its dash in the text)
                block = replace(block, text=f"{block.mark} {block.text}")
                block.folded = f"{block.mark} {block.folded}"
            absorb(framing, block)
            continue
        framing = None
        if block.marker in ("letter", "num1", "num2") and not block.parts:
            folded = block.folded.strip()
            framed = bool(_CASE_FRAME.match(folded) or _CASE_OPENS.match(folded))
            framed = framed and not _clause_after_comma(block.text)
            framing = block if framed else None
        out.append(block)
    return out


# "(b) Đối với trường hợp người nộp thuế bằng phương thức thanh toán điện tử:": a case, its
# content below
_CASE_OPENS = re.compile(r"^(?:doi voi (?:truong hop )?|truong hop )[^.;:]+:$")
# "Theo điều 24 của thông tư quy định: Người nộp thuế có thể lựa chọn các hình thức sau đây
# ...:": a rule the letter cites, the options it lists below
_RULE_LISTS = re.compile(r"\bquy dinh\b.*\bsau day\b[^.;]*:$")


def case_opened(block: Block) -> bool:
    """An item that opens a case with its colon and holds its content ("(b) Đối với trường hợp
    X: Việc ... . Theo các quy định nêu trên, ... đề nghị ...")."""
    return bool(block.parts) and _CASE_OPENED.match(block.folded) is not None


_CASE_OPENED = re.compile(r"doi voi (?:truong hop )?[^.;:]+:\s")
_BODIES_FRAMED = re.compile(r"doi voi (?:cac|nhung) (?!truong hop)")


def _in_frame(framing: Block, block: Block) -> bool:
    """Under a case that opens with its colon, its content: the paragraphs that cite the rules,
    the options a cited rule lists ("- Giao dịch với ngân hàng ..."), and the request they
    ground, up to the next item of the list."""
    if not framing.folded.rstrip().endswith(":") or block.after_gap:
        return False
    if block.marker == "plus":
        # (the "+" points a case lists: "+ Tiêu chí ...: ..."; not the tasks listed under a
        # class of bodies, "Đối với các cơ sở sản xuất ...:" / "+ Rà soát ...": theirs)
        return _BODIES_FRAMED.match(framing.folded) is None
    if block.marker is None:
        return True
    last = framing.folded_parts[-1].rstrip() if framing.folded_parts else ""
    options = block.marker == "dash" and bool(framing.folded_parts)
    listed = bool(_RULE_LISTS.search(last)) or last.endswith("nhu sau:")
    return options and (listed or framing.parts[-1].startswith("- "))


def _list_run(blocks: list[Block], i: int) -> tuple[int, list[tuple[int, int]]] | None:
    """The list of numbered items opening at ``i`` and where it ends, each item as its span
    of blocks (the item, then its paragraphs), when its items read as one sentence; else
    None."""
    marker = blocks[i].marker
    if marker not in ("num1", "letter") or (i and blocks[i - 1].marker == marker):
        return None
    items: list[tuple[int, int]] = []
    k = i
    while k < len(blocks) and blocks[k].marker == marker:
        stop = k + 1
        while stop < len(blocks) and _under(blocks[stop]):
            stop += 1
        items.append((k, stop))
        k = stop
    ends = [last_line(blocks[stop - 1]) for _, stop in items]
    if len(items) < 3 or not all(e.endswith(";") for e in ends[:-1]):
        return None
    if not ends[-1].endswith((".", ";")):
        return None
    return k, items


def _under(block: Block) -> bool:
    """A paragraph that may go on with the item above it: no marker, no blank line before it,
    no label over a list of its own."""
    return block.marker is None and not block.after_gap and not last_line(block).endswith(":")
