"""Round D (batch 225): an item whose first line is only its asker and the verb ("3. Chính
phủ trân trọng đề nghị"), the bodies asked on the next line: one sentence, not a title over
the paragraph under it, so the asker stays in the task's words."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = """CHÍNH PHỦ
Số: 412/NQ-CP Hà Nội, ngày 20 tháng 11 năm 2025

NGHỊ QUYẾT
Về các nhiệm vụ khắc phục hậu quả hạn hán

CHÍNH PHỦ
QUYẾT NGHỊ:

"""
_TAIL = """
Nơi nhận:
- Như trên;
TM. CHÍNH PHỦ
THỦ TƯỚNG

Nguyễn Văn A
"""
# a page cut at a fixed width
_WRAPPED = """1. Bộ Nông nghiệp và Môi trường
rà soát, đánh giá hệ thống cảnh báo sớm hạn hán, nhất là ứng dụng khoa học công
nghệ, tích hợp dữ liệu khí tượng thủy văn lên nền tảng số quốc gia; phối hợp với
các địa phương tăng cường năng lực cộng đồng về phòng chống hạn hán trong tình
hình mới, báo cáo Thủ tướng Chính phủ kết quả thực hiện trong quý I năm 2026.

2. Bộ Tài chính bố trí kinh phí từ dự phòng ngân sách trung ương năm 2025 để hỗ
trợ các địa phương khắc phục hậu quả hạn hán, bảo đảm kịp thời, đúng đối tượng,
công khai, minh bạch, không để xảy ra thất thoát, lãng phí, tiêu cực.

3. Chính phủ trân trọng đề nghị
Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên, theo nhiệm
vụ, quyền hạn của mình chủ động vận động, kêu gọi ủng hộ, kịp thời phân bổ nguồn
lực hỗ trợ người dân bị ảnh hưởng bởi hạn hán, nhất là các đối tượng yếu thế./.
"""
# a page of short paragraphs, one line each but the asked item's
_LOOSE = """1. Bộ Tài chính bố trí kinh phí hỗ trợ các địa phương khắc phục hậu quả hạn hán.

2. Chính phủ trân trọng đề nghị
"""
_LOOSE += (
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên chủ động vận động, "
    "kêu gọi ủng hộ người dân bị ảnh hưởng bởi hạn hán./.\n"
)


def test_an_asker_line_runs_on_into_the_bodies_on_a_wrapped_page(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = parse_text(_HEAD + _WRAPPED + _TAIL, org, calendar).actions[-1]
    assert last.text.startswith("Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận")
    assert last.lead_unit == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


def test_an_asker_line_runs_on_into_the_bodies_on_a_loose_page(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = parse_text(_HEAD + _LOOSE + _TAIL, org, calendar).actions[-1]
    assert last.text.startswith("Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận")
    assert last.lead_unit == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


def test_the_letters_close_stays_apart(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    loose = _LOOSE.replace("./.\n", ".\n\nTrân trọng đề nghị\nBộ Tài chính xem xét.\n")
    texts = [a.text for a in parse_text(_HEAD + loose + _TAIL, org, calendar).actions]
    assert not any(t.startswith("Trân trọng") for t in texts)
