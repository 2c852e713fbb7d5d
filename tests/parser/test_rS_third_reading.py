"""Session 29's third reading (examples/blind/README.md): an item that says only what its
body answers for is no action, in dashes and lettered points too, a clause after ";" that
gives work keeping it a task; a body's name and ":" run in before its work leads and stays
out of the task's text, a colon after words that do more than name the body being no such
label. Made-up letters."""

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


def _leads_and_texts(
    body: str, org: OrgDirectory, calendar: WorkingCalendar, width: int
) -> list[tuple[str | None, str]]:
    record = parse_text(HEAD + body + TAIL, org, calendar)
    return [(a.lead_unit, a.text[:width]) for a in record.actions]


def test_answering_dashes_and_points_give_no_action(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Sở Nông nghiệp và Môi trường:\n"
        "- Kiểm tra hiện trạng các bãi bồi ven sông trên địa bàn tỉnh.\n"
        "- Chịu trách nhiệm trước pháp luật nếu để xảy ra lấn chiếm bãi bồi trái phép.\n"
        "- Chịu trách nhiệm theo quy định về nội dung số liệu tại Báo cáo số 12/BC-SNN.\n"
        "- Chịu trách nhiệm về nội dung hồ sơ, báo cáo và đề xuất tại Tờ trình số 4/TTr-SNN.\n"
        "2. Sở Xây dựng:\n"
        "a) Chịu trách nhiệm về thực hiện cấp phép xây dựng ven sông; không chịu trách "
        "nhiệm về những nội dung đã được cấp có thẩm quyền khác phê duyệt.\n"
        "b) Chịu trách nhiệm toàn diện trước Chủ tịch Ủy ban nhân dân tỉnh về tiến độ cấp "
        "phép; chủ động báo cáo khó khăn, vướng mắc.\n"
    )
    assert _leads_and_texts(body, org, calendar, 30) == [
        ("Sở Nông nghiệp và Môi trường", "Kiểm tra hiện trạng các bãi bồ"),
        ("Sở Xây dựng", "Chịu trách nhiệm toàn diện trư"),
    ]


def test_a_run_in_body_label_leads_and_stays_out_of_the_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:\n"
        "- Sở Xây dựng: hướng dẫn các địa phương rà soát đèn chiếu sáng công cộng.\n"
        "- Sở Khoa học và Công nghệ: Thẩm định phương án tiết kiệm điện chiếu sáng.\n"
        "- Sở Tài chính phối hợp Sở Công Thương: bố trí kinh phí thay thế đèn hư hỏng.\n"
    )
    assert _leads_and_texts(body, org, calendar, 25) == [
        ("Sở Xây dựng", "hướng dẫn các địa phương "),
        ("Sở Khoa học và Công nghệ", "Thẩm định phương án tiết "),
        ("Sở Tài chính", "Sở Tài chính phối hợp Sở "),
    ]
