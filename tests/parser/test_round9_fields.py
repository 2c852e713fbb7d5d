"""Rules of the ninth round (decisions that issue a plan written as fields per task; blind
batch 12 in view), each on a synthetic snippet that no corpus holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import ParsedDirective
from tests.parser.test_round5 import leads_and_texts
from tests.parser.test_round7_plans import flattened
from tests.parser.test_round8_plans import DECISION

_ATTACHED_TITLE = "KẾ HOẠCH\n\nPHÒNG CHÁY RỪNG NĂM 2025\n\n(Kèm theo Quyết định số 77/QĐ-UBND)\n\n"
FIELDS = (
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Xác định cụ thể nội dung công việc.\n\n"
    "II. NỘI DUNG\n"
    "1. Tổ chức tuyên truyền pháp luật về phòng cháy rừng\n"
    "- Cơ quan thực hiện: Sở Y tế, Sở Tài chính.\n"
    "- Cơ quan phối hợp: Ủy ban nhân dân các huyện.\n"
    "2. Biên soạn tài liệu phổ biến Luật; tài liệu hướng dẫn phòng cháy\n"
    "- Cơ quan thực hiện: Sở Tài chính.\n"
    "- Thời gian thực hiện: năm 2025.\n"
)


def _attached(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    """The decision with an attached plan of ``body`` under its title and tie."""
    return parse_text(DECISION + _ATTACHED_TITLE + body, org, calendar)


def test_a_bare_contents_section_holds_the_titles_its_records_give_a_doer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _attached(FIELDS, org, calendar)
    # "II. NỘI DUNG" reads as a plan's aims, yet a "Cơ quan thực hiện:" record under a title
    # makes the title a task; a title of two clauses right over its record is one too
    assert [(a.text, a.lead_unit, a.coordinating_units) for a in record.actions] == [
        (
            "Tổ chức tuyên truyền pháp luật về phòng cháy rừng",
            "Sở Y tế",
            ["Sở Tài chính", "Ủy ban nhân dân các huyện"],
        ),
        ("Biên soạn tài liệu phổ biến Luật; tài liệu hướng dẫn phòng cháy", "Sở Tài chính", []),
    ]
    assert record.actions[1].deadline_text == "năm 2025"


def test_a_plan_without_its_tie_line_is_the_decisions_when_its_articles_issue_one(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    untied = (
        "KẾ HOẠCH\n\nPHÒNG CHÁY RỪNG NĂM 2025\n\n"
        "Để bảo vệ rừng, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n"
        "I. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n"
        "- Bố trí lực lượng cấp cứu tại các vùng có nguy cơ cháy.\n"
    )
    record = parse_text(DECISION + untied, org, calendar)
    assert leads_and_texts(record) == [
        ("Sở Y tế", "Bố trí lực lượng cấp cứu tại các vùng có nguy cơ cháy")
    ]
    # a decision that issues no plan: the text after its signature stays outside
    other = DECISION.replace("Ban hành kèm theo Quyết định này Kế hoạch", "Phê duyệt Kế hoạch")
    assert parse_text(other + untied, org, calendar).actions == []


def _with_table(org: OrgDirectory, calendar: WorkingCalendar, *rows: list[str]) -> ParsedDirective:
    """The decision with an attached plan that is one flattened table of ``rows``."""
    table = "\n".join([*flattened(*rows), "|"]) + "\n"
    return _attached(table, org, calendar)


def test_a_flattened_table_goes_on_past_a_cell_that_held_only_bold_marks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    header = ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    # the group row's empty cells are "** **", which the clean-up leaves as blank lines
    group = ["I", "CƠ CHẾ, CHÍNH SÁCH", "** **", "** **", "** **"]
    task = ["1", "Rà soát các quy định về hồ sơ số", "Sở Y tế", "Sở Tài chính", "2026"]
    record = _with_table(org, calendar, header, group, task)
    assert [(a.text, a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Rà soát các quy định về hồ sơ số", "Sở Y tế", ["Sở Tài chính"])
    ]


# An old plain-text crawl: the header on few lines, the signature and the attached plan's
# title (with its tie) run onto one line, a sub-item's number at the end of its title's line.
CRAWLED = (
    "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 77/QĐ-UBND\n"
    "Hòa Bình, ngày 03 tháng 3 năm 2025 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG "
    "THỰC HIỆN CHỈ THỊ SỐ 12-CT/TU “VỀ PHÒNG CHÁY RỪNG” ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1.\n"
    "Ban hành kèm theo Quyết định này Chương trình hành động thực hiện Chỉ thị số 12-CT/TU.\n"
    "Điều 2.\nGiám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Bình CHƯƠNG TRÌNH HÀNH ĐỘNG "
    "THỰC HIỆN CHỈ THỊ SỐ 12-CT/TU (Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 03 "
    "tháng 3 năm 2025 của Ủy ban nhân dân tỉnh)\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức về phòng cháy rừng.\n"
    "II. NỘI DUNG HOẠT ĐỘNG\n"
    "1. Tăng cường sự lãnh đạo của cấp ủy; sự quản lý của chính quyền các cấp 1.1.\n"
    "Tổ chức tuyên truyền Chỉ thị số 12-CT/TU trong cán bộ.\n"
    "1.2. Nâng cao trách nhiệm của người đứng đầu.\n"
    "- Cơ quan thực hiện: Sở Y tế.\n- Thời gian thực hiện: trong quý II/2025.\n"
)


def test_an_old_crawl_gives_its_header_signature_and_attached_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(CRAWLED, org, calendar)
    # the header line cut into date, kind, subject and the enacting body
    assert record.document_type == "QUYẾT ĐỊNH"
    assert record.subject is not None and record.subject.endswith("“VỀ PHÒNG CHÁY RỪNG”")
    # the signature cut from the attached plan's title run on after it
    assert record.signer is not None and record.signer.name == "Lê Văn Bình"
    assert record.distribution == ["Như Điều 2", "Lưu: VT"]
    # "1.1." put back before its text; the item with clauses over "1.1.", "1.2." and their
    # shared record is their title, not a task
    assert [(a.text, a.lead_unit, a.deadline_text) for a in record.actions] == [
        (
            "Tổ chức tuyên truyền Chỉ thị số 12-CT/TU trong cán bộ",
            "Sở Y tế",
            "trong quý II/2025",
        ),
        ("Nâng cao trách nhiệm của người đứng đầu", "Sở Y tế", "trong quý II/2025"),
    ]


def test_a_doer_cell_lists_its_partners_with_semicolons(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "II. NHIỆM VỤ CỤ THỂ\n1. Tổ chức đối thoại định kỳ với người lao động\n"
        "- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với Liên đoàn Lao động tỉnh; "
        "các sở, ngành liên quan; Ủy ban nhân dân các huyện, thành phố.\n"
    )
    record = _attached(body, org, calendar)
    # the ";" in a cell lists the partners; the province's mass organisation is one of them
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Sở Y tế", ["Liên đoàn Lao động tỉnh", "Ủy ban nhân dân các huyện, thành phố"])
    ]


def test_a_flattened_row_that_leaves_its_last_cell_out_ends_at_the_next_rows_number(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Nguồn vốn"]
    record = _with_table(
        org,
        calendar,
        header,
        ["1", "Rà soát quy định về hồ sơ số", "Sở Y tế", "Sở Tài chính", "Năm 2026"],
        ["2", "Góp ý dự thảo Thông tư", "Sở Tài chính", "Sở Y tế", "Năm 2026"],
    )
    # the first row's funding cell is missing: the "|" after it closes the row, not a cell
    assert [(a.text, a.lead_unit) for a in record.actions] == [
        ("Rà soát quy định về hồ sơ số", "Sở Y tế"),
        ("Góp ý dự thảo Thông tư", "Sở Tài chính"),
    ]


def test_a_drafts_issue_date_label_gives_the_records_deadline(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    draft = "1. Xây dựng Nghị định quy định chi tiết Luật\n+ Cơ quan chủ trì: Sở Y tế.\n"
    due = "+ Thời hạn ban hành: trước ngày 01 tháng 01 năm 2026.\n"
    (action,) = _attached("II. NHIỆM VỤ CỤ THỂ\n" + draft + due, org, calendar).actions
    assert (action.lead_unit, action.deadline_text) == (
        "Sở Y tế",
        "trước ngày 01 tháng 01 năm 2026",
    )
