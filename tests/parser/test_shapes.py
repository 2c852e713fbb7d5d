"""Rules of the fourth round (blind batch 7 in view), each on a synthetic line."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.bodies import heading_bodies
from directives.parser.sentences import task_text
from directives.parser.subject_checks import opens_with_body
from tests.parser.test_plans import TAIL, plan


def test_a_verb_opening_with_an_organs_word_names_no_body() -> None:
    assert not opens_with_body("Ban hành quy chế quản lý, chia sẻ dữ liệu số")
    assert opens_with_body("Ban Chỉ đạo tỉnh chỉ đạo các địa phương")


def test_an_organs_word_alone_names_no_body() -> None:
    assert heading_bodies("Ban") == []
    assert heading_bodies("Sở Xây dựng") == ["Sở Xây dựng"]


def test_items_under_an_intro_ending_in_nhu_are_its_examples(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "\n\n".join(
            [
                "I. NHIỆM VỤ",
                "1. Phát triển nền tảng số",
                "Nghiên cứu, triển khai các nền tảng số chuyên dùng như:",
                "- Hệ thống giám sát giao thông.",
                "- Hệ thống thu phí tự động.",
                "II. TỔ CHỨC THỰC HIỆN",
                "1. Sở Y tế:",
                "- Chủ trì hướng dẫn xử lý môi trường.",
            ]
        ),
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Sở Y tế"]


def test_a_yearly_report_at_the_end_is_no_common_deadline(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "1. Sở Y tế:\n- Chủ trì hướng dẫn xử lý môi trường.\n\n"
        "Đề nghị các cơ quan, đơn vị triển khai thực hiện. Định kỳ hằng năm (trước ngày "
        "30 tháng 11) báo cáo kết quả thực hiện về Sở Y tế.\n",
        org,
        calendar,
    )
    assert record.actions[0].deadline is None


def test_a_paragraph_between_two_items_of_a_list_goes_on_with_the_first(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "\n\n".join(
            [
                "I. TỔ CHỨC THỰC HIỆN",
                "1. Sở Y tế:",
                "a) Tiếp nhận hồ sơ, lập báo cáo thẩm định.",
                "Trường hợp hồ sơ chưa đầy đủ, yêu cầu bổ sung.",
                "b) Công khai các thủ tục hành chính.",
            ]
        ),
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Sở Y tế",
            "Tiếp nhận hồ sơ, lập báo cáo thẩm định. Trường hợp hồ sơ chưa đầy đủ, yêu cầu bổ sung",
        ),
        ("Sở Y tế", "Công khai các thủ tục hành chính"),
    ]


def test_a_group_glossed_in_brackets_means_the_bodies_named_there() -> None:
    assert heading_bodies(
        "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý Khu kinh tế):"
    ) == [
        "Sở Tài chính",
        "Ban Quản lý Khu kinh tế",
    ]


def test_what_follows_a_colon_saying_who_the_bodies_are_is_no_name() -> None:
    heading = "Các sở, ban, ngành: Là các đơn vị được lấy ý kiến, chịu trách nhiệm trước UBND tỉnh:"
    assert heading_bodies(heading) == ["Các sở, ban, ngành"]
    assert heading_bodies("Ủy ban nhân dân các tỉnh: Hà Tĩnh, Quảng Trị") != [
        "Ủy ban nhân dân các tỉnh"
    ]


def test_a_short_item_over_an_intro_is_a_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "\n\n".join(
            [
                "I. TỔ CHỨC THỰC HIỆN",
                "1. Các sở, ban, ngành:",
                "1.1. Trách nhiệm cụ thể",
                "Ngoài các trách nhiệm chung, một số đơn vị còn có trách nhiệm sau:",
                "a) Sở Y tế",
                "- Hướng dẫn xử lý môi trường.",
            ]
        ),
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        ("Sở Y tế", "Hướng dẫn xử lý môi trường")
    ]


def test_the_partys_standing_committee_is_a_body_not_a_province(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    intro = "Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo các nội dung sau:"
    body = f"II. NHIỆM VỤ\n\n{intro}\n\n1. Đổi mới mô hình phát triển dựa vào khoa học.\n"
    assert [a.lead_unit for a in plan(body, org, calendar).actions] == ["Thường trực Tỉnh ủy"]


def test_a_page_without_letterhead_takes_number_type_and_date_from_its_annex_not_its_labels(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "Số hiệu:\n|\n171/CV-BCĐ\n|\nLoại văn bản:\n|\nCông văn\n|\n"
        "Ngày ban hành:\n|\n21/11/2025\n|\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh.\n\nĐề nghị Ủy ban nhân dân các tỉnh rà soát.\n"
    )
    record = parse_text(page + TAIL, org, calendar)
    # the page's "Số hiệu" block is the page's record, not the letter's (CORRECTIONS.md, R2)
    assert (record.number, record.document_type, record.issued_on) == (None, "CÔNG VĂN", None)
    annex = "\nPHỤ LỤC\n(Kèm theo Công văn số 171/CV-BCĐ ngày 21 tháng 11 năm 2025 của Ban)\n"
    record = parse_text(page + TAIL + annex, org, calendar)
    assert (record.number, record.document_type, record.issued_on) == (
        "171/CV-BCĐ",
        "CÔNG VĂN",
        date(2025, 11, 21),
    )


def test_the_ministries_and_their_peers_are_one_body_however_their_heads_are_written() -> None:
    heading = (
        "Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ quan thuộc Chính phủ, "
        "Chủ tịch Ủy ban nhân dân các tỉnh"
    )
    assert heading_bodies(heading) == [
        "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "Ủy ban nhân dân các tỉnh",
    ]


def test_the_topic_label_before_a_task_handed_to_a_body_is_not_its_text() -> None:
    assert task_text("Về đề nghị hỗ trợ vốn cho dự án: giao Bộ Tài chính xem xét.") == (
        "giao Bộ Tài chính xem xét"
    )
    assert task_text("Về thi công: chỉ đạo các nhà thầu tập trung nguồn lực.") == (
        "Về thi công: chỉ đạo các nhà thầu tập trung nguồn lực"
    )


def test_the_forces_named_as_a_subject_are_a_body() -> None:
    assert opens_with_body("Các lực lượng chức năng phải liên tục ra quân")


def test_an_item_ending_in_a_colon_right_before_its_sibling_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = "1. Sở Y tế:\na) Hướng dẫn các thủ tục thuộc thẩm quyền:\nb) Chủ trì giải quyết.\n"
    assert [a.text for a in plan(body, org, calendar).actions] == [
        "Hướng dẫn các thủ tục thuộc thẩm quyền",
        "Chủ trì giải quyết",
    ]
