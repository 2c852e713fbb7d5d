"""Round 35i: a decision issuing a regulation, its annex after the regulation a list of the
forms the regulation prescribes ("Phụ lục / DANH MỤC BIỂU MẪU / (Ban hành kèm theo Quyết
định số ...)" over a table "STT | Mẫu biểu | Nội dung", then "Mẫu số 01" with its blanks and
its table of names to fill in). The forms are what a body fills in to ask, no task: the
parser read every row and line of them ("Họ và tên người yêu cầu: ......", "Stt", "Chức vụ")
as tasks led by the body the form is addressed to."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import appendix_tables, parse_text
from directives.text import fold

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/2025/QĐ-UBND
An Giang, ngày 02 tháng 12 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế quản lý, sử dụng hệ thống hội nghị trực tuyến tỉnh An Giang

ỦY BAN NHÂN DÂN TỈNH AN GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng hệ thống hội nghị trực tuyến.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 12 năm 2025.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh chịu trách
nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn E

QUY CHẾ
Quản lý, sử dụng hệ thống hội nghị trực tuyến tỉnh An Giang
(Ban hành kèm theo Quyết định số 88/2025/QĐ-UBND ngày 02 tháng 12 năm 2025)

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc quản lý, sử dụng hệ thống hội nghị trực tuyến tỉnh.
Chương II
TỔ CHỨC THỰC HIỆN
Điều 2. Trách nhiệm của Sở Khoa học và Công nghệ
1. Tổ chức theo dõi, kiểm tra việc sử dụng hệ thống hội nghị trực tuyến tỉnh.
2. Hướng dẫn các cơ quan, đơn vị sử dụng hệ thống hội nghị trực tuyến tỉnh./.

**Phụ lục**
**DANH MỤC BIỂU MẪU**
*(Ban hành kèm theo Quyết định số 88/2025/QĐ-UBND ngày 02 tháng 12 năm 2025)*
|
**STT**
|
**Mẫu biểu**
|
**Nội dung**
|
|
1
|
Mẫu số 01
|
Đề nghị cấp tài khoản hội nghị trực tuyến
|

**Mẫu số 01**
<Cơ quan, đơn vị> trân
trọng đề nghị Trung tâm Chuyển đổi số cấp mới tài khoản hội nghị trực tuyến cho
<cơ quan, đơn vị>, với các thông tin như sau:

Họ và tên người yêu cầu:…………………Chức
vụ:………………………

Cơ quan, đơn vị công
tác:………………………………………………….

Điện thoại liên lạc:…………………………………………………………

Nội dung yêu cầu:

1. Đề nghị cấp mới tài khoản cá nhân:

|
**Stt**
|
**Họ và tên**
|
**Chức vụ**
|
|
01
|
…
|
…
|
"""


def test_a_forms_annex_gives_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [a.text for a in record.actions] == [
        "Tổ chức theo dõi, kiểm tra việc sử dụng hệ thống hội nghị trực tuyến tỉnh",
        "Hướng dẫn các cơ quan, đơn vị sử dụng hệ thống hội nghị trực tuyến tỉnh",
    ]


def test_the_forms_annex_is_no_task_table() -> None:
    lines = _DECISION.replace("*", "").splitlines()
    folded = [fold(line) for line in lines]
    annex = next(i for i, line in enumerate(folded) if line.startswith("phu luc"))
    assert appendix_tables(folded, annex - 1) == []
