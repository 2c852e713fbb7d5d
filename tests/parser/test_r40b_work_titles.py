"""Round 40b: a numbered title that gives work and ends in a colon ("5. Cung cấp cho cơ quan
bảo hiểm xã hội tình hình trích, nộp BHXH ...:", "3. Căn cứ kế hoạch kiểm tra ... trong vòng
10 ngày cung cấp danh sách ...:") opens a task zone, each line under it that names a body its
task (session 17's call), though its object's words ("tình hình") or its grounds ("Căn cứ")
read like a findings heading's."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PAGE = (
    "CỤC THUẾ TỈNH NINH BÌNH\n\nSố: 121/CT-TH\n\nNinh Bình, ngày 10 tháng 3 năm 2015\n\n"
    "Kính gửi:\n- Các phòng thuộc Cục Thuế;\n- Các Chi cục Thuế trực thuộc Cục Thuế.\n\n"
    "Cục Thuế tỉnh Ninh Bình triển khai như sau:\n\n"
    "1. Căn cứ kế hoạch kiểm tra trong năm đã được phê duyệt trong vòng 10 ngày cung cấp\n"
    "danh sách tổ chức sẽ kiểm tra cho cơ quan bảo hiểm:\n\n"
    "- Chi cục Thuế cung cấp cho BHXH huyện danh sách tổ chức sẽ kiểm tra.\n\n"
    "2. Cung cấp cho cơ quan bảo hiểm xã hội tình hình trích, nộp BHXH của tổ chức sau khi\n"
    "có kết luận kiểm tra thuế:\n\n"
    "- Chi cục Thuế cung cấp cho BHXH huyện tình hình trích, nộp BHXH của tổ chức.\n"
) + signed("CỤC TRƯỞNG")


def test_lines_under_a_title_giving_work_are_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    found = [(a.lead_unit, a.text[:40]) for a in parse_text(_PAGE, org, calendar).actions]
    assert found == [
        ("Chi cục Thuế", "Chi cục Thuế cung cấp cho BHXH huyện dan"),
        ("Chi cục Thuế", "Chi cục Thuế cung cấp cho BHXH huyện tìn"),
    ]


_LABELLED = (
    "CỤC THUẾ TỈNH NINH BÌNH\n\nSố: 122/CT-TH\n\nNinh Bình, ngày 10 tháng 3 năm 2015\n\n"
    "Kính gửi:\n- Các phòng thuộc Cục Thuế;\n- Các Chi cục Thuế trực thuộc Cục Thuế.\n\n"
    "Cục Thuế tỉnh Ninh Bình triển khai như sau:\n\n"
    "1. Cung cấp cho cơ quan bảo hiểm danh sách tổ chức sẽ kiểm tra:\n\n"
    "- Phòng Kiểm tra thuế số 2: Cung cấp cho BHXH tỉnh danh sách tổ chức do Cục Thuế quản lý.\n\n"
    "- Chi cục Thuế cung cấp cho BHXH huyện danh sách tổ chức do Chi cục Thuế quản lý.\n"
) + signed("CỤC TRƯỞNG")


def test_a_bodys_label_on_a_dash_items_line_stays_in_its_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("- Phòng X số 2: Cung cấp ...": the body and its work, one item as written; the unit's
    # number is its name's)
    first = parse_text(_LABELLED, org, calendar).actions[0]
    assert (first.lead_unit, first.text[:40]) == (
        "Phòng Kiểm tra thuế số 2",
        "Cung cấp cho BHXH tỉnh danh sách tổ chức",  # (the run-in label out of the text)
    )


def test_an_unnamed_task_of_a_letter_to_several_bodies_is_theirs_jointly(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("3. Đưa nội dung ... vào nội dung kiểm tra" under "Kính gửi: - Các phòng ...; - Các Chi
    # cục Thuế ...": the recipients lead it jointly, the first leading)
    page = _PAGE.replace(
        "Cục Thuế tỉnh Ninh Bình triển khai như sau:",
        "Thực hiện Quy chế số 01/QCPH-BHXH-CT ngày 10/02/2015 giữa Bảo hiểm xã hội tỉnh Ninh Bình"
        " và Cục Thuế tỉnh Ninh Bình, Cục Thuế tỉnh Ninh Bình triển khai như sau:",
    ).replace(
        "- Chi cục Thuế cung cấp cho BHXH huyện tình hình trích, nộp BHXH của tổ chức.\n",
        "- Chi cục Thuế cung cấp cho BHXH huyện tình hình trích, nộp BHXH của tổ chức.\n\n"
        "3. Đưa nội dung trích, nộp BHXH vào nội dung kiểm tra thuế.\n",
    )
    last = parse_text(page, org, calendar).actions[-1]
    assert (last.lead_unit, last.coordinating_units) == (
        "Các phòng thuộc Cục Thuế",
        ["Các Chi cục Thuế trực thuộc Cục Thuế"],
    )
