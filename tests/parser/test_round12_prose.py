"""Rules of the twelfth round for letters in running prose: a heading that is a task of its
own, the background sections of a letter that reports and asks, and the closing request to
consider; each on a synthetic snippet that no corpus holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.actions import Block, Zone
from directives.parser.clean import fold_keep
from directives.parser.heading_zone import heading_zone
from directives.parser.names import org_display
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


def test_a_short_numbered_heading_over_an_indented_paragraph_of_a_laid_out_page_stays_apart(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LAID_OUT, org, calendar)
    # "2. Tổ chức thực hiện" heads the paragraph set in under it: no part of its task
    assert [a.text[:30] for a in record.actions] == [
        "Chủ trì, phối hợp với Công an ",
        "Thủ trưởng các sở, ban, ngành ",
    ]
    assert record.actions[0].lead_unit == "Sở Xây dựng"


_LAID_OUT = (
    "    ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "     TỈNH HÀ GIANG                           Độc lập - Tự do - Hạnh phúc\n\n"
    "     Số: 321 /UBND-XD                     Hà Giang, ngày 03 tháng 3 năm 2026\n"
    "V/v triển khai Quyết định số 1074/QĐ-BXD\n\n"
    "                       Kính gửi: Các sở, ban, ngành thuộc tỉnh.\n\n"
    "     Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thực hiện một số nhiệm vụ sau đây:\n"
    "       1. Sở Xây dựng\n"
    "      Chủ trì, phối hợp với Công an tỉnh hướng dẫn triển khai thực hiện Quyết định\n"
    "số 1074/QĐ-BXD; hướng dẫn việc áp dụng các giải pháp kỹ thuật nâng cao an toàn\n"
    "phòng cháy, chữa cháy đối với các cơ sở, công trình thuộc đối tượng áp dụng của\n"
    "giải pháp kỹ thuật; kịp thời giải đáp các khó khăn, vướng mắc phát sinh trong\n"
    "quá trình thực hiện để báo cáo cấp có thẩm quyền xem xét, giải quyết theo quy\n"
    "định của pháp luật về phòng cháy, chữa cháy và cứu nạn, cứu hộ trên địa bàn.\n"
    "       2. Tổ chức thực hiện\n"
    "       Thủ trưởng các sở, ban, ngành tỉnh chịu trách nhiệm tổ chức triển khai thực\n"
    "hiện nghiêm túc các nội dung nêu trên; trong quá trình thực hiện nếu phát sinh\n"
    "khó khăn, vướng mắc, kịp thời báo cáo Sở Xây dựng để tổng hợp, tham mưu./.\n\n"
    "Nơi nhận:                                             KT. CHỦ TỊCH\n"
    "- Như trên;\n"
    "- Lưu: VT.                                            PHÓ CHỦ TỊCH\n\n\n"
    "                                                       Trần Văn Bình\n"
)


def test_a_heading_on_reporting_results_opens_tasks_not_findings() -> None:
    text = "Đối với công tác thống kê sản lượng và công tác báo cáo kết quả khai thác:"
    block = Block("num", text, fold_keep(text))
    # "báo cáo kết quả" is a report to make; "Kết quả đạt được" would open findings
    assert heading_zone(block, None, None) == Zone.TASK


def test_the_bodies_a_collective_heading_lists_are_no_tasks_and_its_items_take_the_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_HEAD + _COLLECTIVE + TAIL, org, calendar)
    assert [(a.text, a.lead_unit) for a in record.actions] == [
        ("Rà soát, thống kê tài sản thuộc phạm vi quản lý", "Các sở quản lý chuyên ngành"),
        ("Cập nhật dữ liệu tài sản theo quy định", "Các sở quản lý chuyên ngành"),
        ("Tổng hợp, báo cáo Ủy ban nhân dân tỉnh về kết quả thực hiện", "Sở Tài chính"),
    ]


_COLLECTIVE = (
    "Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:\n"
    "1. Các sở quản lý chuyên ngành\n"
    "Giao các sở quản lý chuyên ngành theo ngành, lĩnh vực gồm:\n"
    "- Sở Công Thương (đối với tài sản hạ tầng thương mại);\n"
    "- Sở Xây dựng (đối với tài sản hạ tầng đô thị).\n"
    "Có trách nhiệm:\n"
    "a) Rà soát, thống kê tài sản thuộc phạm vi quản lý.\n"
    "b) Cập nhật dữ liệu tài sản theo quy định.\n"
    "2. Sở Tài chính\n"
    "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh về kết quả thực hiện.\n"
)


def test_a_document_number_cut_at_its_hyphen_by_the_line_end_reads_whole_in_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Ủy ban nhân dân tỉnh yêu cầu:\n"
        "- Sở Tài chính tổ chức quán triệt, phổ biến đầy đủ nội dung Nghị định số 178/2026/NĐ-\n"
        "CP đến cán bộ, công chức thuộc phạm vi quản lý.\n"
    )
    record = parse_text(_HEAD + body + TAIL, org, calendar)
    assert "Nghị định số 178/2026/NĐ-CP đến cán bộ" in record.actions[0].text


def test_the_items_of_a_quoted_law_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Khoản 1 Điều 4 Luật Dữ liệu quy định:\n"
        "“1. Nhà nước quản lý dữ liệu theo quy định của pháp luật.\n"
        "2. Bảo đảm thực hiện đầy đủ các nguyên tắc về bảo vệ dữ liệu cá nhân.”\n"
        "Cục Dữ liệu đề nghị Sở Khoa học và Công nghệ căn cứ các quy định trên để thực hiện.\n"
    )
    record = parse_text(_HEAD + body + TAIL, org, calendar)
    # what the law says is cited, not asked; the sentence after the quotation asks
    assert [a.text for a in record.actions] == [
        "Cục Dữ liệu đề nghị Sở Khoa học và Công nghệ căn cứ các quy định trên để thực hiện"
    ]


def test_the_ministry_of_industry_and_trade_keeps_both_capitals_in_sentence_case() -> None:
    assert org_display("BỘ CÔNG THƯƠNG") == "Bộ Công Thương"
    assert org_display("SỞ CÔNG THƢƠNG TỈNH HÀ GIANG") == "Sở Công Thƣơng tỉnh Hà Giang"
    assert org_display("BỘ TÀI CHÍNH") == "Bộ Tài chính"
