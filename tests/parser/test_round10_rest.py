"""Rules of the tenth round on what the earlier rounds left (blind batches 5, 10, 11 and 12 in
view), each on a synthetic snippet that no corpus holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.cells import rebuild_tables
from directives.parser.clean import fold_keep
from directives.parser.mentions import MentionFinder
from directives.parser.references import find_references
from directives.parser.table_units import coordinating_cell
from directives.parser.units import assign_units
from tests.parser.test_plans import TAIL, plan
from tests.parser.test_round7_plans import flattened, leads_and_partners


def test_a_kind_of_body_written_alone_in_a_partners_cell_names_no_partner(
    org: OrgDirectory,
) -> None:
    find = MentionFinder(org)
    cell = "Viện, Trường Đại học Cần Thơ; Hợp tác xã, Sở Tư pháp; Doanh nghiệp có liên quan"
    assert [n for n, _ in coordinating_cell(cell, find)] == ["Trường Đại học Cần Thơ", "Sở Tư pháp"]


def test_a_time_line_below_an_items_prose_stays_the_items_last_sentence(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. NHIỆM VỤ\n\n1. Sở Tư pháp\n\n"
        "- Rà soát các văn bản quy phạm pháp luật về hộ tịch.\n\n"
        "Thời gian thực hiện: Tháng 11 - 12/2025.\n\n"
        "- Tổng hợp kết quả rà soát, báo cáo Ủy ban nhân dân tỉnh.\n\n"
        "Thời gian hoàn thành trước ngày 15/12/2025.\n\n"
        "2. Sở Nội vụ\n\n- Kiện toàn đội ngũ công chức làm công tác hộ tịch.\n",
        org,
        calendar,
    )
    assert [(a.text, a.deadline_text) for a in record.actions] == [
        (
            "Rà soát các văn bản quy phạm pháp luật về hộ tịch. "
            "Thời gian thực hiện: Tháng 11 - 12/2025",
            "Tháng 11 - 12/2025",
        ),
        (
            "Tổng hợp kết quả rà soát, báo cáo Ủy ban nhân dân tỉnh. "
            "Thời gian hoàn thành trước ngày 15/12/2025",
            "trước ngày 15/12/2025",
        ),
        ("Kiện toàn đội ngũ công chức làm công tác hộ tịch", None),
    ]


def test_a_time_label_among_a_records_labels_stays_out_of_the_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. NHIỆM VỤ\n\n- Rà soát các văn bản quy phạm pháp luật về hộ tịch.\n\n"
        "Đơn vị chủ trì: Sở Tư pháp.\n\nThời gian thực hiện: Tháng 12/2025.\n",
        org,
        calendar,
    )
    assert [(a.text, a.lead_unit, a.deadline_text) for a in record.actions] == [
        ("Rà soát các văn bản quy phạm pháp luật về hộ tịch", "Sở Tư pháp", "Tháng 12/2025")
    ]


def test_a_task_over_parts_named_by_number_is_its_head_alone(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. NHIỆM VỤ\n\n1. Sở Y tế\n\n"
        "a) Tổ chức thực hiện các tiểu dự án do Bộ Y tế chủ trì (khi Bộ Y tế triển khai):\n\n"
        "- Tiểu dự án 1: Nâng cao năng lực điều trị nghiện.\n\n"
        "- Tiểu dự án 3: Truyền thông về phòng, chống tác hại của thuốc lá.\n\n"
        "b) Hướng dẫn các cơ sở khám bệnh, chữa bệnh triển khai thực hiện.\n",
        org,
        calendar,
    )
    assert [a.text for a in record.actions] == [
        "Tổ chức thực hiện các tiểu dự án do Bộ Y tế chủ trì (khi Bộ Y tế triển khai)",
        "Hướng dẫn các cơ sở khám bệnh, chữa bệnh triển khai thực hiện",
    ]


def test_a_role_heading_under_a_body_gives_its_items_the_partners_it_names(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n"
        "a) Chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường và cơ quan, "
        "đơn vị có liên quan\n\n"
        "- Rà soát mạng lưới cơ sở khám bệnh, chữa bệnh trên địa bàn.\n\n"
        "b) Phối hợp với Sở Tài chính\n\n"
        "- Xây dựng dự toán kinh phí mua sắm trang thiết bị y tế.\n\n"
        # an item completing "Chủ trì, phối hợp" is the heading's body's task, its subject a
        # partner (a task that opens with "Phối hợp" is no role: its items keep their subjects)
        "2. Công an tỉnh\n\na) Chủ trì, phối hợp\n\n"
        "- Sở Tài chính tham mưu bố trí kinh phí thực hiện Chương trình.\n\n"
        "3. Sở Nội vụ\n\n"
        "- Phối hợp hướng dẫn các cơ quan, đơn vị rà soát biên chế. Trong đó:\n\n"
        "+ Sở Y tế rà soát biên chế của các bệnh viện.\n"
    )
    assert leads_and_partners(body, org, calendar) == [
        ("Sở Y tế", ["Ủy ban nhân dân các xã, phường"]),
        ("Sở Y tế", ["Sở Tài chính"]),
        ("Công an tỉnh", ["Sở Tài chính"]),
        # (the whole sentence "Trong đó:" closes gives the heading's body work of its own, as
        # batch 10/08's label reads it: round 42e)
        ("Sở Nội vụ", []),
        ("Sở Y tế", []),
    ]


def test_and_before_a_kind_of_body_without_cac_ends_a_partner_in_prose(org: OrgDirectory) -> None:
    text = "Sở Y tế chủ trì, phối hợp với Sở Tư pháp và cơ quan, đơn vị có liên quan rà soát"
    units = assign_units(text, MentionFinder(org), None, fold_keep(text))
    assert (units.lead, units.coordinating) == ("Sở Y tế", ["Sở Tư pháp"])


DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/QĐ-UBND\nLai Châu, ngày 3 tháng 3 năm 2025\n\n"
    "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 15/QĐ-TTG NGÀY 02 THÁNG 01 NĂM "
    "2025 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\nỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\n"
    "Căn cứ Quyết định số 15/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ;\n\n"
    "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai.\n\n"
    "Điều 2. Giao Sở Tư pháp chủ trì, tổ chức thực hiện Kế hoạch.\n"
)


def test_a_document_a_titles_subject_cites_is_the_first_reference(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(DECISION + TAIL, org, calendar)
    assert [r.number for r in record.references] == ["15/QĐ-TTg", "72/2025/QH15"]


def test_a_document_a_letters_v_v_line_cites_takes_its_place_in_the_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = (
        "BỘ TƯ PHÁP\nSố: 15/BTP-PL\nHà Nội, ngày 3 tháng 3 năm 2025\n\n"
        "V/v triển khai Nghị định số 136/2025/NĐ-CP\n\nKính gửi: Ủy ban nhân dân tỉnh Lai Châu.\n\n"
        "Căn cứ Luật số 72/2025/QH15, để triển khai Nghị định số 136/2025/NĐ-CP ngày 10/6/2025, "
        "Bộ Tư pháp đề nghị Ủy ban nhân dân tỉnh rà soát các văn bản liên quan.\n"
    )
    record = parse_text(letter + TAIL, org, calendar)
    assert [r.number for r in record.references] == ["72/2025/QH15", "136/2025/NĐ-CP"]


def issuers(text: str, year: int) -> list[tuple[str, str | None]]:
    """The numbers the text cites, each with its issuer."""
    return [(r.number, r.issuer) for r in find_references(text, fold_keep(text), None, year)]


def test_an_issuer_a_title_names_in_capitals_is_spelled_as_the_text_spells_it() -> None:
    text = (
        "QUYẾT ĐỊNH BAN HÀNH CHƯƠNG TRÌNH THỰC HIỆN KẾ HOẠCH SỐ 27-KH/TU NGÀY 18 THÁNG 12 "
        "NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY\n\n"
        "Thực hiện Kế hoạch số 27-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy "
        "về công tác dân vận;"
    )
    assert issuers(text, 2020) == [("27-KH/TU", "Ban Thường vụ Tỉnh ủy")]


def test_a_law_a_number_is_said_to_be_of_is_no_issuer() -> None:
    text = (
        "Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017, được sửa đổi tại Luật sửa đổi, bổ sung "
        "một số điều của Luật Thủy lợi số 08/2017/QH14;\n\nCăn cứ Nghị định số 67/2018/NĐ-CP "
        "của Chính phủ;"
    )
    assert issuers(text, 2025) == [("08/2017/QH14", None), ("67/2018/NĐ-CP", "Chính phủ")]


def test_a_flattened_row_under_the_number_of_the_row_above_is_a_task_of_its_own() -> None:
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    lines = flattened(
        header,
        ["1", "In tờ rơi", "Sở Y tế", "Sở Tài chính", "Quý I/2026"],
        ["Phát tờ rơi tại các xã", "Trung tâm Y tế"],
        ["2", "Mở chuyên mục", "Sở Xây dựng", "Sở Nội vụ", "Quý II/2026"],
    )
    got = [line for line in rebuild_tables(lines) if line.startswith("| ")]
    assert got[1:] == [
        "| 1 | In tờ rơi | Sở Y tế | Sở Tài chính | Quý I/2026 |",
        "|  | Phát tờ rơi tại các xã | Trung tâm Y tế |  |  |",
        "| 2 | Mở chuyên mục | Sở Xây dựng | Sở Nội vụ | Quý II/2026 |",
    ]


def test_a_heading_on_the_bodies_its_items_concern_names_their_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. NHIỆM VỤ\n\n1. Sở Công Thương:\n\n"
        "1.1. Đối với các doanh nghiệp chế biến thủy sản có nước thải lớn (theo danh sách kèm "
        "theo):\n\n"
        "+ Vận hành thường xuyên hệ thống xử lý nước thải.\n\n"
        "1.2. Đối với các trường hợp vi phạm:\n\n"
        "+ Kiểm tra, xử lý theo quy định.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "các doanh nghiệp chế biến thủy sản có nước thải lớn",
        "Sở Công Thương",
    ]


def test_a_space_a_line_wrap_put_before_a_numbers_hyphen_is_no_end_of_it() -> None:
    text = (
        "Căn cứ Nghị định số 66/2021/NĐ -CP ngày 06 tháng 7 năm 2021 của Chính phủ; Quyết "
        "định số 15/QĐ-UBND - Chủ tịch Ủy ban nhân dân tỉnh ký."
    )
    assert [number for number, _ in issuers(text, 2025)] == ["66/2021/NĐ-CP", "15/QĐ-UBND"]


def test_a_paragraph_between_an_item_and_its_records_labels_is_more_of_the_item(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. NỘI DUNG HOẠT ĐỘNG\n1. Tăng cường quản lý đất đai\n"
        "1.1. Kiện toàn tổ hòa giải ở cơ sở.\n- Cơ quan thực hiện: Sở Tư pháp.\n"
        "1.2. Rà soát các thủ tục hành chính về đất đai.\n"
        "Tuyên truyền nâng cao nhận thức của người dân về đất đai.\n"
        "- Cơ quan thực hiện: Sở Nông nghiệp và Môi trường.\n"
        "- Thời gian thực hiện: Quý II/2026.\n"
        "1.3. Kiểm tra việc sử dụng đất.\n- Cơ quan thực hiện: Thanh tra tỉnh.\n",
        org,
        calendar,
    )
    assert [(a.text, a.lead_unit) for a in record.actions] == [
        ("Kiện toàn tổ hòa giải ở cơ sở", "Sở Tư pháp"),
        (
            "Rà soát các thủ tục hành chính về đất đai. Tuyên truyền nâng cao nhận thức của "
            "người dân về đất đai",
            "Sở Nông nghiệp và Môi trường",
        ),
        ("Kiểm tra việc sử dụng đất", "Thanh tra tỉnh"),
    ]


def test_a_decisions_article_heading_is_no_part_of_its_tasks_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(DECISION + TAIL, org, calendar)
    assert [(a.text, a.lead_unit) for a in record.actions] == [
        ("Giao Sở Tư pháp chủ trì, tổ chức thực hiện Kế hoạch", "Sở Tư pháp")
    ]


def test_a_date_the_issuer_sets_for_what_it_will_itself_do_dates_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "II. NHIỆM VỤ\n\n1. Sở Y tế rà soát các cơ sở khám bệnh, chữa bệnh.\n\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện.\n\nIII. VỀ CÁC KIẾN NGHỊ\n\n"
        "Những kiến nghị thuộc thẩm quyền của tỉnh, lãnh đạo Ủy ban sẽ chỉ đạo các cơ quan "
        "xem xét, giải quyết theo đúng yêu cầu chỉ đạo của Thủ tướng Chính phủ. Thời gian hoàn "
        "thành trước ngày 30/12/2025.\n"
    )
    dated = {a.lead_unit: a.deadline for a in plan(body, org, calendar).actions}
    assert dated == {"Sở Y tế": None, "Sở Tài chính": None}


def test_a_qualifier_saying_which_bodies_of_a_kind_belongs_to_their_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "II. NHIỆM VỤ\n\n"
        "1. Ủy ban nhân dân các tỉnh, thành phố tại khu vực miền núi phía Bắc tập trung lãnh "
        "đạo, chỉ đạo bảo đảm an toàn cho người dân, trong đó:\n\n"
        "a) Sơ tán người dân khỏi khu vực nguy hiểm.\n\n"
        "b) Bố trí lực lượng trực tại các điểm xung yếu.\n"
    )
    lead = "Ủy ban nhân dân các tỉnh, thành phố tại khu vực miền núi phía Bắc"
    assert {found for found, _ in leads_and_partners(body, org, calendar)} == {lead}
