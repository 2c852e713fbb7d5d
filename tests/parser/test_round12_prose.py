"""Rules of the twelfth round for letters in running prose: a heading that is a task of its
own, the background sections of a letter that reports and asks, and the closing request to
consider; each on a synthetic snippet that no corpus holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind
from tests.parser.test_plans import TAIL

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 321/UBND-TH\n\nHà Giang, ngày 03 tháng 3 năm 2026\n\n"
    "V/v triển khai Đề án chuyển đổi số\n\nKính gửi: Bộ Khoa học và Công nghệ.\n\n"
)


def test_a_heading_that_is_a_task_keeps_its_deadline_to_itself(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_HEAD + _OWN_DEADLINE + TAIL, org, calendar)
    kinds = [a.deadline_kind for a in record.actions]
    # the heading's own task is dated; what it singles out is not dated by it
    assert kinds[0] is DeadlineKind.BEFORE
    assert len(kinds) >= 2 and set(kinds[1:]) == {DeadlineKind.NONE}


_OWN_DEADLINE = (
    "Ủy ban nhân dân tỉnh đề nghị như sau:\n"
    "1. Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp hoàn thiện dự thảo Đề án, trình "
    "Thủ tướng Chính phủ trước ngày 20 tháng 4 năm 2026. Trong đó chú ý một số nội dung "
    "sau:\n"
    "- Về phân cấp quản lý dữ liệu:\n"
    "Bộ Tài chính rà soát các quy định về phân cấp quản lý dữ liệu.\n"
    "- Về hình thức văn bản:\n"
    "Bộ Tài chính làm việc với Bộ Tư pháp về hình thức văn bản.\n"
)


def test_the_background_sections_of_a_letter_that_reports_and_asks_hold_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_HEAD + _BACKGROUND + TAIL, org, calendar)
    # what stands in the way and how things are now is background; the request to consider
    # the request above asks nothing new
    assert [a.text for a in record.actions] == [
        "Đề nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn kết nối dữ liệu"
    ]


_BACKGROUND = (
    "Ủy ban nhân dân tỉnh báo cáo và đề nghị Bộ Khoa học và Công nghệ như sau:\n"
    "1. Quy định về kết nối dữ liệu dân cư và thực tế hiện nay\n"
    "Theo quy định tại Nghị định số 13/2025/NĐ-CP, doanh nghiệp viễn thông kết nối dữ "
    "liệu dân cư với cơ quan quản lý.\n"
    "2. Khó khăn, vướng mắc\n"
    "Thứ nhất, Cục Chuyển đổi số đã có Văn bản số 55/CĐS-QL ngày 02/02/2026 đề nghị "
    "các doanh nghiệp chờ hướng dẫn mới.\n"
    "3. Kiến nghị\n"
    "Đề nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn kết nối dữ liệu.\n"
    "Ủy ban nhân dân tỉnh trân trọng đề nghị Bộ Khoa học và Công nghệ quan tâm, sớm xem "
    "xét, chỉ đạo giải quyết./.\n"
)


def test_an_item_that_only_assesses_and_reports_what_was_done_holds_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_HEAD + _ASSESSED + TAIL, org, calendar)
    # what a thing is held to be, what a law assigns, what a body has done: findings
    assert [(a.text, a.lead_unit) for a in record.actions] == [
        (
            "Bộ Khoa học và Công nghệ hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ",
            "Bộ Khoa học và Công nghệ",
        )
    ]


_ASSESSED = (
    "Ủy ban nhân dân tỉnh kết luận như sau:\n"
    "1. Dữ liệu số được coi là tài nguyên mới của nền kinh tế. Luật Dữ liệu giao Bộ Khoa học "
    "và Công nghệ chủ trì xây dựng nền tảng dữ liệu dùng chung. Bộ Khoa học và Công nghệ đã "
    "nghiêm túc thực hiện chỉ đạo, tiếp thu ý kiến các cơ quan để hoàn thiện Đề án.\n"
    "2. Bộ Khoa học và Công nghệ hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ.\n"
)


def test_the_bodies_an_ask_lists_between_semicolons_share_its_one_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_HEAD + _LISTED + TAIL, org, calendar)
    # one task, asked of every body the list names, not one task per ";"
    assert [a.lead_unit for a in record.actions] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
    assert record.actions[0].text.endswith("triển khai thực hiện nghiêm Luật Dữ liệu")


_LISTED = (
    "Để triển khai kịp thời Luật Dữ liệu, Sở Khoa học và Công nghệ đề nghị Ủy ban Mặt trận Tổ "
    "quốc Việt Nam tỉnh; các Sở, ban, ngành của tỉnh; Công an tỉnh; Hiệp hội Doanh nghiệp "
    "tỉnh và các tổ chức, cá nhân có liên quan triển khai thực hiện nghiêm Luật Dữ liệu.\n"
)


def test_a_full_line_of_a_laid_out_page_ending_on_a_semicolon_runs_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_HEAD + _WRAPPED + TAIL, org, calendar)
    # the line cut at the page's width after "... Hà Giang;" does not end the paragraph
    assert len(record.actions) == 1
    assert "Hà Giang; Hiệp hội Doanh nghiệp tỉnh" in record.actions[0].text


_WRAPPED = (
    "     Thực hiện Luật Dữ liệu và các văn bản hướng dẫn thi hành của Chính phủ, của\n"
    "các bộ, ngành trung ương về kết nối, chia sẻ dữ liệu giữa các cơ quan nhà nước,\n"
    "bảo đảm việc triển khai thống nhất, đồng bộ và đúng quy định trên địa bàn tỉnh,\n"
    "Sở Khoa học và Công nghệ đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Đài\n"
    "Phát thanh và Truyền hình tỉnh; Công an tỉnh; Bộ Chỉ huy quân sự tỉnh Hà Giang;\n"
    "Hiệp hội Doanh nghiệp tỉnh và các tổ chức, cá nhân có liên quan tổ chức nghiên\n"
    "cứu, quán triệt, tuyên truyền, phổ biến và triển khai thực hiện nghiêm các quy\n"
    "định của Luật Dữ liệu và các văn bản hướng dẫn thi hành của Chính phủ, của các\n"
    "bộ, ngành trung ương trên địa bàn tỉnh, bảo đảm kịp thời, hiệu quả và đúng quy\n"
    "định của pháp luật hiện hành về dữ liệu, về kết nối, chia sẻ dữ liệu giữa các\n"
    "cơ quan nhà nước với nhau và với các tổ chức, doanh nghiệp trên địa bàn tỉnh.\n"
)
