"""A plan's task table flattened into labelled lines, one task record after another:

    a) Nhiệm vụ: Tham mưu ... (or "Nội dung thực hiện: ...", or the bullets under it)
    b) Cơ quan thực hiện:
       - Đơn vị chủ trì: Sở Khoa học và Công nghệ.
       - Đơn vị phối hợp: Các Sở, ban, ngành.
    c) Thời gian thực hiện: Hoàn thành trong năm 2025.

The task label opens a record (its own text, or the items under it, are the tasks);
the labels after it fill the record's lead, coordinating units and deadline in. A
record whose tasks are the heading above it ("1. Tổ chức kiểm tra ..." then "- Cơ quan
chủ trì: ...") takes the heading's text as its task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from directives.parser.blocks import Block
from directives.parser.bodies import VERBS, has_verb, heading_bodies
from directives.parser.clean import fold_keep, squash
from directives.parser.doer_lines import doer_line
from directives.parser.mentions import MentionFinder
from directives.parser.name_words import leading_name
from directives.parser.subjects import subject_acts, subject_bodies
from directives.parser.table_units import field_bodies
from directives.parser.units import assign_units
from directives.parser.zones import Context

_LABEL = re.compile(
    # "*Đơn vị chủ trì tham mưu thực hiện: *Sở Tư pháp": the label set in italics
    # ("*- Đơn vị chủ trì: *": a dash inside the italics)
    r"^\*?\s*(?:[-+]\s*)?"
    # ("Tên nhiệm vụ: Xây dựng Đề án ...": a resolution's record of a task it adds)
    r"(?P<label>noi dung(?: thuc hien| cong viec| hoat dong)?|(?:ten )?nhiem vu|cong viec|"
    r"(?:co quan|don vi)(?: (?:chu tri|thuc hien|phoi hop|tham muu))*|chu tri|phoi hop|"
    # ("Bộ phận tham mưu: bộ phận Tư pháp - Hộ tịch": a ward's section doing the work)
    r"bo phan(?: (?:chu tri|thuc hien|phoi hop|tham muu))+|"
    # "Thời hạn ban hành: trước ngày ...", "Thời hạn trình: ...": a draft's due date
    r"thoi gian(?: thuc hien| hoan thanh| ban hanh| trinh)?|"
    r"thoi han(?: hoan thanh| ban hanh| trinh)?|tien do|"
    r"san pham(?: du kien)?|ket qua(?: du kien| thuc hien)?)\s*:\s*\*?\s*"
)
# The unit a table's figures are counted in: "Triệu đồng", "tỷ đồng", "người", "ha", "%"
_MEASURE = re.compile(
    r"(?:(?:nghin|trieu|ty)\s+)?(?:dong|usd)\b|(?:nguoi|ha|km|tan|m2|m3|%)(?:\W|$)"
)
# how many blocks under an item are looked through for a record naming its doer
_SUBTREE = 12
TASK, LEAD, DOER, COORD, TIME, OTHER = "task", "lead", "doer", "coord", "time", "other"


def label_of(folded: str) -> tuple[str, int] | None:
    """The kind of a labelled line and where its value starts, or None."""
    m = _LABEL.match(folded)
    if m is None:
        return None
    label = m.group("label")
    if label == "don vi" and _MEASURE.match(folded, m.end()):
        return None  # "Đơn vị: Triệu đồng" over a table of sums: the unit they are counted in
    if label.startswith(("noi dung", "nhiem vu", "cong viec", "ten nhiem vu")):
        kind = TASK
    elif "phoi hop" in label:
        kind = COORD
    elif "chu tri" in label:
        kind = LEAD
    elif label.startswith(("co quan", "don vi", "bo phan")):
        kind = DOER
    elif label.startswith(("thoi", "tien do")):
        kind = TIME
    else:
        kind = OTHER
    return kind, m.end()


@dataclass
class Record:
    """The task record being read: its actions (indices) and what its labels said."""

    tasks: list[int] = field(default_factory=list)
    collecting: bool = False  # a task label without text: the items under it are the tasks
    filled: bool = False  # a lead, coordination or time label was read
    led: bool = False  # a lead's label ("Cơ quan chủ trì: ...") named the record's lead


def names_doer(kind: str, parent: Context | None) -> bool:
    """A title's record makes it a task: outside a plan's aims, or inside a section only a bare
    heading put there ("II. NỘI DUNG") when the record names who carries the title out."""
    return not (parent and parent.aims) or kind in (LEAD, DOER)


def value(text: str, folded: str, at: int) -> tuple[str, str]:
    rest = text[at:].strip()
    return squash(rest).rstrip(" .;"), fold_keep(squash(rest).rstrip(" .;"))


def cell_bodies(text: str, find: MentionFinder, lead: bool = True) -> list[str]:
    """The bodies a lead or partner label names, lead first: a sentence ("Sở X chủ trì, phối
    hợp với ...") read as one, a list ("Sở Tư pháp, Sở Nội vụ") read as a table's cell."""
    # ("Các bộ phận, ngành có liên quan trong thực hiện các tiêu chí ...": the related ones,
    # whatever work they relate to, no body named)
    text = _RELATED_IN_WORK.sub("", text)
    if has_verb(text) and not _plural_entries_only(text):
        clauses = text.split("; ")
        partners = "phối hợp" in clauses[0].lower()
        later = [
            subject_bodies(c) for c in clauses[1:] if lead and not partners and subject_acts(c)
        ]
        # "X chủ trì, phối hợp với A; B; C" in a cell: the ";" only lists the partners (but "Bộ
        # X tiến hành rà soát ...; các bộ, Ủy ban nhân dân các tỉnh rà soát ...": each clause's
        # subject a doer, jointly)
        text = clauses[0] if later else text.replace("; ", ", ")
        units = assign_units(text, find, None, fold_keep(text))
        if units.lead is not None:
            joint = [name for names in later for name in names]
            return list(dict.fromkeys([units.lead, *units.coordinating, *joint]))
        # ("Vụ Pháp chế hướng dẫn triển khai theo kế hoạch của Bộ Tài chính": the sentence's
        # own subject, one the directory does not know, before a body it names later)
        named = subject_bodies(text)[:1] or list(dict.fromkeys(m.name for m in find(text)))
        return named or _before_verb(text)
    return list(dict.fromkeys(field_bodies(text, find, lead)))


# "... có liên quan trong (việc) thực hiện X": what the related ones relate to
_RELATED_IN_WORK = re.compile(
    r"(?<=\bcó liên quan)\s+trong\s+(?:việc\s+)?(?:thực hiện|triển khai)\b.*$", re.I | re.S
)


# a list's entries: "Vụ X, Cục Y và các đơn vị khác có liên quan"
_ENTRY = re.compile(r"[^,;]+?(?=\s+và\s+các\s|[,;]|$)")


def _plural_entries_only(text: str) -> bool:
    """ "Các đơn vị xây dựng pháp luật, Vụ Phổ biến, giáo dục pháp luật, Cục Quản lý ... và
    theo dõi thi hành pháp luật": a list whose every verb lies in an entry naming a kind of
    body in the plural ("xây dựng" the kind's work) or in a body's name, so the field lists
    bodies and says no sentence."""
    entries = [e for e in _ENTRY.finditer(text.rstrip(" .")) if e.group().strip()]
    if len(entries) < 2:
        return False
    for verb in VERBS.finditer(text):
        entry = next((e for e in entries if e.start() <= verb.start() < e.end()), None)
        said = re.sub(r"^\s*(?:và\s+)?", "", entry.group()) if entry else ""
        at = verb.end() - (entry.end() - len(said)) if entry else 0
        if not (said[:4].lower() == "các " or _named_in(said, at)):
            return False
    return True


def _named_in(said: str, at: int) -> bool:
    """The verb ending at ``at`` lies in the body's name the entry ``said`` writes: in its
    leading words ("Cục Kiểm tra văn bản ..."), or after a "và" in a name that reads whole as
    one body's ("Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật")."""
    if 0 < at <= len(" ".join(leading_name(said.split()))):
        return True
    return " và " in said[:at] and heading_bodies(said.strip()) == [said.strip()]


# "Các bệnh viện trong và ngoài công lập trực thuộc chủ động đề xuất ...": a plural of bodies,
# qualified in small letters, then how it acts (or its verb)
_MANNER = re.compile(r"\s(?:chủ động|tích cực|khẩn trương|có trách nhiệm)\s")


def _before_verb(text: str) -> list[str]:
    """The plural of bodies a doer's sentence opens with, up to its manner or verb; none if
    not so (a name of at most twelve words, no clause mark in it)."""
    ends = [m.start() for m in (_MANNER.search(text), VERBS.search(text)) if m is not None]
    name = text[: min(ends)].strip() if ends else ""
    plain = not any(mark in name for mark in ",;:.()") and len(name.split()) <= 12
    return [name] if name.startswith("Các ") and len(name.split()) > 1 and plain else []


def titles_records(blocks: list[Block], i: int, ranks: dict[str, int]) -> bool:
    """ "5. Nghiên cứu giải pháp thu hút nhân lực." over "- Nghiên cứu tham mưu ..." and its
    "Đơn vị chủ trì: ..." record: a title over items that are tasks with records of their own."""
    block = blocks[i]
    if block.marker in (None, "article", "table") or i + 1 >= len(blocks):
        return False
    nxt, after = blocks[i + 1], blocks[min(i + 2, len(blocks) - 1)]
    deeper = ranks.get(nxt.marker or "", 0) > ranks.get(block.marker, 0)
    # "1.1. ...", "1.2. ..." then one record: the last item shares it with its siblings
    shared = i > 0 and blocks[i - 1].marker == block.marker
    if deeper and not shared and (label_of(nxt.folded) or ("", 0))[0] in (LEAD, DOER):
        # "3. Biên soạn tài liệu ...; tài liệu hướng dẫn ..." over "- Cơ quan thực hiện: ...":
        # the item is the title its record fills, whatever its clauses
        return True
    if deeper and label_of(nxt.folded) is None and label_of(after.folded) is not None:
        return True
    # "1. Tăng cường ...; sự quản lý ..." over "1.1. ...", "1.2. ..." and the doer their shared
    # record names: the item is the title of the items its records fill
    return deeper and not shared and _records_under(blocks, i, ranks)


def _records_under(blocks: list[Block], i: int, ranks: dict[str, int]) -> bool:
    rank = ranks.get(blocks[i].marker or "", 0)
    for block in blocks[i + 1 : i + 1 + _SUBTREE]:
        if block.marker not in (None, "article", "table") and ranks.get(block.marker, 0) <= rank:
            return False
        if (label_of(block.folded) or ("", 0))[0] in (LEAD, DOER):
            return True
    return False


# the bullets that can list a label's bodies under it ("- Các Vụ/đơn vị ...;")
_LISTING = ("dash", "plus")


def valued_labels(blocks: list[Block]) -> list[Block]:
    """A label whose value sits under it, one block: the line under it ("- Đơn vị thực hiện:"
    / "Vụ Pháp chế"; "- Thời gian thực hiện:" / "Quý I năm 2024."), or the bullets listing the
    bodies it names ("1.4. Đơn vị thực hiện:" / "- Các Vụ/đơn vị ...;" / "- Cục Thuế ...").
    A task label keeps the items under it: they are its tasks (``Record.collecting``)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        labelled = label_of(block.folded)
        i += 1
        if labelled is None or labelled[0] == TASK or block.folded[labelled[1] :].strip():
            out.append(block)
            continue
        values = _value_blocks(blocks, i, labelled[0])
        i += len(values)
        out.append(
            replace(
                block,
                text=" ".join([block.text.rstrip(), *(v.text.strip() for v in values)]),
                folded=" ".join([block.folded.rstrip(), *(v.folded.strip() for v in values)]),
            )
        )
    return out


def _value_blocks(blocks: list[Block], at: int, kind: str) -> list[Block]:
    """The blocks from ``at`` on that are the value of the empty label of ``kind`` before
    them."""
    first = blocks[at] if at < len(blocks) else None
    if first is None or first.quoted or label_of(first.folded) is not None:
        return []
    if first.marker is None:
        return [] if first.text.rstrip().endswith(":") else [first]
    if first.marker not in _LISTING or kind not in (LEAD, DOER, COORD):
        return []
    if kind in (LEAD, DOER) and doer_line(first.text):
        return [first]  # "- Cơ quan thực hiện:" / "+ Sở X chủ trì, phối hợp với ...": who does it
    names: list[Block] = []
    for block in blocks[at:]:
        if block.marker != first.marker or has_verb(block.text) or len(block.text) > 120:
            break
        if block.text.rstrip().endswith(":"):
            return []  # ("- Hội nghị 1: Gồm các tỉnh:": an intro, no body's name)
        names.append(block)
    # (every bullet a bare name, to the list's end: bullets with a verb are tasks of their own)
    ends = at + len(names) >= len(blocks) or blocks[at + len(names)].marker != first.marker
    return names if ends else []
