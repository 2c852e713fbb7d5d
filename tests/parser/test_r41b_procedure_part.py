"""A procedure a decision issues whose steps stand in no parts ("Bước 1. ...", "Bước 2. ...")
and whose one part is its last, "Phần III" / "TỔ CHỨC THỰC HIỆN": that part gives the tasks,
each clause naming bodies and their work, the steps none; a head written "Vụ trưởng" before
the body's name ("Vụ trưởng Vụ Thanh tra") is dropped as "Cục trưởng" is."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_DECISION = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 2176/QĐ-TCT
Hà Nội, ngày 10 tháng 11 năm 2015

QUYẾT ĐỊNH
Về việc ban hành quy trình phân tích thông tin rủi ro

TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ

Căn cứ Luật Quản lý thuế số 78/2006/QH11 ngày 29/11/2006;

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này quy trình phân tích thông tin rủi ro người nộp thuế.
Điều 2. Quyết định này có hiệu lực từ ngày ký.
"""

_PROCEDURE = """
QUY TRÌNH
PHÂN TÍCH THÔNG TIN RỦI RO NGƯỜI NỘP THUẾ
(Ban hành kèm theo Quyết định số 2176/QĐ-TCT ngày 10 tháng 11 năm 2015 của Tổng cục trưởng \
Tổng cục Thuế)
Bước 1. Thu thập thông tin người nộp thuế
Bộ phận thanh tra thu thập, khai thác thông tin về người nộp thuế từ cơ sở dữ liệu ngành thuế.
Bước 2. Đánh giá bộ tiêu chí
Các Cục Thuế tổng hợp báo cáo đánh giá bộ tiêu chí gửi về Vụ Thanh tra vào ngày 28/2 hàng năm.
Phần III
TỔ CHỨC THỰC HIỆN
1. Vụ trưởng Vụ Thanh tra Tổng cục Thuế, Cục trưởng Cục Thuế và Chi cục trưởng Chi cục Thuế \
chịu trách nhiệm tổ chức, triển khai thực hiện theo quy trình này.
2. Cục Thuế định kỳ hoặc đột xuất tổ chức kiểm tra việc thực hiện quy trình của các Chi cục Thuế.
"""


def test_the_procedures_one_part_on_carrying_it_out_gives_the_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = _DECISION + signed("TỔNG CỤC TRƯỞNG", "Bùi Văn Nam") + _PROCEDURE
    record = parse_text(page, org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Vụ Thanh tra Tổng cục Thuế", ["Cục Thuế", "Chi cục Thuế"]),
        ("Cục Thuế", []),
    ]
    assert record.actions[1].text == (
        "Cục Thuế định kỳ hoặc đột xuất tổ chức kiểm tra việc thực hiện quy trình của các Chi cục"
        " Thuế"
    )
