"""An intro in which the issuer guides the bodies it names to carry a course out ("..., Hội X
hướng dẫn các chi hội triển khai như sau:") over labelled items ("1. Đối tượng: ...", "3. Nội
dung: Phụ lục kèm theo."): the intro is one task, led by those bodies, and the items are the
guidance, no tasks (a made-up letter no corpus holds)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "HỘI NÔNG DÂN TỈNH BÌNH PHÚ\nSố: 214/HND-TG\nBình Phú, ngày 5 tháng 9 năm 2025\n"
    "V/v học trực tuyến về thương mại điện tử\n\n"
    "Kính gửi: Các chi hội trực thuộc.\n\n"
    "Thực hiện Kế hoạch số 88/KH-HNDVN ngày 20/8/2025 của Hội Nông dân Việt Nam về việc bồi "
    "dưỡng kỹ năng bán hàng trực tuyến cho hội viên, Hội Nông dân tỉnh hướng dẫn các chi "
    "hội triển khai như sau:\n"
    "1. Đối tượng: hội viên nông dân có nhu cầu.\n"
    "2. Thời gian: từ ngày 15/9 đến ngày 15/10/2025.\n"
    "3. Nội dung: Phụ lục kèm theo.\n"
    "4. Cách đăng ký\n"
    "- Đăng ký tại địa chỉ: http://hocnongdan.vn\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nTrần Văn Đông\n"


def test_the_intro_that_guides_bodies_to_carry_out_is_their_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER + TAIL, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "các chi hội",
            "Thực hiện Kế hoạch số 88/KH-HNDVN ngày 20/8/2025 của Hội Nông dân Việt Nam về việc "
            "bồi dưỡng kỹ năng bán hàng trực tuyến cho hội viên, Hội Nông dân tỉnh hướng dẫn "
            "các chi hội triển khai như sau",
        )
    ]
