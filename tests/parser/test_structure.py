"""General rules of the body's structure, each on a short synthetic letter or phrase:
who an intro hands its items to, bodies named by shape, task boundaries, references'
issuers and the "Kính gửi" list (more in ``test_structure_lines.py``). None of these
snippets comes from the corpora."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.blocks import split_blocks
from directives.parser.bodies import heading_bodies
from directives.parser.clean import fold_keep
from directives.parser.mentions import MentionFinder
from directives.parser.references import find_references
from directives.parser.subjects import subject_acts, subject_bodies
from directives.parser.units import assign_units
from directives.records import ParsedDirective

# A central body's letter: not from the organisation's own province.
HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 12/VPCP-KTTH\nHà Nội, ngày 10 tháng 11 năm 2025\n\n"
    "V/v triển khai nhiệm vụ năm 2026\n\n"
)
TAIL = (
    "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\n"
    "Nguyễn Văn An\n"
)


def letter(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_text(HEAD + body + TAIL, org, calendar)


def leads(record: ParsedDirective) -> list[tuple[str | None, str]]:
    return [(a.lead_unit, a.text[:20]) for a in record.actions]


def test_the_bodies_an_intro_asks_lead_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Để triển khai tài liệu, Bộ Tài chính đề nghị UBND các tỉnh, thành phố quan tâm chỉ đạo:\n"
        "1. Phổ biến rộng rãi tài liệu đến cán bộ, công chức.\n"
        "2. Lồng ghép nội dung tài liệu vào chương trình bồi dưỡng.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["UBND các tỉnh, thành phố"] * 2


def test_a_province_named_as_the_actor_is_its_peoples_committee(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Để đạt mục tiêu tăng trưởng, tỉnh Hòa Bình cần tập trung thực hiện các nội dung sau:\n"
        "1. Rà soát các chỉ tiêu phát triển kinh tế - xã hội.\n"
        "2. Đẩy mạnh giải ngân vốn đầu tư công.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Ủy ban nhân dân tỉnh Hòa Bình"] * 2


def test_a_paragraph_after_an_item_on_a_gapped_page_stays_in_the_zone(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    paragraphs = [
        "Phó Thủ tướng đã làm việc với lãnh đạo tỉnh.",
        "Kết quả đạt được nhiều mặt tích cực.",
        "Thành phố cần tập trung thực hiện các nhiệm vụ sau:",
        "1. Xây dựng đội ngũ cán bộ cấp xã.",
        "Ủy ban nhân dân Thành phố chỉ đạo các sở tăng cường bám sát cơ sở.",
        "2. Quan tâm giải quyết các vấn đề còn tồn đọng.",
        "3. Thúc đẩy chuyển đổi số.",
    ]
    record = letter("\n\n".join(paragraphs), org, calendar)
    assert [a.text[:12] for a in record.actions] == [
        "Xây dựng đội",
        "Ủy ban nhân ",
        "Quan tâm giả",
        "Thúc đẩy chu",
    ]


def test_a_line_ending_in_a_colon_runs_on_into_a_lower_case_line() -> None:
    lines = ["5. Quan tâm giải quyết các vấn đề tồn đọng như:", "tài sản công dôi dư, hồ sơ."]
    blocks = split_blocks(lines, [fold_keep(line) for line in lines])
    assert len(blocks) == 1
    assert blocks[0].text.endswith("như: tài sản công dôi dư, hồ sơ.")


def test_names_that_hold_lower_case_words_are_taken_whole() -> None:
    assert subject_bodies("Cục Kết cấu hạ tầng xây dựng tham mưu việc chỉ đạo") == [
        "Cục Kết cấu hạ tầng xây dựng"
    ]
    assert subject_bodies("Ban Quản lý Dự án 85 khẩn trương chủ trì") == ["Ban Quản lý Dự án 85"]
    assert subject_bodies("Văn phòng Ban chỉ đạo quốc gia theo dõi sát tình hình") == [
        "Văn phòng Ban chỉ đạo quốc gia"
    ]
    # a run of words that links a sentence is not part of the name
    assert subject_bodies(
        "Ủy ban nhân dân Thành phố Hải Phòng xử lý dứt điểm trong tháng 11, bảo đảm an toàn"
    ) == ["Ủy ban nhân dân Thành phố Hải Phòng"]


def test_ministers_name_their_ministries_and_a_narrowing_clause_ends_the_list() -> None:
    assert subject_bodies(
        "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ theo chức "
        "năng chỉ đạo"
    ) == ["các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]
    assert heading_bodies("Ủy ban nhân dân các tỉnh từ Nghệ An đến Huế, trong đó trọng tâm là") == [
        "Ủy ban nhân dân các tỉnh từ Nghệ An đến Huế"
    ]
    assert heading_bodies("Các Bộ: Y tế, Văn hóa, Thể thao và Du lịch, Khoa học và Công nghệ") == [
        "Bộ Y tế",
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ Khoa học và Công nghệ",
    ]


def test_the_subject_who_directs_leads_and_a_second_minister_coordinates(
    org: OrgDirectory,
) -> None:
    find = MentionFinder(org)
    directed = assign_units(
        "Bộ trưởng Bộ Xây dựng chỉ đạo Sở Xây dựng các địa phương nghiên cứu", find, None
    )
    assert directed.lead == "Bộ Xây dựng"
    pair = assign_units(
        "Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an chỉ đạo các đơn vị", find, None
    )
    assert (pair.lead, pair.coordinating) == ("Bộ Quốc phòng", ["Bộ Công an"])
    # a department named with its province keeps the province
    named = assign_units("Ban Quản lý phối hợp với Sở Xây dựng Ninh Thuận và các đơn vị", find, "X")
    assert named.coordinating == ["Sở Xây dựng Ninh Thuận"]


def test_what_is_and_is_not_a_task_in_prose(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert subject_acts("Các Bộ, cơ quan ngang Bộ nghiên cứu các giải pháp tại Báo cáo")
    assert not subject_acts("Chính phủ đã ban hành nhiều văn bản chỉ đạo")
    record = letter(
        "Văn phòng Chính phủ thông báo ý kiến như sau:\n\n"
        "Các Bộ, cơ quan ngang Bộ nghiên cứu các giải pháp đã nêu.\n\n"
        "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành đúng hạn.\n\n"
        "Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm toàn diện trước Thủ tướng.\n\n"
        "Cục Thuế nhận được câu hỏi của độc giả.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Các Bộ, cơ quan ngang Bộ"]


def test_criteria_and_stray_marks_are_not_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "I. TIÊU CHÍ THI ĐUA\n1. Tiêu chí thi đua\na) Đối với các sở, ban, ngành\n"
        "- Hoàn thành vượt mức các chỉ tiêu.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Chủ trì tổ chức thực hiện Kế hoạch này.\n*",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        ("Sở Nội vụ", "Chủ trì tổ chức thực hiện Kế hoạch này")
    ]


def test_names_listed_after_a_colon_are_not_a_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Bình, Quảng Trị và Huế chủ động phối "
        "hợp với Bộ Tài chính hỗ trợ người dân.",
        org,
        calendar,
    )
    assert record.actions[0].text.startswith("Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Bình")
    assert record.actions[0].coordinating_units == ["Bộ Tài chính"]


def test_a_task_keeps_no_closing_mark(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = letter(
        "Thủ tướng Chính phủ yêu cầu:\n1. Bộ Y tế theo dõi tình hình dịch bệnh./.", org, calendar
    )
    assert record.actions[0].text == "Bộ Y tế theo dõi tình hình dịch bệnh"


def test_one_document_in_two_spellings_and_documents_listed_together() -> None:
    text = (
        "THỰC HIỆN CHỈ THỊ SỐ 7/CT-TTG NGÀY 02/3/2025. Thực hiện Chỉ thị số 7/CT-TTg ngày "
        "02/3/2025 của Thủ tướng Chính phủ, Thông tư số 9/2024/TT- BTC. Thông báo số 5/TB-VPCP "
        "ngày 01/4/2025, các văn bản số: 88/VPCP-CN ngày 02/4/2025 của Văn phòng Chính phủ. "
        "Bộ Nội vụ đã có Văn bản số 31/BNV-TCBC ngày 05/4/2025 đề nghị các địa phương báo cáo."
    )
    refs = find_references(text, fold_keep(text), None, 2025)
    assert [(r.number, r.issuer) for r in refs] == [
        ("7/CT-TTg", "Thủ tướng Chính phủ"),
        ("9/2024/TT-BTC", None),
        ("5/TB-VPCP", "Văn phòng Chính phủ"),
        ("88/VPCP-CN", "Văn phòng Chính phủ"),
        ("31/BNV-TCBC", "Bộ Nội vụ"),
    ]
    assert refs[0].issued_on == date(2025, 3, 2)


def test_recipients_that_run_on_over_blank_lines_and_a_stray_dash(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 9/CĐ-TTg\nHà Nội, ngày 10 tháng 11 năm 2025\n\nCÔNG ĐIỆN\n"
        "Về việc ứng phó mưa lũ\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng\ncác Bộ:\n\n"
        "Quốc phòng, Công an,\nY tế;\n- Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai,\n"
        "- Đắk Lắk và Khánh Hòa.\n\n"
        "1. Bộ Y tế bảo đảm thuốc men cho người dân vùng lũ.\n" + TAIL,
        org,
        calendar,
    )
    assert record.recipients == [
        "Bộ trưởng các Bộ: Quốc phòng, Công an, Y tế",
        "Chủ tịch Ủy ban nhân dân các tỉnh: Gia Lai, Đắk Lắk và Khánh Hòa",
    ]
    assert [a.lead_unit for a in record.actions] == ["Bộ Y tế"]


def test_partners_named_by_shape_and_related_bodies_left_out(org: OrgDirectory) -> None:
    find = MentionFinder(org)
    shaped = assign_units(
        "Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Đài Phát thanh và Truyền hình Thành phố, "
        "Ủy ban nhân dân xã, phường, đặc khu tổ chức hội nghị",
        find,
        None,
    )
    assert shaped.coordinating == [
        "Sở Tư pháp",
        "Đài Phát thanh và Truyền hình Thành phố",
        "Ủy ban nhân dân xã, phường, đặc khu",
    ]
    related = assign_units(
        "Bộ Y tế chủ trì, phối hợp với Bộ Công an và các bộ, cơ quan liên quan rà soát", find, None
    )
    assert related.coordinating == ["Bộ Công an"]
    directed = assign_units(
        "Chỉ đạo các Khu Quản lý đường bộ phối hợp với các Sở Xây dựng liên quan tổ chức trực",
        find,
        "Cục Đường bộ",
    )
    assert directed.coordinating == []


def test_a_sentence_that_hands_a_task_to_another_body_is_a_task_of_its_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Thủ tướng Chính phủ yêu cầu:\n"
        "1. Các Bộ khẩn trương hoàn thiện các báo cáo. Các báo cáo gửi Bộ Tư pháp trước ngày "
        "05/12/2025. Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày "
        "10/12/2025.\n"
        "2. Bộ Y tế rà soát các cơ sở khám bệnh. Thời hạn hoàn thành: trước ngày 20/12/2025.",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text[:25], a.deadline) for a in record.actions] == [
        ("Các Bộ", "Các Bộ khẩn trương hoàn t", date(2025, 12, 4)),
        ("Bộ Tư pháp", "Trên cơ sở đó, Bộ Tư pháp", date(2025, 12, 9)),
        ("Bộ Y tế", "Bộ Y tế rà soát các cơ sở", date(2025, 12, 19)),
    ]


def test_a_time_line_under_an_item_and_a_heading_glued_to_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến như sau:\n"
        "1. Giao Sở Xây dựng Theo dõi, đôn đốc các phường cập nhật dữ liệu.\n"
        "2. Giao Công an Thành phố:\n- Rà soát dữ liệu cư trú.\n- Cập nhật dữ liệu số nhà.\n"
        "Thời gian hoàn thành trước ngày 31 tháng 12 năm 2025.\n"
        "3. Giao Sở Tư pháp hướng dẫn các phường.",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text[:18], a.deadline) for a in record.actions] == [
        ("Sở Xây dựng", "Theo dõi, đôn đốc ", None),
        ("Công an Thành phố", "Rà soát dữ liệu cư", None),
        ("Công an Thành phố", "Cập nhật dữ liệu s", date(2025, 12, 30)),
        ("Sở Tư pháp", "Giao Sở Tư pháp hư", None),
    ]
