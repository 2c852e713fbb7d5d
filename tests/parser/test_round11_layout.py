"""Rules of the eleventh round for letters a PDF export laid out as on the page ("pdftotext
-layout": columns side by side, page numbers, footnotes at a page's foot) and for web pages'
Markdown tables of the same blocks; each on a synthetic snippet that no corpus holds."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import clean_text
from directives.records import ParsedDirective

_GAP = " " * 30


def _head(number: str = "Số: 321 /UBND-TH") -> str:
    return (
        f"    ỦY BAN NHÂN DÂN{_GAP}CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"     TỈNH HÀ GIANG{_GAP}      Độc lập - Tự do - Hạnh phúc\n\n"
        f"     {number}{_GAP}Hà Giang, ngày 03 tháng 3 năm 2026\n"
        "V/v chấn chỉnh công tác lưu trữ\n\n"
        "                       Kính gửi: Sở Nội vụ.\n\n"
    )


_CLOSING = (
    "Nơi nhận:" + " " * 40 + "KT. CHỦ TỊCH\n"
    "- Như trên;\n"
    "- Chủ tịch UBND tỉnh;" + " " * 28 + "PHÓ CHỦ TỊCH\n"
    "- Văn phòng Tỉnh ủy;\n"
    "- Sở Tài chính;\n"
    "- Sở Xây dựng;\n"
    "- Sở Y tế;\n"
    "- Lưu: VT, TH.\n\n\n\n\n" + " " * 52 + "Trần Văn Bình\n"
)


def _letter(body: str, number: str = "Số: 321 /UBND-TH") -> str:
    return _head(number) + body + _CLOSING


def _parse(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_text(text, org, calendar)


_BODY = (
    "     Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
    "     - Sở Nội vụ rà soát hồ sơ lưu trữ của các cơ quan trên địa bàn tỉnh\n"
    "theo quy định2; báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng\n\n"
    "   2 Thông tư số 10/2022/TT-BNV ngày 19/12/2022 của Bộ Nội vụ quy định thời hạn bảo\n"
    "quản tài liệu.\n"
    "\x0c                                        2\n\n"
    "4 năm 2026.\n"
    "     - Sở Nội vụ tổ chức tập huấn nghiệp vụ lưu trữ cho công chức cấp xã.\n"
)


def test_a_page_number_and_the_footnotes_at_the_foot_of_a_page_leave_the_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _parse(_letter(_BODY), org, calendar)
    # the sentence the page break cuts reads whole: no page number, no footnote inside it
    assert [a.text for a in record.actions] == [
        "Sở Nội vụ rà soát hồ sơ lưu trữ của các cơ quan trên địa bàn tỉnh theo quy định; "
        "báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng 4 năm 2026",
        "Sở Nội vụ tổ chức tập huấn nghiệp vụ lưu trữ cho công chức cấp xã",
    ]
    # the document the footnote cites is still one the letter refers to
    assert [r.number for r in record.references] == ["10/2022/TT-BNV"]


def test_a_footnote_becomes_a_markdown_footnote_after_the_paragraph_the_break_cuts() -> None:
    lines = [line for line in clean_text(_BODY) if line]
    assert lines[-2:] == [
        "[^2]: Thông tư số 10/2022/TT-BNV ngày 19/12/2022 của Bộ Nội vụ quy định thời hạn "
        "bảo quản tài liệu.",
        "- Sở Nội vụ tổ chức tập huấn nghiệp vụ lưu trữ cho công chức cấp xã.",
    ]


def test_a_numbered_line_at_a_page_foot_without_a_number_glued_above_stays() -> None:
    text = "     - Sở Y tế kiểm tra theo khoản 2 Điều\n4 Thông tư số 5/2025/TT-BYT.\n"
    assert [line for line in clean_text(text) if line] == [
        "- Sở Y tế kiểm tra theo khoản 2 Điều",
        "4 Thông tư số 5/2025/TT-BYT.",
    ]


def test_a_closing_block_side_by_side_reads_the_list_then_the_signer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _parse(_letter(_BODY), org, calendar)
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title, record.signer.name) == (
        "KT.",
        "PHÓ CHỦ TỊCH",
        "Trần Văn Bình",
    )
    assert record.distribution == [
        "Như trên",
        "Chủ tịch UBND tỉnh",
        "Văn phòng Tỉnh ủy",
        "Sở Tài chính",
        "Sở Xây dựng",
        "Sở Y tế",
        "Lưu: VT, TH",
    ]


def test_a_number_filled_in_with_spaces_is_not_cut_at_them(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _parse(_letter(_BODY, number="Số:   321      /UBND-TH"), org, calendar)
    assert record.number == "321/UBND-TH"
    assert record.issuer == "Ủy ban nhân dân tỉnh Hà Giang"


_WEB = (
    "| BỘ XÂY DỰNG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
    "| --- | --- |\n"
    "| Số: 77/BXD-KHTC *V/v rà soát vốn đầu tư công* | *Hà Nội, ngày 05 tháng 02 năm 2026* |\n"
    "| Kính gửi: | - Sở Xây dựng tỉnh Hòa Bình; - Sở Xây dựng tỉnh Sơn La. |\n"
    "| --- | --- |\n"
    "Căn cứ tình hình giải ngân, Bộ Xây dựng đề nghị Sở Xây dựng tỉnh Hòa Bình rà soát kế "
    "hoạch vốn năm 2026.\n"
    "| *Nơi nhận:* - Như trên; - Bộ trưởng (để b/c); - Lưu: VT, KHTC. "
    "| KT. BỘ TRƯỞNG THỨ TRƯỞNG     Lê Văn Tâm |\n"
    "| --- | --- |\n"
)


def test_a_table_cell_s_list_run_onto_one_line_is_one_entry_a_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _parse(_WEB, org, calendar)
    assert record.recipients == ["Sở Xây dựng tỉnh Hòa Bình", "Sở Xây dựng tỉnh Sơn La"]
    assert record.distribution == ["Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, KHTC"]


_PARTY = (
    "     ĐẢNG BỘ TỈNH HÀ GIANG" + _GAP + "ĐẢNG CỘNG SẢN VIỆT NAM\n"
    " ĐẢNG UỶ ỦY BAN NHÂN DÂN TỈNH\n" + " " * 54 + "Hà Giang, ngày 09 tháng 3 năm 2026\n"
    "               *\n"
    "         Số 118 -CV/ĐU\n"
    "về việc thực hiện Kế hoạch\n"
    "số 12-KH/TU ngày 02/3/2026 của Tỉnh ủy Hà Giang\n\n"
    "                  Kính gửi: - Ủy ban nhân dân tỉnh,\n"
    "                            - Các cơ quan tham mưu, giúp việc\n"
    "                            Đảng ủy Ủy ban nhân dân tỉnh,\n"
    "                            - Các chi bộ trực thuộc.\n\n"
    "         Đảng ủy đề nghị các chi bộ trực thuộc quán triệt Kế hoạch số 12-KH/TU.\n"
)


def test_a_party_committee_s_letter_laid_out_as_printed_keeps_its_header(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _parse(_PARTY + _CLOSING, org, calendar)
    # a body's party committee names the body in capitals ("Đảng ủy Ủy ban ...")
    assert record.issuer == "Đảng uỷ Ủy ban nhân dân tỉnh"
    # the subject's document wrapped onto a line of its own ("số 12-KH/TU ...") is the subject's
    assert record.subject == "thực hiện Kế hoạch số 12-KH/TU ngày 02/3/2026 của Tỉnh ủy Hà Giang"
    # a list set beside the label: its items wrapped under it run on
    assert record.recipients == [
        "Ủy ban nhân dân tỉnh",
        "Các cơ quan tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh",
        "Các chi bộ trực thuộc",
    ]


def test_a_heading_of_a_body_s_duties_names_the_body_of_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "     Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "     1. Trách nhiệm chung của các sở, ngành\n"
        "     - Rà soát các thủ tục hành chính thuộc phạm vi quản lý.\n"
        "     2. Nhiệm vụ của Sở Tư pháp\n"
        "     - Kiểm tra việc công bố thủ tục hành chính.\n"
    )
    record = _parse(_letter(body), org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        ("các sở, ngành", "Rà soát các thủ tục hành chính thuộc phạm vi quản lý"),
        ("Sở Tư pháp", "Kiểm tra việc công bố thủ tục hành chính"),
    ]


def test_last_words_that_only_pass_the_letter_on_are_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "     Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì rà soát hồ sơ lưu trữ của các\n"
        "cơ quan, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/4/2026.\n"
        "     Yêu cầu Sở Nội vụ, Sở Tài chính, các cơ quan, đơn vị liên quan triển khai\n"
        "thực hiện.\n"
    )
    record = _parse(_letter(body), org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Nội vụ"]
    notice = (
        "     Thủ tướng Chính phủ đồng ý đề nghị của Bộ Xây dựng về kế hoạch vốn năm 2026.\n"
        "     Văn phòng Ủy ban nhân dân tỉnh thông báo Bộ Xây dựng biết, thực hiện./.\n"
    )
    assert _parse(_letter(notice), org, calendar).actions == []


def test_a_date_that_opens_a_clause_dates_the_document_its_subject_issued(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "     Triển khai Nghị định số 45/2025/NĐ-CP của Chính phủ, ngày 12 tháng 5 năm 2025\n"
        "Bộ trưởng Bộ Nội vụ đã ban hành Thông tư số 07/2025/TT-BNV hướng dẫn thi hành.\n"
        "     - Sở Nội vụ tổ chức tập huấn Thông tư cho công chức cấp xã.\n"
    )
    record = _parse(_letter(body), org, calendar)
    assert [(r.number, r.issuer, r.issued_on) for r in record.references][1] == (
        "07/2025/TT-BNV",
        "Bộ trưởng Bộ Nội vụ",
        date(2025, 5, 12),
    )
