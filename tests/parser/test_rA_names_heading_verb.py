"""Round rA: a numbered heading that only names bodies ("1. Các cơ quan, đơn vị và UBND các
phường, xã") over a paragraph that opens with a verb a body's name may open with too, in
capitals ("Tuyên truyền, triển khai ..."), on a page cut at a fixed width: the heading's
paragraph, its own task, not more of the heading. And "giám" is a name's word only as "giám
đốc" (and the like: "ban giám hiệu"), so the partner "Trung tâm Y tế Thành phố" in "Phối hợp
với Trung tâm Y tế Thành phố giám sát ..." ends before the verb "giám sát"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ BÌNH AN
Số: 120/KH-UBND
Bình An, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện công tác dân số năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng dân số trên địa bàn thành phố trong năm 2026 và các năm
tiếp theo của giai đoạn, bảo đảm mức sinh thay thế, giảm thiểu mất cân bằng
giới tính khi sinh, nâng cao chất lượng dân số về thể chất, trí tuệ và tinh
thần, góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội
của thành phố trong giai đoạn mới.
2. Yêu cầu
Các cơ quan, đơn vị xác định rõ nhiệm vụ trọng tâm, phân công cụ thể, gắn
trách nhiệm người đứng đầu trong việc tổ chức thực hiện; bảo đảm sự phối hợp
chặt chẽ giữa các cơ quan, đơn vị và địa phương trong quá trình triển khai
thực hiện kế hoạch này trên địa bàn thành phố.
II. TỔ CHỨC THỰC HIỆN
1. Các cơ quan, đơn vị và UBND các phường, xã
Tuyên truyền, triển khai đến cán bộ, công chức, người lao động của cơ quan, đơn vị về các văn bản
liên quan đến chính sách dân số, chăm sóc sức khỏe sinh sản, nâng cao chất lượng dân số.
2. Phòng Y tế
- Phối hợp với Trung tâm Y tế Thành phố giám sát thực hiện các hoạt động dân số và phát triển
trên địa bàn, các hoạt động triển khai nhằm nâng cao chất lượng dân số tại địa phương.
3. Phòng Giáo dục và Đào tạo
- Chỉ đạo các trường học tổ chức các hoạt động truyền thông, tư vấn về chăm sóc sức khỏe sinh
sản cho học sinh trong trường học trên địa bàn thành phố.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH

Nguyễn Văn An
"""


def test_a_verb_in_capitals_opens_the_headings_paragraph(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    first = actions[0]
    assert first.text.startswith("Tuyên truyền, triển khai đến cán bộ")
    assert first.lead_unit == "Các cơ quan, đơn vị"
    assert first.coordinating_units == ["UBND các phường, xã"]


def test_the_partners_name_ends_before_the_verb_giam_sat(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    watched = next(a for a in actions if a.text.startswith("Phối hợp với Trung tâm"))
    assert watched.coordinating_units == ["Trung tâm Y tế Thành phố"]
