"""Round 32: short letters of the Government Office conveying a leader's opinion ("Phó Thủ
tướng X có ý kiến như sau:"). An approval ("Chấp thuận ...", "Đồng ý ...") is no task; the
paragraphs after it that name a city's people's committee and what it does ("Ủy ban nhân dân
thành phố Hải Phòng tham khảo ý kiến ..., phối hợp ...", "Uỷ ban nhân dân TP Hải Phòng bổ
sung, hoàn chỉnh ...") are its tasks, whatever the verb. A task asked of the head of an
inspectorate ("Yêu cầu Tổng Thanh tra Chính phủ ...") is the inspectorate's, its title
dropped. The parser knew no city's committee as a body (only a province's), so it missed
both paragraphs, and read "Tổng Thanh tra Chính phủ" as no lead and the letter as taskless.
("trong tháng 5 năm 2026": 31 May is a Sunday, so 1 June.)"""

from __future__ import annotations

from datetime import date

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 5120/VPCP-KTN
V/v tổ chức lễ hội
Hà Nội, ngày 10 tháng 3 năm 2026

Kính gửi: {recipient}.

Xét đề nghị của Bộ Văn hóa, Thể thao và Du lịch, Phó Thủ tướng Lê Văn A có ý kiến như sau:

{body}

Văn phòng Chính phủ xin thông báo để {recipient} và các cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KTN (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn B
"""

_CITY = "Ủy ban nhân dân thành phố Hải Phòng"


@pytest.mark.parametrize(
    ("approval", "lead", "task"),
    [
        (
            "Đồng ý Ủy ban nhân dân thành phố Hải Phòng tổ chức lễ hội biển năm 2027.",
            _CITY,
            "Ủy ban nhân dân thành phố Hải Phòng tham khảo ý kiến của Bộ Văn hóa, Thể thao và"
            " Du lịch, phối hợp với các cơ quan liên quan tổ chức tốt lễ hội, bảo đảm an toàn",
        ),
        (
            "Chấp thuận việc bổ sung cầu Bạch Đằng vào quy hoạch chung thành phố Hải Phòng.",
            "Uỷ ban nhân dân TP Hải Phòng",
            "Uỷ ban nhân dân TP Hải Phòng bổ sung, hoàn chỉnh hồ sơ đồ án quy hoạch theo đúng"
            " quy định hiện hành",
        ),
    ],
    ids=["agreed", "approved"],
)
def test_the_task_after_an_approval(
    approval: str, lead: str, task: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = f"{approval}\n\nKinh phí tổ chức không sử dụng ngân sách nhà nước.\n\n{task}."
    record = parse_text(_LETTER.format(recipient=_CITY, body=body), org, calendar)
    assert [(a.text, a.lead_unit, a.coordinating_units) for a in record.actions] == [
        (task, lead, [])
    ]


def test_the_inspectorate_under_its_head(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    task = (
        "Yêu cầu Tổng Thanh tra Chính phủ chỉ đạo thành lập đoàn thanh tra để kiểm tra, làm rõ"
        " các nội dung phản ánh; báo cáo Thủ tướng Chính phủ kết quả trong tháng 5 năm 2026"
    )
    letter = _LETTER.format(recipient="Tổng Thanh tra Chính phủ", body=task + ".")
    actions = parse_text(letter, org, calendar).actions
    assert [(a.text, a.lead_unit, a.deadline) for a in actions] == [
        (task, "Thanh tra Chính phủ", date(2026, 6, 1))
    ]
