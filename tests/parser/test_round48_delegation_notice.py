"""Round 48 (batch 184): a council's monitoring delegation assigns its working groups ("a) Tổ
công tác số 01: tổ chức làm việc ...", "1. Các Tổ công tác"), each group a body with its task,
while the duties it lays on persons (the head named with his post, "2. Các thành viên Tổ công
tác", "3. Thư ký các Tổ công tác") are none; a cited number a line breaks after its slash
("118/2026/" / "QĐ-UBND") is written whole in a task's text; and "Sở X đề nghị A và B phối
hợp triển khai./." closes the letter."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_NOTICE = """HỘI ĐỒNG NHÂN DÂN
TỈNH BÌNH DƯƠNG
ĐOÀN GIÁM SÁT
Số: 12/TB-ĐGS
Bình Dương, ngày 02 tháng 11 năm 2021

THÔNG BÁO
Phân công nhiệm vụ thành viên Đoàn giám sát về công tác phòng, chống thiên tai

I. PHÂN CÔNG NHIỆM VỤ
1. Trưởng Đoàn giám sát: Ông Nguyễn Văn Lộc - Phó Chủ tịch HĐND tỉnh - phụ trách chung,
điều hành toàn bộ hoạt động của Đoàn giám sát.
2. Phó Trưởng đoàn và thành viên
a) Tổ công tác số 01: tổ chức làm việc trực tiếp với UBND thành phố Thủ Dầu Một và 02 đơn vị cấp xã.
b) Tổ công tác số 02: tổ chức làm việc trực tiếp với UBND huyện Dầu Tiếng và 02 đơn vị cấp xã.
II. TỔ CHỨC THỰC HIỆN
1. Các Tổ công tác
Các Tổ công tác nghiên cứu các báo cáo, tài liệu liên quan và xây dựng báo cáo kết quả giám sát.
2. Các thành viên Tổ công tác
- Sắp xếp thời gian tham gia đầy đủ các buổi giám sát tại địa phương.
3. Thư ký các Tổ công tác
- Chuẩn bị các điều kiện hậu cần phục vụ cho hoạt động giám sát của các Tổ.

Nơi nhận:
- Thường trực HĐND tỉnh;
- Lưu: VT.
TM. ĐOÀN GIÁM SÁT
TRƯỞNG ĐOÀN

Nguyễn Văn Lộc
"""

_LETTER = """UBND TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 8710/SNNMT-QLĐĐ
V/v triển khai Quyết định số 118/2026/QĐ-UBND
Gia Lai, ngày 05 tháng 8 năm 2026

Kính gửi: UBND các xã, phường

Sở Nông nghiệp và Môi trường đề nghị Sở Xây dựng và UBND các xã, phường phối hợp triển khai
một số nội dung sau:
1. UBND các xã, phường tuyên truyền phổ biến Quyết định số 118/2026/
QĐ-UBND ngày 28/7/2026 của UBND tỉnh đến các tổ chức, cá nhân trên địa bàn.
Sở Nông nghiệp và Môi trường đề nghị Sở Xây dựng và UBND các xã, phường phối hợp triển khai./.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC

Cao Thanh Thương
"""


def test_the_working_groups_lead_and_persons_have_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [a.lead_unit for a in parse_text(_NOTICE, org, calendar).actions]
    assert leads == ["Tổ công tác số 01", "Tổ công tác số 02", "Các Tổ công tác"]


def test_a_number_cut_after_its_slash_and_the_closing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert len(actions) == 1
    assert "Quyết định số 118/2026/QĐ-UBND ngày 28/7/2026" in actions[0].text
