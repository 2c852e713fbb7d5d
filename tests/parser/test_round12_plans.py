"""Rules of the twelfth round on plans, tables and bodies' names (blind batches 14 and 18 in
view), each on a synthetic snippet that no corpus holds: the ministers' titles read as the
ministries in the letter's own case with the people's committees as partners, a name that
does not run on into the verb after it, a list inside an opening clause, a title inside a
heading's list, and a task table's row whose body cell comes again after a page break."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.bodies import heading_bodies
from directives.parser.mentions import MentionFinder
from directives.parser.pdf_tables import rebuild_pdf_tables
from directives.parser.subjects import subject_bodies
from directives.parser.table_units import coordinating_cell, lead_cell
from tests.parser.test_plans import plan

# A hard-wrapped page: lines cut at the page's width, a sentence running on in lower case.
WRAPPED = (
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Nâng cao chất lượng các công trình giao thông trên địa bàn, bảo đảm tiến độ\n"
    "thi công và an toàn giao thông trong quá trình thi công các dự án trọng điểm\n"
    "của tỉnh; kịp thời phát hiện, xử lý các tồn tại, hạn chế trong công tác quản\n"
    "lý chất lượng, nhất là các công trình sử dụng vốn ngân sách nhà nước, vốn vay\n"
    "ưu đãi và các nguồn vốn hợp pháp khác theo quy định của pháp luật hiện hành.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Xây dựng chủ trì hướng dẫn các chủ đầu tư thực hiện quy định về quản\n"
    "lý chất lượng công trình xây dựng, kiểm tra định kỳ các công trình trọng điểm\n"
    "trên địa bàn, tổng hợp kết quả kiểm tra báo cáo Ủy ban nhân dân tỉnh hằng quý.\n"
)


def leads(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str | None]:
    """The leads of a plan's tasks under "II. TỔ CHỨC THỰC HIỆN"."""
    return [a.lead_unit for a in plan("II. TỔ CHỨC THỰC HIỆN\n" + body, org, calendar).actions]


def test_the_ministers_titles_name_the_ministries_in_the_letters_own_case() -> None:
    assert heading_bodies(
        "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:"
    ) == ["Các Bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố"]
    # a title opened by "các đồng chí" is dropped whole; "ngang bộ" and "trực thuộc" as written
    assert heading_bodies(
        "Các đồng chí Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan trực thuộc Chính phủ"
    ) == ["các Bộ, cơ quan ngang bộ, cơ quan trực thuộc Chính phủ"]
    assert subject_bodies(
        "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh rà soát "
        "các dự án chậm tiến độ."
    ) == ["các Bộ, cơ quan ngang Bộ", "Ủy ban nhân dân các tỉnh"]


def test_a_name_ends_before_a_verb_that_opens_with_a_word_of_a_name() -> None:
    # "thành" of "thành phố", not of "thành lập"
    assert subject_bodies(
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố thành lập Tổ công tác rà soát văn bản."
    ) == ["Ủy ban nhân dân các tỉnh, thành phố"]


def test_the_ministers_heading_leads_its_items_with_the_committees_as_partners(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, "
        "thành phố:\n"
        "a) Rà soát các dự án đầu tư công chậm giải ngân.\n"
        "b) Báo cáo kết quả giải ngân về Bộ Tài chính.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Các Bộ, cơ quan ngang bộ", ["Ủy ban nhân dân các tỉnh, thành phố"])
    ] * 2


def test_a_comma_inside_a_list_the_opening_clause_names_does_not_end_the_clause(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính:\n"
        "a) Xây dựng kế hoạch chi tiết, báo cáo Ủy ban nhân dân tỉnh trong quý III năm 2026. "
        "Trên cơ sở kế hoạch của từng sở, cơ quan, đơn vị xây dựng nhiệm vụ trong chương trình "
        "công tác hằng năm.\n"
        "b) Tổng hợp kết quả thực hiện.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Sở Tài chính"] * 2
    assert record.actions[0].text.endswith("trong chương trình công tác hằng năm")


def test_a_title_inside_a_heading_list_of_bodies_is_dropped(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    heading = "3. Giám đốc Sở, Thủ trưởng cơ quan, đơn vị\n"
    assert leads(heading + "a) Phổ biến quy định về phòng cháy.\n", org, calendar) == [
        "Sở, cơ quan, đơn vị"
    ]


def test_a_body_cell_again_after_a_page_break_is_a_second_result_of_the_same_task() -> None:
    header = ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian"]
    got = rebuild_pdf_tables(
        [
            *header,
            *["3", "Hoàn thiện quy định về đo lường", "Bộ Công Thương", "Các bộ, ngành"],
            *["Báo cáo chuyên", "đề về đo lường", "Tháng 4/2026"],
            *["", "CÔNG BÁO/Số 12/Ngày 02-03-2026", "45", " ", *header],  # the page's number
            *[
                "trong nước",
                "Bộ Công Thương",
                "Các bộ, ngành",
                "Dự thảo nghị định",
                "Tháng 10/2026",
            ],
            *["4", "Đào tạo kiểm định viên", "Viện Đo lường", "", "Khóa đào tạo", "Năm 2027"],
        ]
    )
    assert got[1:4] == [
        "| 3 | Hoàn thiện quy định về đo lường | Bộ Công Thương | Các bộ, ngành "
        "| Báo cáo chuyên đề về đo lường trong nước | Tháng 4/2026 |",
        "|  | Hoàn thiện quy định về đo lường | Bộ Công Thương | Các bộ, ngành "
        "| Dự thảo nghị định | Tháng 10/2026 |",
        "| 4 | Đào tạo kiểm định viên | Viện Đo lường |  | Khóa đào tạo | Năm 2027 |",
    ]


def test_a_dash_item_opening_with_a_verb_under_a_full_width_heading_is_an_item(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # the page is hard-wrapped: a "-" line under a full line ending in a name is most often
    # the hyphen of a cut name, but not when a verb opens it
    record = plan(
        WRAPPED + "2. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Hà Giang\n"
        "- Thực hiện giám sát chất lượng các gói thầu do Ban làm chủ đầu tư.\n"
        "- Báo cáo tiến độ thi công các dự án về Sở Xây dựng trước ngày 25 hằng tháng.\n",
        org,
        calendar,
    )
    assert [a.text[:28].strip() for a in record.actions[1:]] == [
        "Thực hiện giám sát chất lượn",
        "Báo cáo tiến độ thi công các",
    ]


def test_bodies_named_jointly_fill_the_subject_and_a_listed_verb_ends_it() -> None:
    # lower-case words of both names, and "đầu tư," the first of the sentence's verbs
    cases = {
        "Ban Quản lý Khu du lịch và Ban Quản lý các Khu chế xuất tỉnh đầu tư, nâng cấp hạ tầng "
        "giao thông nội khu.": ["Ban Quản lý Khu du lịch", "Ban Quản lý các Khu chế xuất tỉnh"],
        "Ủy ban nhân dân cấp huyện: đầu tư, cải tạo chợ nông thôn.": ["Ủy ban nhân dân cấp huyện"],
    }
    assert {s: subject_bodies(s) for s in cases} == cases


def test_a_heading_naming_a_group_and_those_concerned_is_set_off_from_its_paragraph(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        WRAPPED + "4. Các cơ quan, đoàn thể và các đơn vị khác có liên quan\n"
        "Phối hợp với Sở Y tế trong kiểm tra an toàn thực phẩm.\n",
        org,
        calendar,
    )
    assert record.actions[-1].text == "Phối hợp với Sở Y tế trong kiểm tra an toàn thực phẩm"


def test_a_table_cell_listing_bodies_after_a_shared_prefix_keeps_known_names_whole(
    org: OrgDirectory,
) -> None:
    find = MentionFinder(org)
    names = lead_cell("Các Bộ: Tư pháp, Văn hóa, Thể thao và Du lịch", find)
    assert [name for name, _ in names] == ["Bộ Tư pháp", "Bộ Văn hóa, Thể thao và Du lịch"]
    # ", các bộ, ngành" opens an unnamed plural after a body's name, no partner of its own
    partners = coordinating_cell("Ban Quản lý dự án 6, các bộ, ngành, địa phương", find)
    assert [name for name, _ in partners] == ["Ban Quản lý dự án 6"]
