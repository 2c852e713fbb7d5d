"""Round 35i: a chairman's decision publishing internal procedures, its annex titled "DANH MỤC
VÀ NỘI DUNG THỦ TỤC HÀNH CHÍNH NỘI BỘ ..." (the catalogue and the procedures' content, not a
"DANH MỤC THỦ TỤC ..." alone) and its fields numbered under each procedure ("1.1. Trình tự
thực hiện:", "1.2. Cách thức thực hiện:", ...). The procedures' steps ("Bước 1: Ủy ban nhân
dân cấp xã ... gửi ... trong thời hạn 15 ngày làm việc") are the content the decision
publishes: no task, and no deadline for the decision's one task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.procedures import described
from directives.records import DeadlineKind
from directives.text import fold

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2210/QĐ-UBND
Kon Tum, ngày 03 tháng 11 năm 2025

QUYẾT ĐỊNH
VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC LAO ĐỘNG
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính nội bộ lĩnh vực lao động.
Điều 2. Giao Văn phòng Ủy ban nhân dân tỉnh; Sở Nội vụ thực hiện công khai thủ tục hành chính
nội bộ trên Cổng thông tin điện tử tỉnh.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nội vụ chịu trách nhiệm thi hành
Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn B

**PHỤ LỤC**
DANH MỤC VÀ NỘI DUNG THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC
LAO ĐỘNG THUỘC PHẠM VI QUẢN LÝ CỦA SỞ NỘI VỤ
*(Kèm theo Quyết định số 2210/QĐ-UBND ngày 03 tháng 11 năm 2025 của Chủ tịch Ủy
ban nhân dân tỉnh Kon Tum)*

**I. DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ**
01. Phê duyệt danh sách lao động được hỗ trợ.

**II. NỘI DUNG CỤ THỂ CỦA THỦ TỤC HÀNH CHÍNH NỘI BỘ**
**1. Phê duyệt danh sách lao động được hỗ trợ**
"""

_FIELDS = """**1.1. Trình tự thực hiện:**
Bước 1: Ủy ban nhân dân cấp xã tổ chức rà soát danh sách lao động, gửi hồ sơ về Sở Nội vụ
trong thời hạn 15 ngày làm việc kể từ ngày nhận văn bản chỉ đạo.
Bước 2: Sở Nội vụ tổng hợp, thẩm định, trình Ủy ban nhân dân tỉnh phê duyệt trong thời hạn
20 ngày làm việc kể từ ngày nhận đủ hồ sơ.
**1.2. Cách thức thực hiện: **Gửi hồ sơ trực tuyến hoặc qua dịch vụ bưu chính.
**1.3. Thành phần, số lượng hồ sơ: **01 bộ hồ sơ gồm:
- Hồ sơ Ủy ban nhân dân cấp xã gửi Sở Nội vụ: Báo cáo kèm theo biểu số liệu lao động.
**1.4. Thời hạn giải quyết hồ sơ: **Trong thời hạn 30 ngày làm việc kể từ ngày nhận đủ hồ sơ.
**1.5. Cơ quan giải quyết thủ tục hành chính: **Ủy ban nhân dân tỉnh.
"""


def test_numbered_procedure_fields_are_described() -> None:
    folded = [fold(line) for line in ("PHỤ LỤC\n" + _FIELDS).replace("*", "").splitlines()]
    assert described(folded) == set(range(1, len(folded)))


def test_the_catalogue_and_content_annex_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_HEAD + _FIELDS, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Văn phòng Ủy ban nhân dân tỉnh"]
    assert record.actions[0].deadline is None
    assert record.actions[0].deadline_kind == DeadlineKind.NONE
