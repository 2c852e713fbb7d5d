"""Letters a web page copied without their letterhead, and the list and closing shapes
found in them, each rule on a short synthetic letter (none of it from the corpora)."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.bodies import heading_bodies
from directives.parser.clean import clean_text, fold_keep
from directives.parser.deadlines import find_deadline
from directives.parser.name_words import name_part
from directives.parser.speaker import speaking_body

HEAD = "BỘ Y TẾ\nSố: 15/BYT-KCB\nHà Nội, ngày 3 tháng 3 năm 2025\n\nKính gửi: Sở Y tế các tỉnh.\n\n"
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG\n\nLê Văn Bình\n"


def test_the_body_that_speaks_is_the_issuer_of_a_letter_without_its_letterhead() -> None:
    lines = [
        "Thực hiện Kết luận số 12-KL/TW ngày 01/3/2025 của Bộ Chính trị, Ban Chỉ đạo cải",
        "cách hành chính, tinh gọn bộ máy yêu cầu các đồng chí Bộ trưởng thực hiện:",
    ]
    assert speaking_body(lines, 0) == "Ban Chỉ đạo cải cách hành chính, tinh gọn bộ máy"
    # a clause that reports what was done is not the speaker; the request after it is
    lines = [
        "Thủ tướng Chính phủ đã ban hành Chỉ thị về các nhiệm vụ được giao. Trước tình",
        "hình đó, Bộ Y tế yêu cầu:",
    ]
    assert speaking_body(lines, 0) == "Bộ Y tế"
    # a request no body is named for names no issuer
    assert speaking_body(["Thực hiện Công văn số 5 của Bộ Y tế, đề nghị các đơn vị:"], 0) is None


def test_an_unheaded_letter_hands_unnamed_tasks_to_its_recipients(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "Kính gửi: Ủy ban nhân dân các tỉnh.\n\n"
        "Trước tình hình đó, Bộ Y tế đề nghị:\n"
        "1. Rà soát các cơ sở khám bệnh.\n" + TAIL,
        org,
        calendar,
    )
    assert record.issuer == "Bộ Y tế"
    assert "Không xác định được cơ quan ban hành văn bản." not in record.warnings
    assert [a.lead_unit for a in record.actions] == ["Ủy ban nhân dân các tỉnh"]


def test_a_list_marker_alone_on_its_line_opens_the_next_line() -> None:
    assert clean_text("Các việc:\n-\nRà soát hồ sơ.\n- Báo cáo kết quả.") == [
        "Các việc:",
        "- Rà soát hồ sơ.",
        "- Báo cáo kết quả.",
    ]


def test_a_capitalised_verb_after_an_organs_word_is_part_of_the_name() -> None:
    assert heading_bodies("Vụ Tổ chức cán bộ") == ["Vụ Tổ chức cán bộ"]
    assert heading_bodies("Tiểu ban giúp việc Ban Chỉ đạo") == ["Tiểu ban giúp việc Ban Chỉ đạo"]
    assert heading_bodies("Sở Y tế tổ chức tập huấn") == []  # a sentence, not a name


def test_a_weekday_before_the_date_of_a_deadline(calendar: WorkingCalendar) -> None:
    text = "báo cáo trước Thứ Tư ngày 12/3/2025"
    found = find_deadline(text, fold_keep(text), date(2025, 3, 3), calendar)
    assert found is not None
    assert (found.text, found.deadline) == ("trước Thứ Tư ngày 12/3/2025", date(2025, 3, 11))


def test_a_closing_asking_for_a_report_by_a_date_is_a_task_and_a_bare_exhortation_is_not(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    head = HEAD
    task = "1. Sở Y tế các tỉnh rà soát cơ sở khám bệnh.\n\n"
    reported = parse_text(
        head + task + "Trên đây là các nội dung cần thực hiện ngay, Bộ Y tế đề nghị Sở Y tế "
        "các tỉnh báo cáo kết quả trước ngày 20/3/2025./." + TAIL,
        org,
        calendar,
    )
    assert [a.deadline for a in reported.actions] == [None, date(2025, 3, 19)]
    exhorted = parse_text(
        head + task + "Bộ Y tế yêu cầu Thủ trưởng các đơn vị được giao nhiệm vụ tập trung "
        "nguồn lực, bảo đảm tiến độ./." + TAIL,
        org,
        calendar,
    )
    assert len(exhorted.actions) == 1


def test_a_title_is_not_the_body_that_speaks() -> None:
    # "Bộ trưởng giao:": the minister, no body's name
    assert speaking_body(["Thực hiện ý kiến của Thủ tướng, Bộ trưởng giao:"], 0) is None
    # the short form the letter gives itself is not part of the name
    lines = ["Thực hiện Kết luận, Ban Chỉ đạo về cải cách (sau đây viết là Ban Chỉ đạo) đề nghị:"]
    assert speaking_body(lines, 0) == "Ban Chỉ đạo về cải cách"


def test_last_words_asking_everyone_to_carry_out_the_letter_are_not_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    head = HEAD
    for last in (
        "Bộ Y tế yêu cầu các đơn vị triển khai, báo cáo kết quả thực hiện./.",
        "Sở Y tế các tỉnh khẩn trương chỉ đạo thực hiện 03 nội dung nêu trên./.",
    ):
        record = parse_text(
            head + "1. Sở Y tế các tỉnh rà soát cơ sở khám bệnh.\n\n" + last + TAIL, org, calendar
        )
        assert len(record.actions) == 1, last


def test_a_heading_asking_bodies_after_a_colon_names_them_all() -> None:
    assert heading_bodies("Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh") == [
        "Hiệp hội Doanh nghiệp tỉnh",
        "Hội Nông dân tỉnh",
    ]


def test_two_days_a_year_are_due_at_the_first_to_come(calendar: WorkingCalendar) -> None:
    text = "báo cáo trước ngày 01/6 và 15/11 hằng năm"
    found = find_deadline(text, fold_keep(text), date(2025, 7, 1), calendar)
    assert found is not None
    assert (found.text, found.deadline) == ("trước ngày 01/6 và 15/11 hằng năm", date(2025, 11, 14))


def test_digital_in_a_name_and_digits_in_a_web_address_stay() -> None:
    # "Chuyển đổi số": "số" (digital) inside a name, not "số" before a number
    assert name_part("Trung tâm Chuyển đổi số Tỉnh") == "Trung tâm Chuyển đổi số Tỉnh"
    # "nq57.vn" is an address, not a footnote glued to a word ("kiểm tra2.")
    assert clean_text("Cập nhật tại (https://nq57.vn), kiểm tra2.") == [
        "Cập nhật tại (https://nq57.vn), kiểm tra."
    ]


def test_how_well_a_task_was_done_in_a_year_is_no_due_date(calendar: WorkingCalendar) -> None:
    text = "đánh giá mức độ hoàn thành nhiệm vụ của cá nhân trong năm 2025"
    assert find_deadline(text, fold_keep(text), date(2025, 3, 3), calendar) is None
