"""Round rK: the Standing Committee's resolution on its work programme reads as a council's
does: its programme's content ("Điều 1. Công tác trọng tâm ...") gives no task, its article on
carrying it out does; and the committee's members, named as a paragraph's subject ("Thành viên
Ủy ban Thường vụ Quốc hội sắp xếp ..."), act as a body does."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PROGRAMME = (
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 777/NQ-UBTVQH15\nHà Nội, ngày 15 tháng 12 năm 2025\n\n"
    "NGHỊ QUYẾT\nCHƯƠNG TRÌNH CÔNG TÁC CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI NĂM 2026\n\n"
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
    "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\nXét đề nghị của Văn phòng Quốc hội;\n\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Công tác trọng tâm năm 2026\n"
    "1. Công tác lập pháp\n"
    "1.1. Cho ý kiến các dự án luật trước khi trình Quốc hội tại Kỳ họp thứ Nhất.\n"
    "1.2. Rà soát các nghị quyết của Quốc hội giao Ủy ban Thường vụ Quốc hội quy định chi tiết "
    "để ban hành văn bản kịp thời.\n"
    "2. Công tác giám sát\n"
    "2.1. Giám sát chuyên đề việc quản lý thị trường điện.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Ủy ban Thường vụ Quốc hội đổi mới cách thức điều hành phiên họp, nâng cao chất lượng "
    "thảo luận.\n"
    "Thành viên Ủy ban Thường vụ Quốc hội bố trí thời gian tham dự đầy đủ các phiên họp.\n"
    "2. Văn phòng Quốc hội dự kiến chương trình công tác từng quý của Ủy ban Thường vụ Quốc "
    "hội.\n\n"
    "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nĐỗ Văn Khang\n"
)


def test_only_the_article_on_carrying_it_out_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PROGRAMME, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Ủy ban Thường vụ Quốc hội",
        "Thành viên Ủy ban Thường vụ Quốc hội",
        "Văn phòng Quốc hội",
    ]
    assert actions[1].text.startswith("Thành viên Ủy ban Thường vụ Quốc hội bố trí thời gian")
