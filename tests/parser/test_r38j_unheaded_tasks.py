"""Round 38j: the tasks of a page whose crawl lost the letter's letterhead. With no issuer
read, the letter is not known to be the organisation's own: a task that names no body is not
the directory's addressee's ("Ban Giám đốc Sở"), but goes to the body the letter's lead-in or
recipients name. And a plan's or resolution's "QUAN ĐIỂM CHỈ ĐẠO" section states viewpoints,
no tasks, as "Quan điểm" and "Mục tiêu" do."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")


def test_an_unheaded_page_gives_no_task_to_the_directorys_addressee(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "Kính gửi: Các doanh nghiệp hoạt động dịch vụ việc làm trên địa bàn tỉnh\n\n"
        "Nhằm bảo đảm thực hiện các quy định về dịch vụ việc làm, đề nghị các doanh nghiệp\n"
        "thực hiện các nội dung sau:\n\n"
        "1. Rà soát hồ sơ cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp.\n\n"
        "2. Niêm yết công khai giấy phép tại trụ sở chính của doanh nghiệp." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    assert len(actions) == 2
    assert all(a.lead_unit == "các doanh nghiệp" for a in actions)


def test_the_guiding_viewpoints_of_a_resolution_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "**NGHỊ QUYẾT**\n\nVỀ PHONG TRÀO GIỮ GÌN VỆ SINH ĐƯỜNG PHỐ\n\n**CHÍNH PHỦ**\n\n"
        "*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*\n\n**QUYẾT NGHỊ:**\n\n"
        "Chính phủ yêu cầu các bộ, ngành trung ương, Ủy ban nhân dân các tỉnh tập trung\n"
        "chỉ đạo một số nhiệm vụ, giải pháp chủ yếu sau:\n\n"
        "**I. QUAN ĐIỂM CHỈ ĐẠO**\n\n"
        "1. Giữ gìn vệ sinh đường phố phải có sự tham gia của mọi người dân.\n\n"
        "2. Phát huy sức mạnh tổng hợp của cả hệ thống chính trị.\n\n"
        "**II. NHIỆM VỤ, GIẢI PHÁP**\n\n"
        "1. Bộ Xây dựng ban hành hướng dẫn thu gom rác thải đường phố.\n\n"
        "2. Bộ Công an xử lý nghiêm hành vi xả rác nơi công cộng." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Xây dựng", "Bộ Công an"]


_RESOLUTION = (
    "**NGHỊ QUYẾT**\n\nVỀ PHONG TRÀO GIỮ GÌN VỆ SINH ĐƯỜNG PHỐ\n\n**CHÍNH PHỦ**\n\n"
    "*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*\n\n**QUYẾT NGHỊ:**\n\n"
    "**I. NHIỆM VỤ, GIẢI PHÁP**\n\n"
    "Các bộ, cơ quan trung ương, Ủy ban nhân dân các tỉnh cần tổ chức triển khai các nhiệm\n"
    "vụ, giải pháp sau đây:\n\n"
    "1. Phát động phong trào giữ gìn vệ sinh đường phố\n\n"
    "{part}" + _SIGNED
)


def test_a_heading_asking_a_central_committee_names_the_body_of_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    part = (
        "a) Bộ Xây dựng ban hành hướng dẫn thu gom rác thải đường phố.\n\n"
        "b) Đề nghị Trung ương Mặt\ntrận Tổ quốc Việt Nam\n\n"
        "- Chỉ đạo Hội Nông dân Việt Nam vận động hội viên thu gom rác thải.\n\n"
        "- Chỉ đạo Hội Cựu chiến binh Việt Nam giám sát việc thu gom rác thải."
    )
    actions = parse_text(_RESOLUTION.format(part=part), org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Bộ Xây dựng",
        "Trung ương Mặt trận Tổ quốc Việt Nam",
        "Trung ương Mặt trận Tổ quốc Việt Nam",
    ]


def test_a_line_that_is_a_bodys_name_and_a_colon_names_the_body_of_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    part = (
        "Ủy ban nhân dân các tỉnh,\nthành phố trực thuộc trung ương:\n\n"
        "- Bố trí đủ phương tiện thu gom rác thải tại các tuyến phố chính.\n\n"
        "- Đầu tư các khu xử lý chất thải tập trung."
    )
    actions = parse_text(_RESOLUTION.format(part=part), org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    ] * 2


def _cells(*rows: tuple[str, ...]) -> str:
    """A web page's flattened table: each cell closed by a "|" line, each row by an empty one."""
    return "\n".join("|\n" + "\n|\n".join(row) + "\n|" for row in rows)


def test_an_annex_table_of_schemes_gives_a_task_to_each_lead_of_a_row(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    part = "a) Bộ Xây dựng ban hành hướng dẫn thu gom rác thải đường phố."
    annex = _cells(
        (
            "**TT**",
            "**Tên đề án ưu tiên**",
            "**Cơ quan chủ trì**",
            "**Cơ quan phối hợp**",
            "**Thời hạn hoàn thành**",
        ),
        (
            "1",
            "Đề án phát động phong trào giữ gìn vệ sinh đường phố.",
            "Bộ Xây dựng",
            "Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Bộ Công an",
            "2030",
        ),
        ("Ủy ban nhân dân các tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
        ("2", "Đề án đầu tư hạ tầng thu gom rác thải.", "Bộ Tài chính", "Bộ Xây dựng", "2028"),
    )
    page = _RESOLUTION.format(part=part) + (
        "\n\n**PHỤ LỤC**\n\nDANH MỤC ĐỀ ÁN ƯU TIÊN\n\n"
        "*(Kèm theo Nghị quyết số 12/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ)*\n\n" + annex
    )
    actions = parse_text(page, org, calendar).actions[1:]
    assert [(a.text, a.lead_unit, a.coordinating_units, str(a.deadline)) for a in actions] == [
        (
            "Đề án phát động phong trào giữ gìn vệ sinh đường phố",
            "Bộ Xây dựng",
            ["Bộ Công an"],
            "2030-12-31",
        ),
        (
            "Đề án phát động phong trào giữ gìn vệ sinh đường phố",
            "Ủy ban nhân dân các tỉnh",
            ["Đài Phát thanh và Truyền hình tỉnh"],
            "2030-12-31",
        ),
        ("Đề án đầu tư hạ tầng thu gom rác thải", "Bộ Tài chính", ["Bộ Xây dựng"], "2029-01-02"),
    ]


def test_an_item_naming_no_body_in_a_notice_on_a_province_is_its_committees_as_named(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "**THÔNG BÁO**\n\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI TỈNH BÌNH AN\n\n"
        "Ngày 10 tháng 11 năm 2025, Phó Thủ tướng đã làm việc với lãnh đạo tỉnh Bình An.\n\n"
        "Sau khi nghe báo cáo của tỉnh Bình An, ý kiến của lãnh đạo Tỉnh ủy, Ủy ban nhân dân\n"
        "tinh Bình An, Phó Thủ tướng kết luận như sau:\n\n"
        "**I. NHIỆM VỤ TRONG THỜI GIAN TỚI**\n\n"
        "1. Tỉnh cần tập trung hoàn thành các chỉ tiêu kinh tế - xã hội của tỉnh Bình An.\n\n"
        "2. Rà soát, điều chỉnh quy hoạch của tỉnh Bình An cho phù hợp.\n\n"
        "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Ủy ban nhân dân tỉnh Bình An"] * 2


def test_a_heads_title_ending_an_items_first_line_runs_on_into_its_bodys_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "**THÔNG BÁO**\n\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ\n\n"
        "Thủ tướng Chính phủ yêu cầu các Bộ, các ngành tập trung một số nhiệm vụ sau:\n\n"
        "1. Bộ trưởng\nBộ Giáo dục và Đào tạo chỉ đạo ngành giáo dục sửa chữa trường lớp.\n\n"
        "2. Bộ trưởng Bộ Y tế chỉ đạo ngành y tế xử lý vệ sinh môi trường sau lũ.\n\n"
        "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    assert [a.text for a in actions] == [
        "Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo ngành giáo dục sửa chữa trường lớp",
        "Bộ trưởng Bộ Y tế chỉ đạo ngành y tế xử lý vệ sinh môi trường sau lũ",
    ]
    assert [a.lead_unit for a in actions] == ["Bộ Giáo dục và Đào tạo", "Bộ Y tế"]


def test_a_second_plural_with_its_own_cac_is_a_joint_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "**THÔNG BÁO**\n\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ\n\n"
        "Thủ tướng Chính phủ kết luận như sau:\n\n"
        "1. Các Bộ, ngành, các địa phương chủ động triển khai công tác ứng phó với bão.\n\n"
        "2. Các sở, ban, ngành, các địa phương rà soát thiết kế nhà mẫu.\n\n"
        "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Các Bộ, ngành", ["các địa phương"]),
        ("Các sở, ban, ngành", ["các địa phương"]),
    ]


def test_a_paragraph_opening_on_a_topics_label_is_its_subjects_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "**THÔNG BÁO**\n\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ\n\n"
        "Thủ tướng Chính phủ kết luận như sau:\n\n"
        "1. Các địa phương phát động chiến dịch sửa chữa nhà ở cho Nhân dân. Trong đó việc\n"
        "sửa chữa nhà ở phải hoàn thành trước ngày 31/12/2025.\n\n"
        "Về kinh phí: Các địa phương chủ động bố trí các nguồn lực của địa phương.\n\n"
        "Về tổ chức thực hiện: Bộ Xây dựng hướng dẫn thiết kế nhà mẫu.\n\n"
        "2. Bộ Y tế chỉ đạo xử lý vệ sinh môi trường sau lũ.\n\n"
        "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    found = [(a.text[:22], a.lead_unit) for a in actions]
    assert ("Về kinh phí: Các địa p", "Các địa phương") in found
    assert ("Về tổ chức thực hiện: ", "Bộ Xây dựng") in found
