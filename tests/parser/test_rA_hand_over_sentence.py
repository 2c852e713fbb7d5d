"""Round rA: a dash item that is a whole sentence handing work over ("- Giao phòng X chủ trì,
bố trí ... .") over "+" items that name no body is X's task, the items more of X's work; and a
remedy plan's "- Giải pháp thực hiện: Giao X chủ trì, thực hiện:" (a short label, then the
hand-over that ends on a colon) gives the "+" items under it to X."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
THỊ XÃ BÌNH AN
Số: 510/KH-UBND
Bình An, ngày 10 tháng 9 năm 2026

KẾ HOẠCH
Khắc phục tồn tại, hạn chế trong công tác lưu trữ năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Khắc phục kịp thời, dứt điểm những tồn tại, hạn chế đã được Đoàn kiểm tra chỉ ra.
II. NỘI DUNG KHẮC PHỤC
1. Việc lập hồ sơ công việc còn chưa đầy đủ theo quy định.
- Nguyên nhân: Cán bộ phụ trách chưa nắm vững nghiệp vụ lưu trữ.
- Giải pháp thực hiện: Giao các phòng chuyên môn được phân công theo dõi chủ trì, thực hiện:
+ Chấn chỉnh ý thức, trách nhiệm của chuyên viên trực tiếp lập hồ sơ công việc trong năm;
+ Quán triệt đến các cán bộ, công chức thực hiện nghiêm việc lập hồ sơ theo danh mục.
- Thời gian thực hiện: Thường xuyên từ tháng 9/2026.
2. Việc bảo quản tài liệu chưa bảo đảm an toàn.
- Nguyên nhân: Kho lưu trữ chưa được trang bị đủ thiết bị.
- Giải pháp thực hiện:
- Giao phòng Tài chính - Kế hoạch chủ trì, bố trí kinh phí trang bị thiết bị cho kho lưu trữ.
+ Rà soát, đề xuất danh mục thiết bị cần trang bị bổ sung cho kho lưu trữ.
- Thời gian thực hiện: Đã khắc phục xong từ tháng 6/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH

Nguyễn Văn An
"""


def test_a_whole_hand_over_sentence_is_a_task_over_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    texts = [a.text for a in actions]
    assert any(
        t.startswith("Giao phòng Tài chính - Kế hoạch chủ trì, bố trí kinh phí") for t in texts
    )
    listed = next(a for a in actions if a.text.startswith("Rà soát, đề xuất danh mục"))
    assert listed.lead_unit == "phòng Tài chính - Kế hoạch"


def test_a_labelled_hand_over_leads_the_items_under_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    checked = next(a for a in actions if a.text.startswith("Chấn chỉnh ý thức"))
    assert checked.lead_unit is not None
    assert checked.lead_unit.startswith("các phòng")
