"""Round rV: long plans and resolutions whose sections nest "1." / "1.1." / "a)", each on a short
synthetic letter."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.blocks import split_blocks
from directives.parser.cells import fold
from directives.parser.pdf_tables import rebuild_pdf_tables
from directives.parser.ranks import marker_ranks
from tests.parser.test_structure import letter


def test_a_decimal_level_sits_over_the_letters_seen_before_it() -> None:
    lines = ["1. Quan điểm", "a) Ưu tiên bảo vệ rừng.", "2. Nhiệm vụ", "2.1. Về rừng", "a) Trồng."]
    ranks = marker_ranks(split_blocks(lines, [fold(line) for line in lines]))
    assert ranks["num1"] < ranks["num2"] < ranks["letter"]


def test_a_body_heading_under_a_decimal_section_leads_its_letters(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Để khắc phục hậu quả mưa lũ, Chính phủ yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân "
        "các tỉnh thực hiện các nhiệm vụ sau:\n\n"
        "1. Quan điểm\n\n"
        "a) Ưu tiên cao nhất là ổn định đời sống nhân dân.\n\n"
        "2. Các nhiệm vụ\n\n"
        "2.1. Hỗ trợ về nhà ở\n\n"
        "Ủy ban nhân dân các tỉnh, thành\nphố:\n\n"
        "a) Bố trí quỹ đất tái định cư cho các hộ mất nhà.\n\n"
        "b) Sửa chữa trường học bị hư hỏng.\n\n"
        "2.2. Bảo đảm an sinh\n\n"
        "Bộ Y tế chỉ đạo các bệnh viện\ntuyến tỉnh:\n\n"
        "a) Cấp phát thuốc cho người dân vùng lũ.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Ủy ban nhân dân các tỉnh, thành phố",
        "Ủy ban nhân dân các tỉnh, thành phố",
        "Bộ Y tế",
    ]


def test_the_tasks_a_topic_comprises_ask_no_one(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "III. PHÁT TRIỂN DỮ LIỆU SỐ\n\n"
        "1. Lao động\n\n"
        "1.1. Việc làm\n\n"
        "Phát triển thị trường lao động theo hướng thực hiện giao dịch điện tử. Các nhiệm vụ "
        "trọng tâm bao gồm:\n\n"
        "a) Xây dựng sàn việc làm trực tuyến.\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Nội vụ chủ trì theo dõi việc thực hiện Kế hoạch.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Sở Nội vụ"]


def test_a_partner_named_by_its_topic_keeps_its_topic_words(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "1. Vụ Tổ chức cán bộ\n\n"
        "a) Phối hợp với Vụ Các vấn đề chung về xây dựng chính sách triển khai hội thảo chuyên đề.",
        org,
        calendar,
    )
    (action,) = record.actions
    assert action.coordinating_units == ["Vụ Các vấn đề chung về xây dựng chính sách"]


def test_the_heads_of_a_plural_of_offices_leave_the_offices_leading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Điều 3. Tổ chức thực hiện\n\n"
        "Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh chịu trách nhiệm công khai "
        "quy trình tiếp nhận hồ sơ tại bộ phận một cửa.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh"
    ]


def test_an_investor_and_an_owner_named_in_one_heading_are_two_bodies(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "4. Chủ đầu tư, chủ sở hữu ký túc xá sinh viên:\n\n"
        "a) Niêm yết công khai giá cho thuê tại khu ký túc xá.",
        org,
        calendar,
    )
    (action,) = record.actions
    assert (action.lead_unit, action.coordinating_units) == (
        "Chủ đầu tư",
        ["chủ sở hữu ký túc xá sinh viên"],
    )


def test_a_party_document_number_cut_at_its_hyphen_is_made_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "1. Sở Khoa học và Công nghệ tham mưu triển khai Nghị quyết số 57-\n"
        "NQ/TW của Bộ Chính trị về đột phá phát triển khoa học.",
        org,
        calendar,
    )
    (action,) = record.actions
    assert "Nghị quyết số 57-NQ/TW của Bộ Chính trị" in action.text


def test_a_pdf_task_cell_keeps_a_party_number_cut_at_its_hyphen_whole() -> None:
    got = rebuild_pdf_tables(
        [
            *["STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp"],
            *["Kết quả", "Thời gian hoàn", "thành"],
            *["7.", "Phổ biến Nghị quyết số 57-", "NQ/TW của Bộ Chính trị đến cán bộ."],
            *["Bộ Nội vụ", "Bộ Tư pháp", "Kế hoạch", "Quý II/2027"],
        ]
    )
    assert "Nghị quyết số 57-NQ/TW của Bộ Chính trị" in got[1]


def test_the_localities_encouraged_lead_their_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ thực hiện các nhiệm vụ sau:"
        "\n\n1. Hỗ trợ người dân vùng hạn\n\n"
        "a) Khuyến khích các địa phương trích ngân sách để hỗ trợ nước sạch cho vùng hạn.",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["các địa phương"]
