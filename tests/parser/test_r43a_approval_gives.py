"""Round 43a: an approval whose own sentence goes on to hand work ("Đồng ý ... và giao Bộ X chủ
trì ...", "Đồng ý ..., Giao Bộ Y làm đầu mối ... để điều phối ..."), the speaker the unstated
subject of both, is the task, the approval in its text (README, session 20); a role that names
no work ("... và giao Bộ X là cơ quan đầu mối của Việt Nam tham gia Dự án") stays none. A date
in the intro that has passed when the letter is written (the period a report covered: "... về
tình hình xuất khẩu đến hết tháng 11 năm 2011, Phó Thủ tướng ... có ý kiến như sau:" in a
letter of January 2012) dates none of the tasks under it.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 215/VPCP-KTTH
V/v xuất khẩu gạo
Hà Nội, ngày 10 tháng 01 năm 2012

Kính gửi:
- Các Bộ: Công Thương, Tài chính;
- Ngân hàng Nhà nước Việt Nam.

Xét đề nghị của Bộ Công Thương (công văn số 512/BCT-XNK ngày 07 tháng 12 năm 2011) về tình \
hình xuất khẩu gạo đến hết tháng 11 năm 2011, Phó Thủ tướng Nguyễn Văn An có ý kiến như sau:

Đồng ý với kiến nghị về việc đưa gạo vào nhóm hàng xuất khẩu chủ lực và giao Bộ Công Thương \
chủ trì, phối hợp với các Bộ, ngành liên quan xây dựng cơ chế hỗ trợ xuất khẩu gạo.

Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KTTH (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_an_approval_that_hands_work_in_its_sentence_is_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert len(actions) == 1
    assert actions[0].lead_unit == "Bộ Công Thương"
    assert actions[0].text.startswith("Đồng ý với kiến nghị về việc đưa gạo")
    assert actions[0].text.endswith("xây dựng cơ chế hỗ trợ xuất khẩu gạo")


def test_a_past_period_in_the_intro_dates_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    action = parse_text(_LETTER, org, calendar).actions[0]
    assert action.deadline is None
    assert action.deadline_kind is DeadlineKind.NONE


_FOCAL = _LETTER.replace(
    "Đồng ý với kiến nghị về việc đưa gạo vào nhóm hàng xuất khẩu chủ lực và giao Bộ Công Thương"
    " chủ trì, phối hợp với các Bộ, ngành liên quan xây dựng cơ chế hỗ trợ xuất khẩu gạo.",
    "Đồng ý việc ta tham gia Diễn đàn gạo khu vực, Giao Bộ Công Thương làm đầu mối của phía Việt"
    " Nam để điều phối các hoạt động của Diễn đàn.",
)


def test_a_focal_point_that_coordinates_is_work(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_FOCAL, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Công Thương"]
    assert actions[0].text.startswith("Đồng ý việc ta tham gia")


def test_a_role_that_names_no_work_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    role = _FOCAL.replace(
        ", Giao Bộ Công Thương làm đầu mối của phía Việt Nam để điều phối các hoạt động của Diễn"
        " đàn.",
        " và giao Bộ Công Thương là cơ quan đầu mối của Việt Nam tham gia Diễn đàn.",
    )
    assert parse_text(role, org, calendar).actions == []
