"""A regulation a decision issues, set out in Roman-numbered sections and no articles (a tax
office's "QUY ĐỊNH" with "I. ...", "II. ...", "III. TỔ CHỨC THỰC HIỆN"): its section on carrying
it out gives the tasks, as a guidance's does, up to the regulation's signature; the forms
annexed after it give none, nor do the sections it lays down."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỔNG CỤC THUẾ | Độc lập - Tự do - Hạnh phúc
Số: 731/QĐ-TCT | Hà Nội, ngày 14 tháng 5 năm 2024
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH QUY ĐỊNH LẬP SỔ THEO DÕI HOÀN THUẾ
TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ

Căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13 tháng 6 năm 2019;
Theo đề nghị của Vụ trưởng Vụ Kê khai và Kế toán thuế,

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định lập sổ theo dõi hoàn thuế.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm
thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT, KK.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG

Trần Minh Đức

QUY ĐỊNH
LẬP SỔ THEO DÕI HOÀN THUẾ
(Ban hành kèm theo Quyết định số 731/QĐ-TCT ngày 14 tháng 5 năm 2024 của Tổng cục trưởng
Tổng cục Thuế)

I. QUY ĐỊNH CHUNG
1. Sổ theo dõi hoàn thuế được lập theo từng người nộp thuế, ghi theo thứ tự thời gian.
2. Số liệu ghi sổ là số tiền thuế được hoàn theo quyết định hoàn thuế.

II. CÁCH GHI SỔ
1. Cột A ghi số thứ tự; cột B ghi tên người nộp thuế.
2. Cột 1 ghi số tiền đề nghị hoàn; cột 2 ghi số tiền được hoàn.

III. TỔ CHỨC THỰC HIỆN
1. Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương có trách nhiệm tổ chức lập
sổ theo dõi hoàn thuế tại đơn vị, kiểm tra việc ghi sổ của các Chi cục Thuế.
2. Trong quá trình thực hiện, nếu có vướng mắc, Cục Thuế báo cáo Tổng cục Thuế để xem xét,
giải quyết.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Trần Minh Đức

PHỤ LỤC SỐ 1
THỜI HẠN GỬI SỔ THEO DÕI HOÀN THUẾ
(Kèm theo Quyết định số 731/QĐ-TCT ngày 14 tháng 5 năm 2024 của Tổng cục Thuế)
Chi cục Thuế gửi Cục Thuế trước ngày 10 tháng sau; Cục Thuế gửi Tổng cục Thuế trước ngày 20
tháng sau.
"""


def test_a_sectioned_regulations_section_on_carrying_it_out_gives_its_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    texts = [a.text for a in parse_text(_DECISION, org, calendar).actions]
    assert any(t.startswith("Cục trưởng Cục Thuế các tỉnh") and "lập sổ" in t for t in texts)
    # the sections it lays down and the form after its signature give none
    assert not any("Cột A" in t or "Sổ theo dõi hoàn thuế được lập" in t for t in texts)
    assert not any("trước ngày 10 tháng sau" in t for t in texts)
