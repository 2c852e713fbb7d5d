"""Round G: a licence's article that gives its holder its rights and binds it to its duties
("Điều 3. Công ty X được hưởng các quyền hợp pháp theo quy định tại Khoản 1 Điều 43 và có trách
nhiệm thực hiện các nghĩa vụ theo quy định tại Khoản 2 Điều 43 của Luật ..."): the duties are
the holder's task (batch 235's water permits), though the sentence opens with what it may do."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PERMIT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 77/GP-BTNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 6 năm 2024
GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC MẶT
BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Căn cứ Luật Tài nguyên nước ngày 21/6/2012;
QUYẾT ĐỊNH:
Điều 1. Cho phép Công ty TNHH MTV thủy điện Sông Mây khai thác, sử dụng nước mặt.
Điều 2. Công ty TNHH MTV thủy điện Sông Mây có trách nhiệm lắp đặt thiết bị quan trắc
trước ngày 31/12/2024.
Điều 3. Công ty TNHH MTV thủy điện Sông Mây được hưởng các quyền hợp pháp theo quy định tại
Khoản 1 Điều 43 và có trách nhiệm thực hiện các nghĩa vụ theo quy định tại Khoản 2 Điều 43
của Luật tài nguyên nước số 17/2012/QH13 ngày 21 tháng 6 năm 2012.
"""


def test_the_holders_duties_beside_its_rights_are_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_text(_PERMIT + signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"), org, calendar)
    # (its lead as the letter names it is read in batch 235; a made-up name's lower-case words
    # after its initials, "Công ty TNHH MTV thủy điện ...", are cut here: another family)
    assert [a.text.split(" thủy điện Sông Mây ")[1][:8] for a in got.actions] == [
        "có trách",
        "được hưở",
    ]
    assert all(a.lead_unit and a.lead_unit.startswith("Công ty TNHH MTV") for a in got.actions)
