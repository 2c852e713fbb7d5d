"""Short letters of a ministry's general department (công văn) that set out what a new decree
changes and hand out the work of carrying it out: an item whose line the page broke right
after its lead verb ("3. Đề nghị" / "Cục trưởng Cục Thuế ... triển khai ...") is one sentence,
the verb kept in its text; the issuer presenting what the letter itself carries ("Tổng cục
Thuế giới thiệu ... (chi tiết nêu tại Phụ lục đính kèm)") gives no one work."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import ParsedDirective
from tests.parser.signed import signed

_NEWS = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 4410/TCT-PC
V/v triển khai Nghị định số 88/2021/NĐ-CP
Hà Nội, ngày 12 tháng 11 năm 2021

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

Nghị định số 88/2021/NĐ-CP quy định về hóa đơn điện tử có hiệu lực thi hành từ ngày \
01 tháng 01 năm 2022, Tổng cục Thuế giới thiệu các điểm mới và triển khai như sau:
1. Tổng cục Thuế giới thiệu các điểm mới về hóa đơn điện tử (chi tiết tại Phụ lục \
kèm theo).
2. Giao Vụ Pháp chế chủ trì, phối hợp với Vụ Kê khai để rà soát các quy trình có liên \
quan.
3. Đề nghị
Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương tổ chức tập huấn \
cho công chức thuế về Nghị định số 88/2021/NĐ-CP.
Tổng cục Thuế đề nghị các Cục Thuế chủ động triển khai, thực hiện./.
"""


def _record(org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_text(_NEWS + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)


def test_an_item_broken_after_its_lead_verb_is_one_sentence(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _record(org, calendar)
    last = record.actions[-1]
    assert last.text == (
        "Đề nghị Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương tổ chức tập huấn"
        " cho công chức thuế về Nghị định số 88/2021/NĐ-CP"
    )
    assert last.lead_unit == "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"


def test_the_issuer_presenting_its_annex_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _record(org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "Vụ Pháp chế",
        "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương",
    ]
