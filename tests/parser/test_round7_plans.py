"""Rules of the seventh round (plans and their task tables, blind batch 9 in view), each on a
synthetic snippet that no corpus holds."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.cells import rebuild_tables
from directives.parser.mentions import MentionFinder
from directives.parser.name_words import name_part
from directives.parser.table_units import coordinating_cell
from directives.parser.tables import cell_deadline
from directives.records import DeadlineKind
from tests.parser.test_plans import plan
from tests.parser.test_round5 import leads_and_texts
from tests.parser.test_round6 import blocks_of

ISSUED = date(2025, 10, 20)


def leads_and_partners(
    body: str, org: OrgDirectory, calendar: WorkingCalendar
) -> list[tuple[str | None, list[str]]]:
    """Each action's lead and partners in a plan of ``body``."""
    return [(a.lead_unit, a.coordinating_units) for a in plan(body, org, calendar).actions]


def flattened(*rows: list[str]) -> list[str]:
    """A table as a web page flattens it: each cell closed by "|", each row by an empty cell."""
    out: list[str] = []
    for row in rows:
        out.append("|")
        for cell in row:
            out.extend([cell, "|"])
    return out


def test_a_group_row_of_a_flattened_table_is_no_part_of_its_first_task() -> None:
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    lines = flattened(
        header,
        ["I", "CÔNG TÁC TUYÊN TRUYỀN"],
        ["1", "In tờ rơi", "Sở Y tế", "Sở Tài chính", "Quý I/2026"],
        ["2", "Mở chuyên mục", "Sở Xây dựng", "Sở Nội vụ", "Quý II/2026"],
    )
    # a row the page left out ("….....") ends the row before it, not a cell of it
    lines[-1:-1] = ["|", "…..........", "|", "3", "|", "Tổng kết", "|", "Sở Nội vụ", "|"]
    got = [line for line in rebuild_tables(lines) if line.startswith("| ")]
    assert got == [
        "| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |",
        "| 1 | In tờ rơi | Sở Y tế | Sở Tài chính | Quý I/2026 |",
        "| 2 | Mở chuyên mục | Sở Xây dựng | Sở Nội vụ | Quý II/2026 |",
        "| 3 | Tổng kết | Sở Nội vụ |  |",
    ]


def test_a_bare_year_or_a_month_of_every_year_in_a_deadline_cell(
    calendar: WorkingCalendar,
) -> None:
    year = cell_deadline("2026", ISSUED, calendar)
    assert year is not None
    assert (year.text, year.deadline, year.kind) == ("2026", date(2026, 12, 31), DeadlineKind.BY)
    # the month's end, the next to come after the letter's date
    yearly = cell_deadline("Tháng 9 hằng năm", ISSUED, calendar)
    assert yearly is not None
    assert (yearly.deadline, yearly.kind) == (date(2026, 9, 30), DeadlineKind.YEARLY)
    # a number that is no year names no deadline
    assert cell_deadline("15", ISSUED, calendar) is None


def test_and_before_a_kind_of_body_in_a_partners_cell_ends_the_named_partner(
    org: OrgDirectory,
) -> None:
    find = MentionFinder(org)
    names = [n for n, _ in coordinating_cell("Sở Tài chính và cơ quan, đơn vị liên quan", find)]
    assert names == ["Sở Tài chính"]
    names = [n for n, _ in coordinating_cell("Ban Quản lý dự án và các đơn vị liên quan", find)]
    assert names == ["Ban Quản lý dự án"]


def test_how_all_bodies_must_work_is_a_requirement_not_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Yêu cầu\n"
        "- Các sở, ngành, Ủy ban nhân dân các xã triển khai thực hiện đồng bộ, hiệu quả.\n"
        "2. Đối tượng: Các sở, ngành, Ủy ban nhân dân các xã, doanh nghiệp trên địa bàn tỉnh.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [
        ("Sở Y tế", "Sở Y tế tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh")
    ]


def test_mass_organisations_listed_after_the_departments_work_with_them(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads_and_partners(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Các sở, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã chịu trách "
        "nhiệm thực hiện Kế hoạch.\n"
        "2. Các sở, ngành, Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội "
        "xét khen thưởng theo thẩm quyền.\n",
        org,
        calendar,
    ) == [
        # (round 38c: the kinds under one "Các" are one lead up to the first body named in
        # particular, README's session 16 calls, which superseded this first reading)
        ("Các sở, ngành, tổ chức chính trị - xã hội", ["Ủy ban nhân dân các xã"]),
        ("Các sở, ngành", ["Mặt trận Tổ quốc Việt Nam tỉnh", "các đoàn thể chính trị - xã hội"]),
    ]


def test_a_name_ends_before_the_words_that_join_the_next() -> None:
    assert (
        name_part(
            "Ủy ban Mặt trận Tổ quốc huyện và các tổ chức thành viên phát huy vai trò nòng cốt "
            "trong việc vận động Nhân dân"
        )
        == "Ủy ban Mặt trận Tổ quốc huyện"
    )


def test_a_task_over_the_numbered_parts_it_covers_is_one_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\n"
        "a) Chủ trì thực hiện các đề án của Chương trình, bao gồm:\n"
        "- Đề án 1: Trồng rừng phòng hộ ven biển.\n"
        "- Đề án 3 (giai đoạn 2): Phục hồi rừng ngập mặn.\n"
        "b) Báo cáo kết quả về Ủy ban nhân dân tỉnh.\n",
        org,
        calendar,
    )
    assert [a.text for a in record.actions] == [
        "Chủ trì thực hiện các đề án của Chương trình, bao gồm",
        "Báo cáo kết quả về Ủy ban nhân dân tỉnh",
    ]
    assert {a.lead_unit for a in record.actions} == {"Sở Nông nghiệp và Môi trường"}


def test_the_court_the_procuracy_and_a_parents_board_are_named_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n1. Công an tỉnh\n"
        "a) Phối hợp với Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh đẩy nhanh việc "
        "xét xử các vụ án.\n"
        "b) Phối hợp với Ban Đại diện cha mẹ học sinh nhắc nhở học sinh.\n",
        org,
        calendar,
    )
    assert [a.coordinating_units for a in record.actions] == [
        # "đẩy" after "tỉnh" opens the verb, not a province's proper name
        ["Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"],
        ["Ban Đại diện cha mẹ học sinh"],
    ]


def test_the_mass_organisations_are_a_definite_set_of_partners(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads_and_partners(
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n"
        "a) Phối hợp với các tổ chức chính trị - xã hội vận động đoàn viên, hội viên.\n"
        "b) Phối hợp với các cơ quan liên quan rà soát hồ sơ.\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội:\n"
        "- Vận động Nhân dân ủng hộ đồng bào vùng lũ.\n",
        org,
        calendar,
    ) == [
        ("Sở Nội vụ", ["các tổ chức chính trị - xã hội"]),
        # an unnamed plural still names no partner
        ("Sở Nội vụ", []),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", ["các tổ chức chính trị - xã hội"]),
    ]


def test_a_management_board_over_several_zones_is_named_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng\n"
        "- Phối hợp Ban Quản lý các khu kinh tế và khu chế xuất; rà soát quy hoạch.\n",
        org,
        calendar,
    )
    assert [a.coordinating_units for a in record.actions] == [
        ["Ban Quản lý các khu kinh tế và khu chế xuất"]
    ]


def test_those_concerned_after_a_named_group_are_no_lead_of_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Các ngân hàng thương mại, tổ chức, cá nhân có liên quan\n"
        "- Đăng ký nhu cầu vay vốn với ngân hàng.\n"
        "2. Các Sở, ngành, đơn vị liên quan\n"
        "- Hướng dẫn hồ sơ vay vốn.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Các ngân hàng thương mại",
        # a group of kinds of bodies closed by "liên quan" stays whole
        "Các Sở, ngành, đơn vị liên quan",
    ]


def test_a_public_bodys_name_runs_on_into_its_provinces_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads_and_partners(
        "II. TỔ CHỨC THỰC HIỆN\n1. Báo và Phát thanh, Truyền hình Bình Phước\n"
        "- Mở chuyên mục về vệ sinh môi trường.\n"
        "2. Sở Y tế\n- Phối hợp với Báo và Phát thanh, Truyền hình Đưa tin về dịch bệnh.\n",
        org,
        calendar,
    ) == [
        ("Báo và Phát thanh, Truyền hình Bình Phước", []),
        # one capitalised word after it is no province's name
        ("Sở Y tế", ["Báo và Phát thanh, Truyền hình"]),
    ]


def test_bodies_asked_jointly_in_a_heading_lead_together(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads_and_partners(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Đề nghị Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh\n"
        "- Đẩy nhanh việc xét xử các vụ án điểm.\n",
        org,
        calendar,
    ) == [("Tòa án nhân dân tỉnh", ["Viện kiểm sát nhân dân tỉnh"])]


def test_a_known_body_and_one_named_by_shape_open_a_sentence_together(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads_and_partners(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tài chính và Ủy ban nhân dân các huyện bố trí kinh phí thực hiện Kế hoạch.\n",
        org,
        calendar,
    ) == [("Sở Tài chính", ["Ủy ban nhân dân các huyện"])]


def test_a_hyphen_cut_at_a_lines_start_under_an_item_is_no_new_item() -> None:
    wrapped = (
        "a) Ủy ban nhân dân các xã tổ chức tuyên truyền, vận động\n"
        "người dân tham gia mở tài khoản; phối hợp với các tổ chức chính trị\n"
        "- xã hội tại địa phương vận động hội viên tham gia\n"
        "theo kế hoạch của địa phương;\n"
        "b) Ngân hàng hướng dẫn quy trình mở tài khoản cho\n"
        "người dân tại nơi thuận tiện, theo lịch hẹn\n"
        "với ủy ban nhân dân các xã và bố trí cán bộ\n"
        "hỗ trợ tại chỗ;\n"
        "- Cung cấp danh sách khách hàng.\n"
    )
    got = blocks_of(wrapped)
    assert [marker for marker, _ in got] == ["letter", "letter", "dash"]
    assert "chính trị - xã hội tại địa phương" in got[0][1]


def test_a_labelled_partners_field_is_read_as_a_tables_cell(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads_and_partners(
        "II. NHIỆM VỤ\n1. Tổ chức hội nghị phổ biến Luật.\n"
        "- Cơ quan chủ trì: Sở Tư pháp.\n"
        "- Cơ quan phối hợp: Bảo hiểm xã hội tỉnh, Chi nhánh Ngân hàng Chính sách xã hội "
        "tỉnh, Trung tâm Trợ giúp pháp lý tỉnh (Sở Tư pháp), Ủy ban nhân dân các xã và các cơ "
        "quan, đơn vị có liên quan.\n"
        "2. Rà soát văn bản quy phạm pháp luật.\n"
        "- Cơ quan thực hiện: Các sở, ngành có liên quan theo chức năng, nhiệm vụ được giao.\n",
        org,
        calendar,
    ) == [
        (
            "Sở Tư pháp",
            [
                "Bảo hiểm xã hội tỉnh",
                "Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
                # the body a unit belongs to, glossed, is no partner of its own
                "Trung tâm Trợ giúp pháp lý tỉnh",
                "Ủy ban nhân dân các xã",
            ],
        ),
        # the group's remit after it is no part of its name
        ("Các sở, ngành có liên quan", []),
    ]


def test_a_numbered_task_of_several_clauses_over_an_item_is_a_task_not_a_title(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nội vụ theo dõi, đôn đốc các sở, ngành triển khai Kế hoạch; tham mưu Ủy ban "
        "nhân dân tỉnh sơ kết việc thực hiện\n"
        "- Cập nhật số liệu lên phần mềm theo dõi trước ngày 20 hằng tháng.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Sở Nội vụ", "Sở Nội vụ"]
    assert record.actions[0].text.startswith("Sở Nội vụ theo dõi, đôn đốc")


def test_the_plans_closing_words_under_its_last_heading_are_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\nChủ trì tổng hợp kết quả thực hiện.\n\n"
        "2. Chế độ báo cáo\n"
        "Các cơ quan, đơn vị khẩn trương phối hợp triển khai thực hiện Kế hoạch này; kịp "
        "thời báo cáo Ủy ban nhân dân tỉnh để xem xét, giải quyết./.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [("Sở Y tế", "Chủ trì tổng hợp kết quả thực hiện")]


def test_a_label_that_holds_a_verb_before_a_bodys_task_still_hands_it_to_that_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = leads_and_partners(
        "II. PHƯƠNG ÁN TRIỂN KHAI\n"
        "a) Thực hiện cấp đổi giấy phép: Sau khi nhận hồ sơ, Ủy ban nhân dân các xã phối hợp "
        "với Sở Xây dựng kiểm tra hiện trạng công trình;\n"
        "b) Tổ chức tuyên truyền: Chỉ đạo các thôn phổ biến đến từng hộ dân;\n",
        org,
        calendar,
    )
    assert got[:1] == [("Ủy ban nhân dân các xã", ["Sở Xây dựng"])]


def test_partners_a_bracket_names_after_their_kind_are_those_named(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads_and_partners(
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ\n"
        "- Phối hợp với các nhà mạng (Viettel Hà Tĩnh, VNPT Hà Tĩnh) phát triển trạm phát sóng.\n"
        "- Phối hợp với các doanh nghiệp có liên quan tổ chức hội thảo.\n",
        org,
        calendar,
    ) == [
        ("Sở Khoa học và Công nghệ", ["Viettel Hà Tĩnh", "VNPT Hà Tĩnh"]),
        ("Sở Khoa học và Công nghệ", []),
    ]
