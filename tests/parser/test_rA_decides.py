"""A body's name and then "quyết định" in small letters: the body decides, "quyết định" its
verb ("Ủy ban nhân dân cấp huyện quyết định khen thưởng ..."), so the sentence is that body's
task, after its grounds clause too; a decision named ("các quyết định", "Quyết định số ...")
is no verb."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_acts, subject_bodies

LETTER = (
    "ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH HÀ GIANG                      Độc lập - Tự do - Hạnh phúc\n"
    "Số: 31/KH-UBND              Hà Giang, ngày 14 tháng 02 năm 2026\n"
    "KẾ HOẠCH\n"
    "Phát động thi đua chuyển đổi số năm 2026\n"
    "\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Động viên các tập thể, cá nhân thi đua hoàn thành nhiệm vụ.\n"
    "II. KHEN THƯỞNG\n"
    "1. Cấp huyện\n"
    "a) Căn cứ vào kết quả chấm điểm thi đua tại địa bàn, Ủy ban nhân dân cấp huyện quyết "
    "định khen thưởng cho các tập thể, cá nhân tiêu biểu theo thẩm quyền;\n"
    "b) Kinh phí khen thưởng thực hiện theo phân cấp ngân sách.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nội vụ\n"
    "Hướng dẫn, theo dõi việc thực hiện Kế hoạch này.\n"
)


def test_quyet_dinh_after_a_body_is_its_verb() -> None:
    sentence = "Ủy ban nhân dân cấp huyện quyết định khen thưởng cho các tập thể"
    assert subject_acts(sentence)
    assert subject_bodies(sentence) == ["Ủy ban nhân dân cấp huyện"]
    assert not subject_acts("Các quyết định khen thưởng được gửi về Sở Nội vụ")


def test_the_body_that_decides_leads_its_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Ủy ban nhân dân cấp huyện", "Sở Nội vụ"]
    assert actions[0].text.startswith("Căn cứ vào kết quả chấm điểm thi đua tại địa bàn, Ủy ban")
