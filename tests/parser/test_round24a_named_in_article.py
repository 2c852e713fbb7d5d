"""Round 24a: a Prime Minister's decision that allots funds to the provinces listed in its
first article gives them the follow-up task by that mention ("Điều 2. Ủy ban nhân dân các
tỉnh nêu tại Điều 1 căn cứ tình hình thực tế để quyết định ..."): "nêu tại Điều 1" says which
bodies are meant and belongs to the name. Its annex of sums opens with "Đơn vị: Triệu đồng",
the unit the figures are counted in, no "Đơn vị:" field naming a doer. The parser read no
subject there, then took "Triệu đồng" for the task's lead."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """THỦ TƯỚNG CHÍNH PHỦ
Số: 402/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc bổ sung có mục tiêu từ ngân sách trung ương cho các địa phương

QUYẾT ĐỊNH:
Điều 1. Bổ sung có mục tiêu từ ngân sách trung ương cho 03 địa phương số tiền 300 tỷ đồng để
sửa chữa trụ sở làm việc của các xã (chi tiết theo Phụ lục đính kèm).
Điều 2. Ủy ban nhân dân các tỉnh nêu tại Điều 1 căn cứ tình hình thực tế để quyết định mức hỗ
trợ cho các xã; đồng thời, chịu trách nhiệm quản lý, sử dụng số kinh phí được bổ sung đúng quy
định.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 4. Bộ trưởng Bộ Tài chính, Chủ tịch Ủy ban nhân dân các tỉnh nêu tại Điều 1 chịu trách
nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Nguyễn Văn A

PHỤ LỤC
BỔ SUNG CÓ MỤC TIÊU CHO CÁC ĐỊA PHƯƠNG
(Kèm theo Quyết định số 402/QĐ-TTg ngày 12 tháng 3 năm 2026 của Thủ tướng Chính phủ)
Đơn vị: Triệu đồng
STT
Địa phương
Số tiền
1
Cao Bằng
100.000
"""


def test_the_provinces_named_in_article_1_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [(a.lead_unit, a.text[:30]) for a in actions] == [
        ("Ủy ban nhân dân các tỉnh nêu tại Điều 1", "Ủy ban nhân dân các tỉnh nêu t"),
    ]
