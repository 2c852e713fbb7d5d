"""A grounds or purpose clause that holds commas of its own ("Trên cơ sở kết quả rà soát,
chấm điểm của Sở X (...), Hội đồng Y họp xét ..."): the sentence's subject is the body whose
name, capitalised and whole, runs from one of the clause's commas to its verb. "họp xét" /
"họp bàn" is a council's verb."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_acts, subject_bodies

LETTER = (
    "ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH HÀ GIANG                      Độc lập - Tự do - Hạnh phúc\n"
    "Số: 32/KH-UBND              Hà Giang, ngày 14 tháng 02 năm 2026\n"
    "KẾ HOẠCH\n"
    "Thi đua thực hiện thủ tục hành chính trực tuyến năm 2026\n"
    "\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Động viên các tập thể, cá nhân thi đua hoàn thành nhiệm vụ.\n"
    "II. TIÊU CHÍ VÀ CÁCH THỨC XẾP HẠNG\n"
    "1. Tiêu chí\n"
    "Các xã có tỷ lệ hồ sơ trực tuyến cao nhất.\n"
    "2. Cách thức xếp hạng\n"
    "a) Trên cơ sở kết quả rà soát, chấm điểm của Sở Tư pháp (Phòng Phổ biến giáo dục pháp "
    "luật), Hội đồng Thi đua - Khen thưởng tỉnh họp xét, xếp hạng các xã, phường có thành "
    "tích xuất sắc;\n"
    "b) Ngoài ra, xã có sáng kiến hay sẽ được cộng điểm thi đua.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nội vụ\n"
    "Hướng dẫn, theo dõi việc thực hiện Kế hoạch này.\n"
)


def test_the_subject_after_a_clause_with_commas() -> None:
    sentence = (
        "Trên cơ sở kết quả rà soát, chấm điểm của Sở Tư pháp, Ban Chỉ đạo tỉnh họp bàn "
        "phương án khen thưởng."
    )
    assert subject_acts(sentence)
    assert subject_bodies(sentence) == ["Ban Chỉ đạo tỉnh"]


def test_the_council_leads_its_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Hội đồng Thi đua - Khen thưởng tỉnh", "Sở Nội vụ"]
    assert actions[0].text.startswith("Trên cơ sở kết quả rà soát, chấm điểm của Sở Tư pháp")


def test_a_council_named_by_its_work_in_small_letters() -> None:
    sentence = "Trên cơ sở kết quả kiểm tra, chấm điểm, Hội đồng thi đua họp xét các tập thể."
    assert subject_bodies(sentence) == ["Hội đồng thi đua"]
    assert subject_acts(sentence)
