"""The báo cáo as a Word file in the layout of Decree 30/2020/NĐ-CP (Appendix I).

A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman. The
header is a borderless two-column table: parent body and issuing body (with a
short rule) and the number on the left; national title, motto (with a rule as
long as the motto) and the place-date on the right. Then the title "BÁO CÁO",
the trích yếu with its rule, "Kính gửi", the body at 14 pt justified with a
first-line indent, the recipients ("Nơi nhận") and the signer block left for
the signature, and an appendix table. Page numbers are centred at the top from
page 2 on, as the decree asks.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from directives.reports.content import (
    BUCKETS,
    GAPS_NOTE_VI,
    GAPS_TITLE,
    HEADINGS,
    ReportContent,
    count_phrase,
)
from directives.reports.files import normalise_zip, vn_date

FONT = "Times New Roman"
BODY_PT = 14
TEXT_WIDTH_MM = 165  # 210 - 30 - 15
HEADER_COLUMNS_MM = (68, 97)
SIGN_COLUMNS_MM = (80, 85)
LANDSCAPE_WIDTH_MM = 252  # 297 - 30 - 15
APPENDIX_COLUMNS_MM = (12, 95, 30, 24, 24, 30, 37)
APPENDIX_HEADINGS = (
    "STT",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Thời hạn",
    "Ngày hoàn thành",
    "Kết quả",
    "Tài liệu kiểm chứng",
)
# Rule lengths, measured on Times New Roman Bold: the motto at 13 pt is 56 mm long;
# the rule under the issuing body and under the trích yếu is 1/3 to 1/2 of their lines.
MOTTO_RULE_MM = 56
BODY_RULE_MM = 15
SUBJECT_RULE_MM = 40
CELL_MARGIN_MM = 1.9

_PPR_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


class _Container(Protocol):
    def add_paragraph(self, text: str = "", style: None = None) -> Paragraph: ...


@dataclass(frozen=True)
class Line:
    """One paragraph's text and look."""

    text: str
    size: float = BODY_PT
    bold: bool = False
    italic: bool = False
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER
    after: float = 0


def _paragraph(container: _Container, line: Line, reuse: Paragraph | None = None) -> Paragraph:
    p = reuse if reuse is not None else container.add_paragraph()
    p.alignment = line.align
    fmt = p.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(line.after)
    fmt.line_spacing = 1.0
    if line.text:
        run = p.add_run(line.text)
        run.font.size = Pt(line.size)
        run.bold = line.bold
        run.italic = line.italic
    return p


def _lines(cell: _Cell, lines: list[Line]) -> None:
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        _paragraph(cell, line, first if i == 0 else None)


def _rule(container: _Container, length_mm: float, width_mm: float) -> None:
    """A horizontal rule ``length_mm`` long, centred: the bottom border of a tiny paragraph."""
    p = _paragraph(container, Line("", after=2))
    side = Mm(max(0.0, (width_mm - length_mm) / 2))
    p.paragraph_format.left_indent = side
    p.paragraph_format.right_indent = side
    p.paragraph_format.line_spacing = Pt(4)
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "auto")):
        bottom.set(qn(f"w:{key}"), value)
    border.append(bottom)
    p._p.get_or_add_pPr().insert_element_before(border, *_PPR_AFTER_BORDER)


def _table(doc: DocxDocument, widths: tuple[int, ...], rows: int = 1, grid: bool = False) -> Table:
    table: Table = doc.add_table(rows=rows, cols=len(widths))
    if grid:
        table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Mm(width)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)
    return table


def _keep_row_whole(table: Table) -> None:
    for row in table.rows:
        flag = OxmlElement("w:cantSplit")
        flag.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(flag)


def _setup(doc: DocxDocument, content: ReportContent) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    normal.element.get_or_add_rPr().append(lang)
    props = doc.core_properties
    props.title = f"{content.title} {content.subject}"
    props.author = content.issuing_body
    props.last_modified_by = content.issuing_body
    props.language = "vi-VN"
    props.revision = 1
    stamp = datetime(content.as_of.year, content.as_of.month, content.as_of.day, tzinfo=UTC)
    props.created = props.modified = stamp
    # page numbers: centred at the top, not on the first page
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    p._p.append(field)


def _header(doc: DocxDocument, content: ReportContent) -> None:
    table = _table(doc, HEADER_COLUMNS_MM)
    left, right = table.rows[0].cells
    left_width = HEADER_COLUMNS_MM[0] - 2 * CELL_MARGIN_MM
    right_width = HEADER_COLUMNS_MM[1] - 2 * CELL_MARGIN_MM
    _lines(left, [Line(content.parent_body, 13), Line(content.issuing_body, 13, bold=True)])
    _rule(left, BODY_RULE_MM, left_width)
    _paragraph(left, Line(content.number_line, 13))
    _lines(
        right,
        [
            Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True),
            Line("Độc lập - Tự do - Hạnh phúc", 13, bold=True),
        ],
    )
    _rule(right, MOTTO_RULE_MM, right_width)
    _paragraph(right, Line(content.place_date, 14, italic=True))


def _title(doc: DocxDocument, content: ReportContent) -> None:
    first = _paragraph(doc, Line(content.title, BODY_PT, bold=True))
    first.paragraph_format.space_before = Pt(18)
    _paragraph(doc, Line(content.subject, BODY_PT, bold=True))
    _rule(doc, SUBJECT_RULE_MM, TEXT_WIDTH_MM)
    kinh_gui = _paragraph(doc, Line(f"Kính gửi: {content.recipient}.", BODY_PT, after=12))
    kinh_gui.paragraph_format.space_before = Pt(12)


def _body(doc: DocxDocument, text: str, *, bold_lead: str = "", bold: bool = False) -> Paragraph:
    p = _paragraph(doc, Line("", align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6))
    p.paragraph_format.first_line_indent = Mm(12.7)
    p.paragraph_format.line_spacing = 1.15
    if bold_lead:
        lead = p.add_run(bold_lead)
        lead.bold = True
        lead.font.size = Pt(BODY_PT)
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(BODY_PT)
    return p


def _heading(doc: DocxDocument, text: str) -> None:
    _body(doc, text, bold=True).paragraph_format.keep_with_next = True


def _results(doc: DocxDocument, content: ReportContent) -> None:
    _heading(doc, HEADINGS[0])
    _body(doc, content.assignment)
    _body(doc, content.summary)
    _heading(doc, HEADINGS[1])
    for a in content.actions:
        lead = _body(doc, f"{a.text}.", bold_lead=f"{a.seq}. Nhiệm vụ: ")
        lead.paragraph_format.keep_with_next = True
        for detail in a.details:
            _body(doc, detail)
    _heading(doc, HEADINGS[2])
    for item in content.remains:
        _body(doc, f"- {item}")
    if content.gaps:
        _body(doc, f"{GAPS_TITLE}:", bold=True)
        for gap in content.gaps:
            _body(doc, f"- {gap}")
        _body(doc, GAPS_NOTE_VI)
    _heading(doc, HEADINGS[3])
    for i, item in enumerate(content.proposals, 1):
        _body(doc, f"{i}. {item}")
    _body(doc, content.closing).paragraph_format.keep_with_next = True


def _signature(doc: DocxDocument, content: ReportContent) -> None:
    spacer = _paragraph(doc, Line("", after=6))
    spacer.paragraph_format.keep_with_next = True
    table = _table(doc, SIGN_COLUMNS_MM)
    _keep_row_whole(table)
    left, right = table.rows[0].cells
    left_align = WD_ALIGN_PARAGRAPH.LEFT
    _lines(
        left,
        [Line("Nơi nhận:", 12, bold=True, italic=True, align=left_align)]
        + [Line(f"- {item}", 11, align=left_align) for item in content.distribution],
    )
    signer = [Line(content.signer_capacity, BODY_PT, bold=True)] if content.signer_capacity else []
    signer.append(Line(content.signer_title, BODY_PT, bold=True))
    signer += [Line("", BODY_PT)] * 4  # the space for the signature and the seal
    signer.append(Line(content.signer_name, BODY_PT, bold=True))
    _lines(right, signer)


def _appendix(doc: DocxDocument, content: ReportContent) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.different_first_page_header_footer = False
    _paragraph(doc, Line("Phụ lục", BODY_PT, bold=True))
    _paragraph(doc, Line(content.appendix_title, BODY_PT, bold=True))
    _paragraph(doc, Line(content.appendix_note, 13, italic=True, after=12))
    table = _table(doc, APPENDIX_COLUMNS_MM, rows=len(content.actions) + 2, grid=True)
    _keep_row_whole(table)
    heading = table.rows[0]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    heading._tr.get_or_add_trPr().append(flag)
    for cell, text in zip(heading.cells, APPENDIX_HEADINGS, strict=True):
        _lines(cell, [Line(text, 12, bold=True)])
    left = WD_ALIGN_PARAGRAPH.LEFT
    for row, a in zip(table.rows[1:], content.actions, strict=False):
        values = (
            Line(str(a.seq), 12),
            Line(a.text, 12, align=left),
            Line(a.unit_name, 12, align=left),
            Line(vn_date(a.deadline), 12),
            Line(vn_date(a.completed_on), 12),
            Line(a.bucket_vi, 12, align=left),
            Line("; ".join(a.evidence) or "—", 12, align=left),
        )
        for cell, line in zip(row.cells, values, strict=True):
            _lines(cell, [line])
    total = table.rows[-1].cells
    merged = total[0].merge(total[-1])
    counts = "; ".join(
        f"{count_phrase(content.buckets.get(b.value, 0))} {label}"
        for b, label in zip(
            BUCKETS,
            ("đúng hạn", "quá hạn", "chưa hoàn thành, trong hạn", "chưa hoàn thành, quá hạn"),
            strict=True,
        )
    )
    _lines(
        merged,
        [
            Line(
                f"Tổng số: {count_phrase(len(content.actions))} nhiệm vụ ({counts}).", 12, bold=True
            )
        ],
    )


def report_docx(content: ReportContent) -> bytes:
    """The report's .docx bytes; the same content gives the same bytes."""
    doc = Document()
    _setup(doc, content)
    _header(doc, content)
    _title(doc, content)
    _body(doc, content.intro)
    _results(doc, content)
    _signature(doc, content)
    _appendix(doc, content)
    out = io.BytesIO()
    doc.save(out)
    return normalise_zip(out.getvalue())
