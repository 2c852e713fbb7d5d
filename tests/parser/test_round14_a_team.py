"""Round 14a: a decision that sets up a team gives it the duties of its article through the
article's intro ("Điều 2. Nhiệm vụ của Tổ công tác:" / "Tổ công tác thực hiện ..., trong đó
tập trung:" / "1. ..."), while the powers it grants ("Tổ công tác được sử dụng con dấu ...")
and who divides the members' work ("... do Tổ trưởng phân công") are no tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = (
    "UBND TỈNH HÀ GIANG\nSỞ XÂY DỰNG\nSố: 215/QĐ-SXD\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Giang, ngày 9 tháng 3 năm 2026\n\n"
    "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác kiểm tra chất lượng công trình\n\n"
    "GIÁM ĐỐC SỞ XÂY DỰNG\nCăn cứ Luật Xây dựng;\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Thành lập Tổ công tác kiểm tra chất lượng công trình năm 2026.\n"
    "Điều 2. Nhiệm vụ và quyền hạn của Tổ công tác:\n"
    "Tổ công tác thực hiện nhiệm vụ theo quy định tại Điều 5 Nghị định số 06/2021/NĐ-CP "
    "ngày 26/01/2021 của Chính phủ, trong đó tập trung:\n"
    "1. Xây dựng kế hoạch kiểm tra chi tiết trình Giám đốc Sở phê duyệt.\n"
    "2. Lập biên bản kiểm tra, ghi nhận đầy đủ kết quả làm việc.\n"
    "3. Tổ công tác được sử dụng con dấu của Sở Xây dựng để ban hành văn bản.\n"
    "4. Nhiệm vụ cụ thể của các thành viên Tổ công tác do Tổ trưởng phân công.\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
    "GIÁM ĐỐC\n\nLê Văn Hải\n"
)


def test_the_article_intro_keeps_the_team_as_lead_and_its_powers_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [(a.text[:14], a.lead_unit) for a in record.actions] == [
        ("Xây dựng kế ho", "Tổ công tác"),
        ("Lập biên bản k", "Tổ công tác"),
    ]
