"""The báo cáo read back with python-docx: the decree's layout parts and its Vietnamese content."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Length, Pt

from directives.reports.content import ReportOptions, report_content
from directives.reports.docx_report import report_docx
from tests.reports.conftest import AS_OF, Story, all_text

SUBJECT_CLOSED = (
    "Kết quả thực hiện Công văn số 115/UBND-NCPC ngày 25/01/2017 "
    "của Ủy ban nhân dân tỉnh Kiên Giang"
)


def mm(*lengths: Length | None) -> tuple[int, ...]:
    return tuple(round(x.mm) if x is not None else -1 for x in lengths)


def build(story: Story, on: date = AS_OF, options: ReportOptions | None = None) -> bytes:
    with story.rt.sessions() as session:
        content = report_content(session, story.rt.ws, story.seed.directive_id, on, options)
    return report_docx(content)


def test_progress_report_has_the_decree_layout(story: Story) -> None:
    doc = docx.Document(io.BytesIO(build(story)))
    first = doc.sections[0]
    assert mm(first.page_width, first.page_height) == (210, 297)  # A4
    assert mm(first.top_margin, first.bottom_margin) == (20, 20)
    assert mm(first.left_margin, first.right_margin) == (30, 15)
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(14)
    fonts = {r.font.name for p in doc.paragraphs for r in p.runs} - {None}
    assert fonts <= {"Times New Roman"}
    sizes = {r.font.size.pt for p in doc.paragraphs for r in p.runs if r.font.size and r.text}
    assert sizes <= {13.0, 14.0}
    # header: parent body and issuing body left, national title and motto right, with rules
    left, right = doc.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == [
        "UBND TỈNH KIÊN GIANG",
        "SỞ NGOẠI VỤ",
        "Số:        /BC-SNgV",
    ]
    assert [p.text for p in right.paragraphs if p.text] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Kiên Giang, ngày 20 tháng 03 năm 2017",
    ]
    assert left.paragraphs[1].runs[0].bold and right.paragraphs[1].runs[0].bold
    assert right.paragraphs[-1].runs[0].italic
    for cell in (left, right):
        rules = [p for p in cell.paragraphs if p._p.find(f".//{qn('w:bottom')}") is not None]
        assert len(rules) == 1 and rules[0].text == ""
    # title, trích yếu, recipient
    body = [p.text for p in doc.paragraphs]
    title = body.index("BÁO CÁO")
    assert body[title + 1] == (
        "Tiến độ thực hiện Công văn số 115/UBND-NCPC ngày 25/01/2017 của Ủy ban nhân dân "
        "tỉnh Kiên Giang (tính đến ngày 20/03/2017)"
    )
    assert "Kính gửi: Ủy ban nhân dân tỉnh Kiên Giang." in body
    # page numbers from page 2, appendix in landscape
    assert first.different_first_page_header_footer
    assert first.header._element.find(f".//{qn('w:fldSimple')}").get(qn("w:instr")) == "PAGE"
    assert doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE
    assert all(t == unicodedata.normalize("NFC", t) for t in all_text(doc))


def test_progress_report_counts_the_four_buckets_and_says_why(story: Story) -> None:
    doc = docx.Document(io.BytesIO(build(story)))
    text = "\n".join(all_text(doc))
    assert (
        "Tính đến ngày 20/03/2017, trong tổng số 06 nhiệm vụ: 01 đã hoàn thành đúng hạn; "
        "01 đã hoàn thành quá hạn; 0 chưa hoàn thành, trong hạn; 04 chưa hoàn thành, quá hạn."
    ) in text
    assert (
        "thời hạn: 15/03/2017; hoàn thành ngày 13/02/2017. Kết quả: đã hoàn thành đúng hạn" in text
    )
    assert "Tài liệu kiểm chứng: Kế hoạch số 12/KH-SNgV ngày 10/02/2017." in text
    assert "Hoàn thành sau thời hạn 02 ngày." in text
    assert (
        "Đoàn kiểm tra trả lại ngày 02/03/2017: Chưa có quyết định kiện toàn Ban Chỉ đạo ISO"
        in text
    )
    assert "đề nghị gia hạn đến ngày 28/04/2017: Chờ UBND tỉnh ban hành hướng dẫn mới" in text
    assert "Đã nộp tài liệu kiểm chứng ngày 19/03/2017, đang chờ Đoàn kiểm tra thẩm định." in text
    assert "xem xét, cho phép gia hạn thời gian thực hiện đối với 04 nhiệm vụ" in text
    # signer block left for the signature, recipients listed
    sign_left, sign_right = doc.tables[1].rows[0].cells
    assert [p.text for p in sign_left.paragraphs][:2] == ["Nơi nhận:", "- Như trên;"]
    assert sign_left.paragraphs[-1].text == "- Lưu: VT, VP."
    signer = [p.text for p in sign_right.paragraphs]
    assert signer[0] == "GIÁM ĐỐC" and signer[-1] == "Nguyễn Văn An"
    assert signer[1:-1] == ["", "", "", ""]
    # appendix: one row per action and a total
    appendix = doc.tables[2]
    assert [c.text for c in appendix.rows[0].cells][:3] == [
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
    ]
    assert len(appendix.rows) == 8
    assert [c.text for c in appendix.rows[1].cells][3:6] == [
        "15/03/2017",
        "13/02/2017",
        "Đã hoàn thành đúng hạn",
    ]


def test_a_report_as_of_an_earlier_day_counts_what_was_known_then(story: Story) -> None:
    text = "\n".join(all_text(docx.Document(io.BytesIO(build(story, date(2017, 2, 12))))))
    assert "trong tổng số 06 nhiệm vụ: 0 đã hoàn thành đúng hạn; 0 đã hoàn thành quá hạn; " in text
    assert "06 chưa hoàn thành, trong hạn; 0 chưa hoàn thành, quá hạn" in text
    assert "12/KH-SNgV" not in text  # submitted on 13/02


def test_closed_report_has_the_close_out_title_number_and_signer(story: Story) -> None:
    story.close(AS_OF)
    options = ReportOptions(
        number="27",
        signer_name="Đỗ Thị Hoa",
        signer_title="Phó Giám đốc",
        signer_capacity="KT. GIÁM ĐỐC",
    )
    data = build(story, AS_OF, options)
    doc = docx.Document(io.BytesIO(data))
    body = [p.text for p in doc.paragraphs]
    assert body[body.index("BÁO CÁO") + 1] == SUBJECT_CLOSED
    assert doc.tables[0].rows[0].cells[0].paragraphs[-1].text == "Số: 27/BC-SNgV"
    signer = [p.text for p in doc.tables[1].rows[0].cells[1].paragraphs if p.text]
    assert signer == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Hoa"]
    assert "(Kèm theo Báo cáo số 27/BC-SNgV ngày 20 tháng 03 năm 2017 của Sở Ngoại vụ)" in body
    assert (
        "- Nhiệm vụ 3 (Văn phòng Sở chủ trì, thời hạn 15/03/2017): Hoàn thành sau thời hạn "
        "05 ngày. Đoàn kiểm tra trả lại ngày 02/03/2017: Chưa có quyết định kiện toàn Ban Chỉ "
        "đạo ISO."
    ) in body
    assert build(story, AS_OF, options) == data  # same content, same bytes
