"""Round 40b: a numbered item that opens with several bodies and a colon, then goes on in lower
case ("1. Phòng Tuyên truyền và Hỗ trợ người nộp thuế, các Chi cục Thuế : phối hợp với ..."),
is the bodies' own sentence, as "9. Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất
khẩu: xây dựng ..." is (116/01): the text keeps the bodies, the first the lead and the others
joint leads; one body before the colon ("2. Sở Y tế: chỉ đạo ...") still heads its task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PAGE = (
    "CỤC THUẾ TỈNH NINH BÌNH\n\nSố: 120/CT-TH\n\nNinh Bình, ngày 10 tháng 3 năm 2015\n\n"
    "Kính gửi:\n- Các phòng thuộc Cục Thuế;\n- Các Chi cục Thuế trực thuộc Cục Thuế.\n\n"
    "Cục Thuế tỉnh Ninh Bình triển khai như sau:\n\n"
    "1. Phòng Tuyên truyền và Hỗ trợ người nộp thuế, các Chi cục Thuế : phối hợp với cơ quan\n"
    "báo chí trên địa bàn tuyên truyền về các nội dung cơ bản của Quy chế.\n\n"
    "2. Phòng Kiểm tra thuế số 2: chỉ đạo việc rà soát hồ sơ khai thuế của các tổ chức.\n"
) + signed("CỤC TRƯỞNG")


def test_bodies_before_the_colon(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    first, second = parse_text(_PAGE, org, calendar).actions
    # several bodies: a run-in label out of the text (session 29's third reading), the others
    # joint leads
    assert (first.text[:8], first.lead_unit, first.coordinating_units) == (
        "phối hợp",
        "Phòng Tuyên truyền và Hỗ trợ người nộp thuế",
        ["các Chi cục Thuế"],
    )
    # one body: it heads its task
    assert (second.text[:20], second.lead_unit) == (
        "chỉ đạo việc rà soát",
        "Phòng Kiểm tra thuế số 2",
    )
