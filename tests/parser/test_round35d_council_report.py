"""Round 35d: a people's committee's plan reported to its council ("Kính gửi: Hội đồng nhân
dân tỉnh ..."). The council is not the doer of the plan's impersonal items (the parser gave it
every background, forecast and "giải pháp" bullet): the letter reports to it. What the
committee says of itself ("..., Ủy ban nhân dân tỉnh X xác định khung cân đối ...") is what it
reports, no task. An item whose own later clause names a body to act ("...; đồng thời, ngành
Y tế phối hợp ...") gives that body the task, the whole item its text. A letter to a
subordinate body keeps giving it the impersonal items."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 0150/KH-UBND

Hà Giang, ngày 20 tháng 11 năm 2025

KẾ HOẠCH

TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2026 - 2028 TỈNH HÀ GIANG

Kính gửi: {recipient}

Trên cơ sở tình hình thực hiện dự toán năm 2025, Ủy ban nhân dân tỉnh Hà Giang xây dựng kế
hoạch tài chính - ngân sách nhà nước 03 năm 2026 - 2028 với nội dung cụ thể như sau:

I. TÌNH HÌNH THỰC HIỆN DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2025

1. Đánh giá tình hình thu ngân sách năm 2025

- Công tác thu ngân sách luôn nhận được sự quan tâm lãnh đạo, chỉ đạo của các cấp ủy Đảng.

- Thu tiền sử dụng đất ước đạt 300 tỷ đồng, bằng 75% dự toán năm.

II. DỰ BÁO CÁC CHỈ TIÊU VÀ KHUNG CÂN ĐỐI NGÂN SÁCH 03 NĂM 2026 - 2028

1. Khung cân đối ngân sách

Để đảm bảo cân đối ngân sách hàng năm, Ủy ban nhân dân tỉnh Hà Giang xác định khung cân đối
ngân sách địa phương 03 năm 2026 - 2028 như các Mẫu biểu kèm theo.

III. CÁC GIẢI PHÁP TỔ CHỨC THỰC HIỆN KẾ HOẠCH

1. Dự báo những tác động đến thu, chi ngân sách

- Nguồn thu từ đất chưa tương xứng với tiềm năng, chưa tạo được động lực thu hút đầu tư.

- Quy mô nền kinh tế của tỉnh còn nhỏ, chưa tự cân đối được ngân sách.

2. Các giải pháp tổ chức thực hiện kế hoạch

Để hoàn thành kế hoạch tài chính 03 năm của tỉnh, cần tập trung vào các giải pháp sau:

- Theo dõi chặt chẽ tiến độ thu ngân sách, đánh giá, phân tích cụ thể từng địa bàn.

- Triển khai đồng bộ các biện pháp quản lý thu; trong đó, tăng cường công tác kiểm tra;
đồng thời, ngành Y tế phối hợp chặt chẽ với các ngành, các cấp thực hiện thu đúng, thu đủ.

- Tiếp tục bố trí dự toán chi tạo nguồn thực hiện cải cách tiền lương theo quy định.

Trên đây là Kế hoạch tài chính - ngân sách nhà nước 03 năm 2026 - 2028 tỉnh Hà Giang, Ủy ban
nhân dân tỉnh báo cáo Hội đồng nhân dân tỉnh theo quy định./.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""

_BY_SECTOR = (
    "Triển khai đồng bộ các biện pháp quản lý thu; trong đó, tăng cường công tác kiểm tra;"
    " đồng thời, ngành Y tế phối hợp chặt chẽ với các ngành, các cấp thực hiện thu đúng, thu đủ"
)


def test_a_plan_reported_to_the_council_gives_it_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_PLAN.format(recipient="Hội đồng nhân dân tỉnh Hà Giang"), org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [("ngành Y tế", _BY_SECTOR)]


def test_the_council_standing_committee_likewise(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _PLAN.format(recipient="Thường trực Hội đồng nhân dân tỉnh Hà Giang")
    record = parse_text(text, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["ngành Y tế"]


def test_a_letter_to_a_department_gives_it_the_impersonal_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_PLAN.format(recipient="Sở Tài chính tỉnh Hà Giang"), org, calendar)
    leads = [a.lead_unit for a in record.actions]
    assert "Sở Tài chính tỉnh Hà Giang" in leads
    assert "ngành Y tế" in leads
