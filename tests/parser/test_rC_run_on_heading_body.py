"""Round rC (batch 188): a numbered heading whose title runs on, with no stop, into the
sentence that hands its items to a body ("2. Kê khai ... nhập khẩu Chi cục thuế nơi quản lý
hướng dẫn ... như sau:") gives its items to that body, named as written up to its verb, in
lower case past its kind too."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.blocks import Block
from directives.parser.clean import fold_keep
from directives.parser.run_on_subject import run_on_body, run_on_doer

_LETTER = """TỔNG CỤC THUẾ
Số: 512/TCT-KK
Hà Nội, ngày 03 tháng 3 năm 2026
Kính gửi: Cục Thuế các tỉnh, thành phố.
Để thống nhất việc kê khai, Tổng cục Thuế yêu cầu Cục Thuế các tỉnh, thành phố chỉ đạo thực hiện nội dung sau:
I. Các Chi cục Thuế trên toàn quốc
1. Kê khai thuế đối với hàng hóa nhập khẩu Chi cục thuế nơi quản lý doanh nghiệp hướng dẫn người nộp thuế kê khai như sau:
a) Trường hợp người nộp thuế có nhiều hóa đơn cho một lô hàng:
+ Tiêu chí “Số hóa đơn”: ghi số hóa đơn đầu tiên.
+ Tiêu chí “Ghi chú”: ghi các số hóa đơn còn lại.
b) Trường hợp người nộp thuế có một hóa đơn cho nhiều lô hàng:
+ Tiêu chí “Số lô hàng”: ghi tổng số lô hàng.
2. Đối chiếu hóa đơn Tổng cục Thuế yêu cầu tăng cường việc thực hiện như sau:
a) Xây dựng danh mục đầu mối tiếp nhận hóa đơn điện tử Cục Thuế các tỉnh, thành phố xây dựng danh mục đầu mối và gửi Tổng cục Thuế trước ngày 15/3/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""  # noqa: E501


def test_the_run_on_body_is_read_as_written() -> None:
    text = (
        "Kê khai thuế đối với hàng hóa nhập khẩu Chi cục thuế nơi quản lý doanh nghiệp hướng dẫn"
        " người nộp thuế kê khai như sau:"
    )
    assert run_on_body(Block("num1", text, fold_keep(text))) == (
        "Chi cục thuế nơi quản lý doanh nghiệp"
    )
    said = "Kê khai thuế đối với hàng hóa nhập khẩu theo hướng dẫn sau:"
    assert run_on_body(Block("num1", said, fold_keep(said))) is None


def test_the_items_of_a_run_on_heading_go_to_its_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    cases = [a for a in actions if a.text.startswith("Trường hợp người nộp thuế")]
    assert len(cases) == 2
    assert {a.lead_unit for a in cases} == {"Chi cục thuế nơi quản lý doanh nghiệp"}
    listed = [a for a in actions if a.text.startswith("Xây dựng danh mục đầu mối")]
    assert [a.lead_unit for a in listed] == ["Cục Thuế các tỉnh, thành phố"]


def test_a_run_on_item_gives_its_work_to_the_body_that_restates_its_verb() -> None:
    said = "Tổ chức tập huấn Sở Tư pháp tổ chức lớp tập huấn cho cán bộ"
    assert run_on_doer(said) == ["Sở Tư pháp"]
    assert run_on_doer("Tổ chức tập huấn cho cán bộ Sở Tư pháp tổ chức lớp") == []
    assert run_on_doer("Xây dựng và vận hành Trung tâm dữ liệu xây dựng hệ thống") == []
