"""The directive parser: a letter's bytes or text in, one ``ParsedDirective`` out.

    parse_file(path, org, calendar)
    parse_bytes(data, filename, org, calendar)
    parse_text(text, org, calendar)
    validate_for_ingest(record)
    resolve_from_receipt(record, received_on, calendar)

The ``parse_*`` functions raise only ``DocumentRejected`` (input that cannot be
read at all: empty, binary, too big, an image-only PDF, an unreadable legacy
encoding). A readable document with missing parts comes back as a record whose
``warnings`` say what is missing; ``validate_for_ingest`` then refuses a record
that cannot become a tracked directive (no number, no actions), and
``resolve_from_receipt`` counts "kể từ ngày nhận" periods from the real day of receipt.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from directives.calendar import WorkingCalendar
from directives.errors import DocumentRejected
from directives.org import OrgDirectory
from directives.parser.actions import find_actions
from directives.parser.as_written import AsWritten
from directives.parser.attached import attached_plan, lays_rules, reforms
from directives.parser.blocks import soft_joined
from directives.parser.chars import read_page
from directives.parser.cited_order import in_body_order
from directives.parser.clean import clean_lines, fold_keep, fold_lines
from directives.parser.closing import find_tail
from directives.parser.council import council_resolution
from directives.parser.cut_heads import rejoin_cut_heads
from directives.parser.deadlines import find_deadline
from directives.parser.decode import MAX_INPUT_BYTES, decode_bytes, read_input, reject
from directives.parser.flat import unflatten
from directives.parser.guided import guidance_part, guided_requests, sectioned_rules_part
from directives.parser.header import NO_DATE as _NO_DATE
from directives.parser.header import NO_ISSUER as _NO_ISSUER
from directives.parser.header import Header, read_header
from directives.parser.home import from_own_province, in_home_province
from directives.parser.joint_heads import first_signer
from directives.parser.ocr_words import type_as_written
from directives.parser.one_line import relined
from directives.parser.page import letter_frame
from directives.parser.procedures import described
from directives.parser.provenance import trace
from directives.parser.references import find_references
from directives.parser.regimes import adopted_regime
from directives.parser.runon import cut_run_on
from directives.parser.shreds import reflow_page
from directives.parser.slash_leads import split_slashed
from directives.parser.source_notes import later_notes
from directives.parser.speaker import (
    cable_sender,
    cable_verb_joined,
    enacting_body,
    notifying_body,
    speaking_body,
)
from directives.parser.specks import drop_specks
from directives.parser.statute import (
    attached_part,
    implementation_part,
    resolution_part,
    scoped_part,
    without_transitional,
)
from directives.parser.syllables import Reglue, issuers_as_written
from directives.parser.title import fill_from_title, issuer_from_title, number_in_title
from directives.parser.wrap import hard_wrapped
from directives.records import ParsedDirective

__all__ = [
    "MAX_INPUT_BYTES",
    "parse_bytes",
    "parse_file",
    "parse_text",
    "read_input",
    "resolve_from_receipt",
    "validate_for_ingest",
]


def parse_text(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    if len(text) > MAX_INPUT_BYTES:
        raise reject(
            f"text of {len(text)} characters exceeds the limit of {MAX_INPUT_BYTES}",
            f"Văn bản dài {len(text):,} ký tự, vượt giới hạn {MAX_INPUT_BYTES:,} ký tự.",
        )
    # (an export's text runs one a line: its paragraphs put back; a one-line page's lines;
    # both read as the parser reads the page's characters)
    page = relined(reflow_page(read_page(text)))
    glue = Reglue(cut_run_on(unflatten(rejoin_cut_heads(drop_specks(clean_lines(page))))))
    lines = cable_verb_joined(glue.lines)
    if not any(line for line in lines):
        raise reject("the document is empty", "Văn bản trống, không có nội dung để phân tích.")
    folded = fold_lines(lines)
    frame = letter_frame(lines, folded)
    page_lines, page_folded = lines, folded
    lines, folded = lines[frame.start : frame.end], folded[frame.start : frame.end]
    header = read_header(lines, folded)
    fill_from_title(header.record, page_lines, page_folded)
    if header.record.issued_on is not None and _NO_DATE in header.warnings:
        header.warnings.remove(_NO_DATE)  # (the date the letter's annex restates)
    if header.record.issuer is None:
        _issuer_from_wording(header, lines, page_lines, page_folded)
    tail = find_tail(lines, folded, header.body_start)
    if header.joint:  # (two heads sign it, the first block first)
        near = range(max(header.body_start, tail.start - 12), min(len(lines), tail.start + 12))
        if (first := first_signer(lines, folded, near.start, near.stop)) is not None:
            tail.start, tail.signer = min(tail.start, first[0]), first[1]
    main = list(range(header.body_start, tail.start))
    # a council resolution with an article on carrying it out: that article gives its tasks,
    # not its rule articles nor its annexes (the rules' content: measures, rates, lists)
    ruled = council_resolution(header.record.document_type, header.record.issuer)
    part = resolution_part(lines, folded, main) if ruled else None
    cuts: dict[int, int] = {}
    # (so with a decision that lays down rules itself: "Điều 1. Phạm vi điều chỉnh ...")
    if (header.record.document_type or "").lower() == "quyết định":
        part = part or scoped_part(lines, folded, main)
    # (a guidance with a section on carrying it out: its other sections are what it lays down;
    # so with a letter that guides: "V/v hướng dẫn quyết toán thuế ...", "IV. TỔ CHỨC THỰC HIỆN")
    if _guides(header.record):
        part = part or guidance_part(folded, main)
        if part is None and (guided := guided_requests(folded, main)) is not None:
            part, cuts = guided  # (a request from its sentence on: "... . Do vậy, đề nghị X ...")
    plan = attached_plan(lines, folded, tail.start)
    rules = lays_rules(folded, plan)
    # (the annexes after a regulation the decision issues are the regulation's, no tasks)
    work = part or implementation_part(lines, folded, main)
    # (with no part of its own for the work, less its transitional articles: rules)
    work = without_transitional(folded, main) if work == main else work
    body = (
        work
        + (attached_part(lines, folded, plan, rules) or sectioned_rules_part(lines, folded, plan))
        + ([] if part or rules else appendix_tables(folded, tail.start))
    )
    procedure = described(folded)  # (a procedure's fields: no task record, no task's time)
    procedure |= adopted_regime(folded, body)  # (the mechanisms a resolution adopts: no task)
    # (a plan the letter attaches under "PHỤ LỤC" is both the attached plan and the appendix
    # holding a table: each of its lines is read once)
    body = [i for i in dict.fromkeys(body) if i not in procedure]
    own = from_own_province(header.record, org)
    found = find_actions(
        [lines[i][cuts.get(i, 0) :] for i in body],
        [folded[i][cuts.get(i, 0) :] for i in body],
        org,
        calendar,
        header.record.issued_on,
        own,
        header.record.recipients,
        in_home_province(header.record, org, own),
        # (a page cut at a fixed width is seen in the whole body, not in its one article)
        hard_wrapped([lines[i] for i in main]) if part else None,
        header.record.issuer,
        header.record.subject,
        (header.record.document_type or "").lower() == "công văn",
    )
    own_number = header.record.number or number_in_title(page_lines, page_folded)
    year = header.record.issued_on.year if header.record.issued_on else None
    # (a note the page's source set under the title, from a later date: no words of the letter)
    notes = later_notes(folded, header.body_start, header.record.issued_on)
    cited, cited_folded = _without(lines, notes), _without(folded, notes)
    references = find_references(
        soft_joined(cited), soft_joined(cited_folded, cited), own_number, year
    )
    if glue.glued:  # the issuers read where the page glued words, as written, where found
        written = glue.written[frame.start : frame.end]
        as_written = find_references(
            soft_joined(written), soft_joined(fold_lines(written), written), own_number, year
        )
        references = issuers_as_written(references, as_written)
    references = in_body_order(
        references, _cited_text(header.record, cited[header.body_start :]), header.record.subject
    )
    warnings = list(header.warnings)
    if not found.actions:
        warnings.append("Văn bản không có nhiệm vụ nào cần thực hiện.")
    if tail.signer is None or tail.signer.name is None:
        warnings.append("Không tìm thấy người ký văn bản.")
    warnings.extend(found.warnings)
    record = header.record
    record.references = references
    record.actions = split_slashed(found.actions)  # ("Bộ X/Ban Y": X leads, Y coordinates)
    record.signer = tail.signer
    record.distribution = tail.distribution
    record.warnings = warnings
    record.document_type = type_as_written(record.document_type, lines)
    glue.record(record)
    AsWritten(page).record(record, org)
    # line numbers of the text as the user gave it, which the draft page shows beside the fields
    record.provenance = trace(record, text, org.addressee.name)
    return record


def _issuer_from_wording(
    header: Header, lines: list[str], page_lines: list[str], page_folded: list[str]
) -> None:
    """A page without the letterhead: the issuer is the sender a cable names, the body that
    speaks in the letter's opening, enacts it in its preamble or notifies in its closing
    formula, else the one the page's title line names."""
    start = header.body_start
    header.record.issuer = (
        cable_sender(lines)
        or speaking_body(lines, start)
        or enacting_body(lines, start)
        or notifying_body(lines, start)
    )
    if header.record.issuer is None:
        issuer_from_title(header.record, page_lines, page_folded)
    if header.record.issuer is not None:
        header.warnings.remove(_NO_ISSUER)


# Letters whose subject is a "V/v" line of the header, not a title the document opens with
_HEADED_KINDS = ("", "công văn", "công điện")


def _guides(record: ParsedDirective) -> bool:
    """The document is a guidance: so titled, or a letter whose subject is to guide."""
    kind = (record.document_type or "").lower()
    guiding = (record.subject or "").lower().startswith("hướng dẫn")
    return kind == "hướng dẫn" or (kind in _HEADED_KINDS and guiding)


def _without(lines: list[str], dropped: set[int]) -> list[str]:
    """The lines with those at ``dropped`` blanked (the offsets of the rest kept)."""
    return [("" if i in dropped else line) for i, line in enumerate(lines)] if dropped else lines


def _cited_text(record: ParsedDirective, body: list[str]) -> str:
    """The text whose order the references follow: the body, after the title of a document
    named by its kind ("QUYẾT ĐỊNH / BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ ..."), which is
    its first sentence."""
    kind = (record.document_type or "").lower()
    title = record.subject if kind not in _HEADED_KINDS else None
    return "\n".join([title, *body] if title else body)


def appendix_tables(folded: list[str], end: int) -> list[int]:
    """The lines of a task table in an appendix after the signature ("PHỤ LỤC ... | Tên
    nhiệm vụ | Cơ quan chủ trì | ..."): the plan's tasks are listed there; or, an appendix
    of prose the letter issues with it ("Phụ lục / NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ ... / (Kèm
    theo Nghị quyết số ...)"), its text."""
    start = next((i for i in range(end, len(folded)) if folded[i].startswith("phu luc")), None)
    if start is None:
        return []
    title = " ".join(folded[start : start + 4])
    if _CATALOGUE.search(title) or reforms(title):
        # the procedures a decision publishes ("DANH MỤC THỦ TỤC HÀNH CHÍNH ..."): rules; or the
        # reform of a procedure it approves ("PHỤ LỤC / PHƯƠNG ÁN TÁI CẤU TRÚC QUY TRÌNH ...")
        return []
    if _FORMS.search(title):
        return []  # the forms a regulation prescribes ("DANH MỤC BIỂU MẪU"): blanks to fill in
    rows = [i for i in range(start, len(folded)) if folded[i].startswith("| ")]
    if rows:
        return [start, *rows]
    tie = next(
        (j for j in range(start + 1, min(len(folded), start + 8)) if _TIE.match(folded[j])), None
    )
    if tie is None:
        return []
    closed = next((k for k in range(tie, min(len(folded), tie + 4)) if ")" in folded[k]), tie)
    first = next((k for k in range(closed + 1, len(folded)) if folded[k].strip(" _-")), closed)
    if folded[first].startswith("mau so"):
        return []  # the forms the letter prescribes ("Mẫu số 01 / Đề nghị hỗ trợ ..."): no tasks
    return list(range(closed + 1, len(folded)))


# "PHỤ LỤC / DANH MỤC TTHC BAN HÀNH MỚI ...": the catalogue of procedures a decision publishes,
# or one titled with the procedures themselves ("PHỤ LỤC I / THỦ TỤC HÀNH CHÍNH ĐƯỢC ỦY QUYỀN
# ...", not "PHỤ LỤC / NHIỆM VỤ ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH"); a title that lost a word is
# one too ("DANH MỤC THỦ TỤC HÀNH SỬA ĐỔI, BỔ SUNG ..."), and one with their content ("DANH MỤC
# VÀ NỘI DUNG THỦ TỤC HÀNH CHÍNH NỘI BỘ ...")
_CATALOGUE = re.compile(
    r"^phu luc\b(?:[^(]{0,40}?\bdanh muc\s+(?:va noi dung\s+)?(?:cac\s+)?|(?:\s+[ivx\d]+)?[\s.:-]*)"
    r"(?:thu tuc hanh\b|tthc\b)"
)
# "Phụ lục / DANH MỤC BIỂU MẪU", "PHỤ LỤC II / MẪU BIỂU ...": the forms a regulation prescribes,
# or the mock-up of a thing it prescribes ("PHỤ LỤC 01 / MẪU THẺ ...": a card's two faces);
# "PHỤ LỤC / CÁC MẪU BIỂU ...": the forms, named without "danh mục"
_FORMS = re.compile(
    r"^phu luc(?:\s+(?:so\s+)?[ivx\d]+)?[\s.:-]*(?:danh muc\s+)?(?:cac\s+)?"
    r"(?:bieu mau|mau)\b"
)
# "(Kèm theo Nghị quyết số 122/NQ-CP ...)": the appendix is the letter's own
_TIE = re.compile(
    r"^[(\[]?\s*(?:ban\s+hanh\s+)?kem\s+theo\s+(?:nghi\s+quyet|quyet\s+dinh|chi\s+thi)\b"
)


def parse_bytes(
    data: bytes, filename: str, org: OrgDirectory, calendar: WorkingCalendar
) -> ParsedDirective:
    decoded = decode_bytes(data, filename)
    record = parse_text(decoded.text, org, calendar)
    if decoded.warnings:
        record = record.model_copy(update={"warnings": decoded.warnings + record.warnings})
    return record


def parse_file(path: Path, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_bytes(read_input(path), path.name, org, calendar)


def validate_for_ingest(record: ParsedDirective) -> None:
    """Refuse a record that cannot become a tracked directive."""
    if not record.number:
        raise DocumentRejected(
            "the document has no number (Số, ký hiệu): a directive is tracked by its number",
            "Không tìm thấy số, ký hiệu văn bản; không thể tiếp nhận văn bản để theo dõi.",
        )
    if not record.actions:
        raise DocumentRejected(
            "the document asks for no action: there is nothing to track",
            "Văn bản không có nhiệm vụ nào cần thực hiện; không thể tiếp nhận để theo dõi.",
        )


def resolve_from_receipt(
    record: ParsedDirective, received_on: date, calendar: WorkingCalendar
) -> ParsedDirective:
    """The record with "kể từ ngày nhận" deadlines counted from the real day of receipt.

    At parse time the day of receipt is unknown, so such periods are counted from
    the document's date and a warning says so; ingest knows the day and calls this.
    """
    actions = []
    redated: set[int] = set()
    for action in record.actions:
        phrase = action.deadline_text or ""
        folded = fold_keep(phrase)
        if "nhan" in folded and re.search(r"ke\s+tu\s+(?:ngay\s+)?nhan", folded):
            found = find_deadline(phrase, folded, received_on, calendar)
            if found is not None and found.deadline is not None:
                action = action.model_copy(update={"deadline": found.deadline})
                redated.add(action.seq)
        actions.append(action)
    warnings = [
        w
        for w in record.warnings
        if not any(w.startswith(f"Nhiệm vụ {seq}: thời hạn") for seq in redated)
    ]
    return record.model_copy(update={"actions": actions, "warnings": warnings})
