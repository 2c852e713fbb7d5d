"""General rules of the body's structure, continued from ``test_structure.py`` (whose
letter they are read in), each on a short synthetic letter, page or phrase: a subject in
capitals, the province a conclusion is about, what runs on under an item or a heading,
recipients under their label, lines of pages cut at a fixed width, the closing formulas,
the issuer of listed documents and the items under a task. None of these snippets comes
from the corpora."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.blocks import split_blocks
from directives.parser.bodies import heading_bodies
from directives.parser.clean import fold_keep
from directives.parser.references import find_references
from tests.parser.test_structure import TAIL, letter


def test_a_subject_in_capitals_ends_where_mixed_case_begins_and_a_notice_of_plans(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "CỤC THUẾ\nSố: 7/TB-CT\nHà Nội, ngày 10 tháng 11 năm 2025\n\nTHÔNG BÁO\n"
        "KẾ HOẠCH TẠM DỪNG ỨNG DỤNG\nQUẢN LÝ THUẾ\n"
        "Cục Thuế có kế hoạch nâng cấp hệ thống. Trong thời gian này, Cục Thuế sẽ tạm dừng "
        "một số chức năng sau:\n- Dừng chức năng trả thông báo;\n- Dừng chức năng cấp mã số thuế.\n"
        "Cục Thuế thông báo để các đơn vị được biết./." + TAIL,
        org,
        calendar,
    )
    assert record.subject == "KẾ HOẠCH TẠM DỪNG ỨNG DỤNG QUẢN LÝ THUẾ"
    assert record.actions == []


def test_the_province_a_conclusion_is_about_acts_as_tinh(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Phó Thủ tướng đã làm việc với lãnh đạo tỉnh Lạng Sơn.\n"
        "I. ĐÁNH GIÁ CHUNG\nKinh tế của tỉnh Lạng Sơn tăng trưởng khá.\n"
        "Trong thời gian tới, Tỉnh tổ chức thực hiện nghiêm các chỉ tiêu được giao.\n"
        "II. KIẾN NGHỊ CỦA TỈNH\n"
        "1. Về hỗ trợ xe cứu thương: Tỉnh căn cứ quy định hiện hành để bố trí xe.\n"
        "2. Về vốn đầu tư: Giao Bộ Tài chính nghiên cứu kiến nghị của tỉnh Lạng Sơn.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Ủy ban nhân dân tỉnh Lạng Sơn",
        "Ủy ban nhân dân tỉnh Lạng Sơn",
        "Bộ Tài chính",
    ]


def test_a_condition_right_under_an_item_goes_on_with_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Bộ Y tế bố trí xe cứu thương cho các tỉnh.\n"
        "Trường hợp còn thiếu, Bộ Y tế báo cáo Thủ tướng Chính phủ.\n"
        "2. Bộ Công an bảo đảm an ninh.",
        org,
        calendar,
    )
    assert [a.text for a in record.actions] == [
        "Bộ Y tế bố trí xe cứu thương cho các tỉnh. Trường hợp còn thiếu, Bộ Y tế báo cáo "
        "Thủ tướng Chính phủ",
        "Bộ Công an bảo đảm an ninh",
    ]


def test_a_recipient_under_its_label_a_wrapped_one_and_a_date_under_its_place(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    below = parse_text(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 5/VPCP-CN\nV/v cung ứng vật liệu\n\nHà Nội,\n"
        "ngày 27 tháng 11 năm 2025\n\nKính gửi:\n\nChủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, "
        "Ninh\nBình, Phú Thọ.\n\nXét đề nghị của tỉnh, Phó Thủ tướng có ý kiến như sau: Ủy ban "
        "nhân dân tỉnh Hưng Yên khẩn trương làm việc với các địa phương. Ủy ban nhân dân các "
        "tỉnh: Ninh Bình, Phú Thọ đẩy nhanh các thủ tục." + TAIL,
        org,
        calendar,
    )
    assert below.place == "Hà Nội"
    assert below.issued_on == date(2025, 11, 27)
    assert below.recipients == ["Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh Bình, Phú Thọ"]
    wrapped = parse_text(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 6/VPCP-CN\nHà Nội, ngày 27 tháng 11 năm 2025\n"
        "V/v nhiên liệu sinh học\n\nKính gửi: Bộ trưởng\nBộ Công Thương\n"
        "Xét đề nghị của Bộ Công Thương, Phó Thủ tướng có ý kiến như sau:\n"
        "1. Bộ Công Thương hoàn thiện dự thảo Chỉ thị." + TAIL,
        org,
        calendar,
    )
    assert wrapped.recipients == ["Bộ trưởng Bộ Công Thương"]


def test_a_hyphen_at_the_start_of_a_wrapped_line_is_no_list_item() -> None:
    # a page cut at a fixed width: many lines run on with a lower-case word
    lines = [
        "Xét báo cáo về tình hình cung ứng vật liệu xây dựng",
        "phục vụ Dự án đường cao tốc Ninh Bình",
        "- Hải Phòng, đoạn qua Nam Định và Thái Bình theo",
        "phương thức đối tác công tư, Phó Thủ tướng có",
        "ý kiến như sau: Ủy ban nhân dân tỉnh Hưng Yên khẩn trương",
        "làm việc với các địa phương có liên quan để đảm bảo",
        "nguồn cung vật liệu; báo cáo Thủ tướng Chính phủ kết quả",
        "trước ngày 03 tháng 12 năm 2025 để tổng hợp.",
    ]
    blocks = split_blocks(lines, [fold_keep(line) for line in lines])
    assert len(blocks) == 1
    assert "Ninh Bình - Hải Phòng" in blocks[0].text


def test_a_heading_over_what_to_report_is_one_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình chỉ đạo rà soát, thống kê, báo cáo cụ thể "
        "về một số nội dung sau:\n(1) Số hộ dân có nhà bị sập.\n(2) Tổng kinh phí cần thiết.\n"
        "Ủy ban nhân dân tỉnh Quảng Bình khẩn trương gửi Báo cáo trước 17 giờ ngày 27/11/2025.\n"
        "2. Bộ Tài chính tổng hợp, đề xuất nguồn lực hỗ trợ.",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text[:30], a.deadline) for a in record.actions] == [
        ("Ủy ban nhân dân tỉnh Quảng Bình", "Chủ tịch Ủy ban nhân dân tỉnh ", None),
        ("Ủy ban nhân dân tỉnh Quảng Bình", "Ủy ban nhân dân tỉnh Quảng Bìn", date(2025, 11, 27)),
        ("Bộ Tài chính", "Bộ Tài chính tổng hợp, đề xuất", None),
    ]
    assert record.actions[0].text.endswith("báo cáo cụ thể về một số nội dung sau")
    assert record.actions[1].deadline_text == "trước 17 giờ ngày 27/11/2025"


def test_a_full_line_ending_a_sentence_runs_on_where_blank_lines_set_paragraphs_off() -> None:
    # a page cut at a fixed width (lines run on with lower-case words), paragraphs set off
    # by blank lines
    lines = [
        "3. Sở Khoa học và Công nghệ",
        "",
        "Chủ trì tham mưu giải pháp đẩy mạnh xây dựng hạ tầng cơ sở vật chất, nhất là",
        "hạ tầng công nghệ thông tin; tăng cường đổi mới sáng tạo trong nghiên cứu và",
        "ứng dụng sản phẩm khoa học, công nghệ trong việc số hóa tài liệu mật của tỉnh.",
        "Nghiên cứu, ban hành quy chuẩn kỹ thuật về hạ tầng bảo mật đáp ứng yêu cầu",
        "chuyển đổi số trong tình hình hiện nay và những năm tiếp theo của giai đoạn.",
        "",
        "4. Sở Nội vụ",
        "",
        "Chủ trì tích hợp nội dung bài giảng về công tác bảo vệ bí mật nhà nước vào",
        "chương trình bồi dưỡng cán bộ, công chức, viên chức của tỉnh trong năm tới,",
        "bảo đảm thống nhất với các quy định hiện hành của Trung ương và của tỉnh về",
        "công tác đào tạo, bồi dưỡng cán bộ.",
        "Short line.",
        "",
    ]
    blocks = split_blocks(lines, [fold_keep(line) for line in lines])
    assert [b.text[:12] for b in blocks] == [
        "Sở Khoa học ",
        "Chủ trì tham",
        "Sở Nội vụ",
        "Chủ trì tích",
        "Short line.",
    ]
    assert blocks[1].text.endswith("của giai đoạn.")


def test_replacing_a_decision_as_a_task_is_not_the_closing_formula(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Bộ Công an tham mưu sửa đổi, bổ sung hoặc thay thế Quyết định số 15/2021/QĐ-TTg.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Bộ Công an"]


def test_asked_bodies_in_prose_and_the_closing_formulas_around_them(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Căn cứ Thông tư số 11/2025/TT-BGDĐT ngày 12/6/2025 của Bộ Giáo dục và Đào tạo;\n\n"
        "Đề nghị Ủy ban nhân dân phường, xã và đặc khu thực hiện đánh giá, xếp loại trung tâm "
        "học tập cộng đồng tại địa phương và gửi kết quả về Sở Giáo dục và Đào tạo.\n\n"
        "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện.\n\n"
        "Văn phòng Chính phủ thông báo để các Bộ Y tế, Công an, Xây dựng, Quốc phòng, Tài "
        "chính, Ủy ban nhân dân tỉnh Ninh Bình và các cơ quan liên quan biết, thực hiện./.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Ủy ban nhân dân phường, xã và đặc khu"]
    groups = heading_bodies(
        "các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập"
    )
    assert groups == [
        "các cơ quan chuyên môn, cơ quan hành chính khác",
        "các đơn vị sự nghiệp công lập",
    ]


def test_the_subject_that_issued_a_list_of_documents_issued_each() -> None:
    text = (
        "Về vấn đề này, Chính phủ đã ban hành Nghị quyết số 214/NQ-CP ngày 23/7/2025 ban hành "
        "Kế hoạch hành động về dữ liệu, Nghị định số 278/2025/NĐ-CP ngày 22/10/2025 quy định về "
        "kết nối dữ liệu. Thông tư số 9/2025/TT-BTC hướng dẫn việc này."
    )
    refs = find_references(text, fold_keep(text), None, 2025)
    assert [(r.number, r.issuer) for r in refs] == [
        ("214/NQ-CP", "Chính phủ"),
        ("278/2025/NĐ-CP", "Chính phủ"),
        ("9/2025/TT-BTC", None),
    ]


def test_an_official_named_in_person_and_the_investor_take_their_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Giao Phó Thủ tướng Nguyễn Văn Bình chỉ đạo, đôn đốc các Bộ, cơ quan, địa phương.\n"
        "2. Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu.",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Phó Thủ tướng Nguyễn Văn Bình", []),
        ("Chủ đầu tư", []),
    ]


def test_the_items_under_a_task_are_its_bodys_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Các cơ quan, đơn vị, địa phương, doanh nghiệp căn cứ chức năng xây dựng kế hoạch.\n"
        "- Giới thiệu điển hình tiên tiến trong đợt thi đua.\n"
        "- Báo cáo kết quả đợt thi đua.\n"
        "2. Bộ Nội vụ hướng dẫn khen thưởng.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Các cơ quan, đơn vị, địa phương, doanh nghiệp",
        "Các cơ quan, đơn vị, địa phương, doanh nghiệp",
        "Các cơ quan, đơn vị, địa phương, doanh nghiệp",
        "Bộ Nội vụ",
    ]
