"""Round 30: an introduction that asks the addressees to have the cited documents
disseminated and carried out ("Để triển khai ..., Bộ X kính đề nghị Ủy ban nhân dân các tỉnh
chỉ đạo các cơ quan ... quán triệt và thực hiện các quy định tại các văn bản nêu trên, trong
đó lưu ý một số nhiệm vụ chủ yếu ..., cụ thể như sau:") is a task of its own, whole; its
items single out what to note. An intro that only urges the work on ("... thực hiện quyết
liệt các giải pháp đã đề ra, trong đó lưu ý ... sau:") stays none. A yearly day "hằng năm kể
từ năm 2027" is first due in 2027, not in the letter's year."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 7012/BNNMT-BĐKH
V/v triển khai các quy định về khí nhà kính
Hà Nội, ngày 20 tháng 9 năm 2025

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Chính phủ đã ban hành các quy định mới về giảm nhẹ phát thải khí nhà kính.
Để triển khai thực hiện các quy định mới được ban hành, Bộ Nông nghiệp và Môi trường kính đề
nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các cơ quan, đơn vị
trực thuộc có liên quan {ask}, trong đó lưu ý một số nhiệm vụ chủ yếu trên địa bàn, cụ thể như
sau:
1. Chỉ đạo cơ quan chuyên môn rà soát danh mục cơ sở phát thải khí nhà kính trên địa bàn.
2. Tiếp nhận, tổng hợp kết quả kiểm kê khí nhà kính gửi Bộ Nông nghiệp và Môi trường trước
ngày 30 tháng 6 hằng năm kể từ năm 2027.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn B
"""
_UBND = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"


def test_an_intro_asking_to_disseminate_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _LETTER.format(ask="quán triệt và thực hiện các quy định tại các văn bản nêu trên")
    actions = parse_text(letter, org, calendar).actions
    assert [(a.text[:40], a.lead_unit) for a in actions] == [
        ("Để triển khai thực hiện các quy định mới", _UBND),
        ("Chỉ đạo cơ quan chuyên môn rà soát danh ", _UBND),
        ("Tiếp nhận, tổng hợp kết quả kiểm kê khí ", _UBND),
    ]
    assert actions[0].text.endswith("trên địa bàn, cụ thể như sau")
    assert (str(actions[2].deadline), actions[2].deadline_text) == (
        "2027-06-29",
        "trước ngày 30 tháng 6 hằng năm kể từ năm 2027",
    )


@pytest.mark.parametrize("ask", ["thực hiện quyết liệt các giải pháp đã đề ra"])
def test_an_intro_that_urges_on_is_none(
    ask: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER.format(ask=ask), org, calendar).actions
    assert [a.text[:40] for a in actions] == [
        "Chỉ đạo cơ quan chuyên môn rà soát danh ",
        "Tiếp nhận, tổng hợp kết quả kiểm kê khí ",
    ]
