"""Round rW: the carry-out clause of a regulation a decision issues names its bodies by the
regulation itself ("1. Các cơ quan, tổ chức, cá nhân quy định tại Điều 2 của Quy định này
chịu trách nhiệm thi hành."): a task of theirs (README: the article of a regulation that
tells bodies to carry it out), while the decision's own "... chịu trách nhiệm thi hành
Quyết định này" stays its closing formula."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nSố: 27/2026/QĐ-UBND\n\n"
    "Điện Biên, ngày 16 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Ban hành Quy định về hỗ trợ di chuyển mồ mả khi Nhà nước thu hồi đất\n\n"
    "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n\n"
    "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy định về hỗ trợ di chuyển mồ mả khi Nhà "
    "nước thu hồi đất trên địa bàn tỉnh Điện Biên.\n\n"
    "Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 4 năm 2026.\n\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành và các tổ "
    "chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Mừng\n\n"
    "QUY ĐỊNH\nVề hỗ trợ di chuyển mồ mả khi Nhà nước thu hồi đất\n\n"
    "Chương I\nQUY ĐỊNH CHUNG\n\n"
    "Điều 1. Phạm vi điều chỉnh\n\nQuy định này quy định mức hỗ trợ di chuyển mồ mả.\n\n"
    "Điều 2. Đối tượng áp dụng\n\nCơ quan, tổ chức, hộ gia đình, cá nhân có mồ mả phải di "
    "chuyển khi Nhà nước thu hồi đất.\n\n"
    "Chương II\nTỔ CHỨC THỰC HIỆN\n\n"
    "Điều 3. Điều khoản thi hành\n\n"
    "1. Các cơ quan, tổ chức, cá nhân quy định tại Điều 2 của Quy định này chịu trách nhiệm "
    "thi hành.\n\n"
    "2. Trong quá trình thực hiện có vướng mắc thì tổ chức, cá nhân gửi ý kiến bằng văn bản "
    "về Sở Nông nghiệp và Môi trường để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.\n"
)


def test_the_regulations_own_carry_out_clause_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    texts = [a.text for a in parse_text(_PAGE, org, calendar).actions]
    assert (
        "Các cơ quan, tổ chức, cá nhân quy định tại Điều 2 của Quy định này chịu trách nhiệm "
        "thi hành"
    ) in texts
    assert not any(t.endswith("thi hành Quyết định này") for t in texts)
