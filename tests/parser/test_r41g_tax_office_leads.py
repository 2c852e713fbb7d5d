"""Round 41g: a tax letter whose tasks fall to offices named by their tie to a business place.

"Cơ quan thuế được phân công quản lý thuế đối với X" is one body, the office assigned to X, as
"được giao nhiệm vụ ..." is (README, session 16: those given that work); "Đơn vị chủ quản của X"
the unit X belongs to, its owner part of the name. A paragraph under the same heading that
says what that office does when a case arises ("Khi X có thay đổi ..., cơ quan thuế ... cập
nhật ...") is more of its task; another body named there has a task of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 3201/TCT-KK
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 8 năm 2031
V/v quản lý thuế đối với chi nhánh
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương
Tổng cục Thuế đề nghị các Cục Thuế triển khai thực hiện các nội dung sau:
1. Về đăng ký thuế:
Cơ quan thuế được giao nhiệm vụ quản lý thuế đối với chi nhánh căn cứ thông tin tại Danh sách \
chi nhánh, cấp mã số thuế cho chi nhánh, gửi thông báo cho doanh nghiệp biết.
Khi chi nhánh có thay đổi thông tin đăng ký, tạm ngừng kinh doanh, cơ quan thuế được phân công \
quản lý thuế cập nhật thông tin vào hệ thống để quản lý thuế theo quy định.
2. Về hóa đơn:
Đơn vị chủ quản của chi nhánh sử dụng chung mẫu hóa đơn cho từng chi nhánh, gửi thông báo phát \
hành hóa đơn cho cơ quan thuế.
3. Về kê khai thuế:
Cơ quan thuế được phân công quản lý thuế đối với chi nhánh hướng dẫn doanh nghiệp kê khai thuế \
cho từng chi nhánh.
Khi chi nhánh chấm dứt hoạt động, Sở Tài chính thông báo cho cơ quan thuế biết.
"""


def _actions(org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str | None, str]]:
    record = parse_text(_HEAD + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    return [(a.lead_unit, a.text) for a in record.actions]


def test_an_office_assigned_to_a_place_is_one_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [lead for lead, _ in _actions(org, calendar)]
    assert "Cơ quan thuế được phân công quản lý thuế đối với chi nhánh" in leads
    assert leads[0] == "Cơ quan thuế được giao nhiệm vụ quản lý thuế đối với chi nhánh"


def test_the_owning_unit_keeps_whose_it_is(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    leads = [lead for lead, _ in _actions(org, calendar)]
    assert "Đơn vị chủ quản của chi nhánh" in leads


def test_a_case_for_the_same_office_goes_on_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = _actions(org, calendar)
    assert actions[0][1].endswith("cập nhật thông tin vào hệ thống để quản lý thuế theo quy định")
    assert not any(text.startswith("Khi chi nhánh có thay đổi") for _, text in actions)
    # (another body's case is its own task)
    assert actions[-1][1].startswith("Khi chi nhánh chấm dứt hoạt động, Sở Tài chính")
