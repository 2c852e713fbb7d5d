"""Round 13 (b): the partners "phối hợp với" lists, on synthetic snippets: a name's lower-case
word that folds like a word ending the list ("khí" like "khi", "tài" like "tại") stays in
the name, and "cơ quan chuyên môn thuộc Bộ X" after a comma is a partner of its own, named
by the body it belongs to."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.test_plans import plan


def test_partners_with_lower_case_words_and_a_named_bodys_office(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Cục Quản lý nhà chủ trì, phối hợp với Cục Biến đổi khí hậu, Cục Bảo tồn thiên "
        "nhiên và Đa dạng sinh học, cơ quan chuyên môn thuộc Bộ Tài chính rà soát quỹ đất.\n"
        "2. Sở Xây dựng chủ trì, phối hợp với Trung tâm Dữ liệu tài nguyên, Sở Nội vụ rà soát "
        "hồ sơ nhà ở.\n",
        org,
        calendar,
    )
    assert [a.coordinating_units for a in record.actions] == [
        [
            "Cục Biến đổi khí hậu",
            "Cục Bảo tồn thiên nhiên và Đa dạng sinh học",
            "cơ quan chuyên môn thuộc Bộ Tài chính",
        ],
        ["Trung tâm Dữ liệu tài nguyên", "Sở Nội vụ"],
    ]


def test_two_bodies_a_semicolon_lists_before_their_one_task_lead_it_jointly(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Viện Khoa học Thủy lợi và Phát triển nông thôn bền vững; Viện Quy hoạch, Kiến trúc "
        "nghiên cứu tham mưu xây dựng tiêu chuẩn thoát nước đô thị.\n"
        "2. Sở Xây dựng theo dõi việc thực hiện; Sở Tài chính tham mưu bố trí kinh phí.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Viện Khoa học Thủy lợi và Phát triển nông thôn bền vững", ["Viện Quy hoạch, Kiến trúc"]),
        ("Sở Xây dựng", []),
        ("Sở Tài chính", []),
    ]


def test_a_partners_long_name_ends_before_the_verb_that_sets_up(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Xây dựng chủ trì, phối hợp với Trung tâm Chuyển đổi số và Thông tin dữ liệu "
        "tài nguyên môi trường thiết lập hệ thống quản lý nhà ở.\n",
        org,
        calendar,
    )
    assert record.actions[0].coordinating_units == [
        "Trung tâm Chuyển đổi số và Thông tin dữ liệu tài nguyên môi trường"
    ]
