"""Round 38k: within one sentence, a clause after "," or ";" whose subject is another body with
a verb of its own is that body's task (README, session 17's calls): "Bộ X, Bộ Y huy động ...,
các địa phương hỗ trợ ..." is two tasks, the bodies sharing one verb joint leads; "Cấp ủy đảng
phải lãnh đạo, chính quyền phải vào cuộc ...; huy động ..." is two, the subjectless rest going
with the second. A list of the bodies a task is done with ("phối hợp với các sở, ngành, UBND
các huyện thực hiện") is no clause. "tối đa có thể" (as much as can be) is no "đã có" (done).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_CONCLUSION = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 612/TB-VPCP
Hà Nội, ngày 28 tháng 11 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ về khắc phục hậu quả mưa lũ

Thủ tướng Chính phủ yêu cầu các Bộ, ngành, địa phương tập trung một số nhiệm vụ sau:

1. Các địa phương phát động ngay chiến dịch hỗ trợ Nhân dân sửa chữa nhà ở.

Cấp ủy đảng phải lãnh đạo, chính quyền phải vào cuộc quản lý nhà nước, tổ chức thực hiện
theo quy định của pháp luật; huy động các lực lượng sửa chữa nhà ở.

Bộ Quốc phòng, Bộ Công an huy động lực lượng tối đa có thể hỗ trợ Nhân dân, các địa phương
hỗ trợ bố trí nơi ăn ở cho lực lượng tham gia.

2. Bộ Y tế chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các tỉnh thực hiện phòng
chống dịch bệnh sau lũ.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Văn An
"""


def test_a_clause_with_a_body_of_its_own_is_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_CONCLUSION, org, calendar).actions
    leads = {a.lead_unit: a.text for a in actions}
    assert leads["Cấp ủy đảng"] == "Cấp ủy đảng phải lãnh đạo"
    assert leads["chính quyền"].startswith("chính quyền phải vào cuộc")
    assert leads["Bộ Quốc phòng"].endswith("tối đa có thể hỗ trợ Nhân dân")
    assert leads["các địa phương"].startswith("các địa phương hỗ trợ bố trí")
    second = next(a for a in actions if a.lead_unit == "chính quyền")
    assert second.text.endswith("huy động các lực lượng sửa chữa nhà ở")


def test_partners_listed_after_phoi_hop_make_no_clause(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_CONCLUSION, org, calendar).actions
    assert actions[-1].lead_unit == "Bộ Y tế"
    assert actions[-1].text.endswith("phòng chống dịch bệnh sau lũ")


_FINDINGS = _CONCLUSION.replace(
    "Thủ tướng Chính phủ yêu cầu",
    "Qua tổng hợp báo cáo của các địa phương và kiểm tra thực tế cho thấy đợt mưa lũ vừa qua"
    " là lũ vượt lịch sử. Bộ Nông nghiệp và Môi trường, các ngành có liên quan cần khảo sát,"
    " đánh dấu mốc lịch sử mới này.\n\nThủ tướng Chính phủ yêu cầu",
)


def test_a_task_after_what_the_reports_show(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    first = parse_text(_FINDINGS, org, calendar).actions[0]
    assert first.lead_unit == "Bộ Nông nghiệp và Môi trường"
    assert first.text.startswith("Bộ Nông nghiệp và Môi trường, các ngành có liên quan cần")
