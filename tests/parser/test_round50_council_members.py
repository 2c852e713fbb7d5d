"""Round 50 (batch 187): a decision founding a council lists its members ("- Ông X, Giám đốc Sở
Y - Phó Chủ tịch Hội đồng.", "1.1. Chủ tịch Hội đồng: Ông Z, ...") and the terms it works on
("Thành viên Hội đồng làm việc theo chế độ kiêm nhiệm", "... sử dụng con dấu ..."): who sits
on it and how, no task; the council's own duties stay tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.persons import names_member

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 2736/QĐ-UBND Lào Cai, ngày 06 tháng 8 năm 2026

QUYẾT ĐỊNH
Thành lập Hội đồng đánh giá lựa chọn chủ đầu tư

ỦY BAN NHÂN DÂN TỈNH LÀO CAI
QUYẾT ĐỊNH:
Điều 1. Thành lập Hội đồng đánh giá lựa chọn chủ đầu tư gồm các ông, bà có tên sau:
1.1. Chủ tịch Hội đồng: Ông Ngô Hạnh Phúc, Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh.
1.2. Các Phó Chủ tịch Hội đồng:
- Ông Hoàng Chí Hiền, Giám đốc Sở Công Thương - Phó Chủ tịch Thường trực Hội đồng.
- Bà Trịnh Thị Thu Huyền, Phó Giám đốc Sở Nông nghiệp và Môi trường.
Điều 2. Nhiệm vụ của Hội đồng
- Xây dựng, ban hành bộ tiêu chí lựa chọn chủ đầu tư.
- Tổ chức chấm điểm, lựa chọn chủ đầu tư theo quy định.
- Chủ tịch Hội đồng sử dụng con dấu của Ủy ban nhân dân tỉnh trong quá trình hoạt động.
- Thành viên Hội đồng làm việc theo chế độ kiêm nhiệm. Hội đồng tự giải thể.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trịnh Xuân Trường
"""


def test_members_and_terms_of_a_council_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [a.text[:20] for a in actions] == ["Xây dựng, ban hành b", "Tổ chức chấm điểm, l"]


def test_a_member_is_a_person_named_with_a_post() -> None:
    assert names_member("Ông Hoàng Chí Hiền, Giám đốc Sở Công Thương - Phó Chủ tịch")
    assert names_member("Chủ tịch Hội đồng: Ông Ngô Hạnh Phúc, Phó Chủ tịch Thường trực")
    assert not names_member("ba ngày làm việc, Sở Tài chính gửi báo cáo")
    assert not names_member("Ông Nguyễn Văn A chỉ đạo Sở Công Thương rà soát")
