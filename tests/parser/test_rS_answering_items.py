"""Session 29's third reading: an item that says only what its body answers for is no
action, in dashes and lettered points too; a clause after ";" that gives work keeps it a
task (examples/blind/README.md). Made-up letter."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH PHÚ\nSố: 77/UBND-KT\nBình Phú, ngày 4 tháng 3 năm 2025\n"
    "V/v tăng cường quản lý bãi bồi ven sông\n\n"
    "Kính gửi: Các sở, ban, ngành tỉnh.\n\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn An\n"


def test_answering_dashes_and_points_give_no_action(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Sở Nông nghiệp và Môi trường:\n"
        "- Kiểm tra hiện trạng các bãi bồi ven sông trên địa bàn tỉnh.\n"
        "- Chịu trách nhiệm trước pháp luật nếu để xảy ra lấn chiếm bãi bồi trái phép.\n"
        "- Chịu trách nhiệm theo quy định về nội dung số liệu tại Báo cáo số 12/BC-SNN.\n"
        "2. Sở Xây dựng:\n"
        "a) Chịu trách nhiệm về thực hiện cấp phép xây dựng ven sông; không chịu trách "
        "nhiệm về những nội dung đã được cấp có thẩm quyền khác phê duyệt.\n"
        "b) Chịu trách nhiệm toàn diện trước Chủ tịch Ủy ban nhân dân tỉnh về tiến độ cấp "
        "phép; chủ động báo cáo khó khăn, vướng mắc.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    assert [(a.lead_unit, a.text[:30]) for a in record.actions] == [
        ("Sở Nông nghiệp và Môi trường", "Kiểm tra hiện trạng các bãi bồ"),
        ("Sở Xây dựng", "Chịu trách nhiệm toàn diện trư"),
    ]
