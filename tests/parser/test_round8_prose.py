"""Rules of the eighth round for prose letters (blind batches 10 and 11 in view: cables of the
prime minister, a ministry's letter without a letterhead, an old directive's one-line header),
each on a synthetic snippet that no corpus holds."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.bodies import heading_bodies
from directives.parser.clean import clean_text, fold_keep
from directives.parser.glued import unglue
from directives.parser.names import org_display
from directives.parser.references import find_references
from directives.parser.speaker import cable_sender, speaking_body

CABLE = (
    "**CÔNG ĐIỆN**\n\nV/V ỨNG PHÓ VỚI BÃO SỐ 9\n\n**BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG "
    "điện:**\n\n- Chủ tịch Ủy ban nhân dân các tỉnh ven biển;\n- Giám đốc các Sở Xây dựng.\n\n"
    "Để chủ động ứng phó với bão số 9, Bộ trưởng yêu cầu:\n\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG\n\nNguyễn Văn A\n"


def test_a_cable_names_its_sender_on_the_line_before_its_addressees(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(CABLE + "1. Sở Xây dựng rà soát các công trình.\n" + TAIL, org, calendar)
    assert record.issuer == "Bộ trưởng Bộ Nông nghiệp và Môi trường"
    # a line that only ends in the word, in running prose, names no sender
    assert cable_sender(["Các đơn vị nhận được công văn, gửi điện:"]) is None


def test_a_speaking_body_drops_the_abbreviation_after_its_name() -> None:
    lines = [
        "Thực hiện Công văn số 12/BXD-KHTC ngày 02/3/2025 của Bộ Xây dựng. Bộ Giao thông, "
        "Vận tải và Du lịch (GTVTDL) đề nghị các trường trực thuộc Bộ thực hiện như sau:"
    ]
    assert speaking_body(lines, 0) == "Bộ Giao thông, Vận tải và Du lịch"


def test_the_older_office_of_the_head_of_government_keeps_its_capitals() -> None:
    assert org_display("PHỦ THỦ TƯỚNG") == "Phủ Thủ tướng"
    assert org_display("PHỦ CHỦ TỊCH") == "Phủ Chủ tịch"


@pytest.mark.parametrize(
    "text",
    [
        "theo chỉ đạo của Bộ Y tế tại các Công văn số 11/BYT-KCB ngày 02/3/2025; số "
        "12/BYT-KCB ngày 05/3/2025; số 13/BYT-KCB ngày 07/3/2025, trong đó:",
        "theo ý kiến của Bộ Y tế tại Công văn số 11/BYT-KCB ngày 02/3/2025, số 12/BYT-KCB "
        "ngày 05/3/2025 và số 13/BYT-KCB ngày 07/3/2025.",
        "chỉ đạo của Bộ Y tế tại các văn bản: số 11/BYT-KCB ngày 02/3/2025, số 12/BYT-KCB "
        "ngày 05/3/2025, số 13/BYT-KCB ngày 07/3/2025 về việc phòng dịch;",
    ],
)
def test_documents_listed_after_an_issuer_share_it(text: str) -> None:
    found = find_references(text, fold_keep(text), None, 2025)
    assert [(r.number, r.issuer) for r in found] == [
        ("11/BYT-KCB", "Bộ Y tế"),
        ("12/BYT-KCB", "Bộ Y tế"),
        ("13/BYT-KCB", "Bộ Y tế"),
    ]


def test_a_list_after_a_full_stop_does_not_take_the_issuer() -> None:
    text = "theo chỉ đạo của Bộ Y tế tại Công văn số 11/BYT-KCB. Số 12/UBND-VX ngày 05/3/2025."
    found = find_references(text, fold_keep(text), None, 2025)
    assert [(r.number, r.issuer) for r in found] == [
        ("11/BYT-KCB", "Bộ Y tế"),
        ("12/UBND-VX", None),
    ]


def test_a_long_heading_to_office_holders_hands_its_items_to_their_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    heading = (
        "1. Bí thư tỉnh ủy, thành ủy; Chủ tịch Ủy ban nhân dân các tỉnh ven biển tập trung "
        "lãnh đạo, chỉ đạo, triển khai ngay các biện pháp cần thiết để bảo đảm an toàn tính "
        "mạng cho người dân, đặt nhiệm vụ bảo đảm an toàn cho Nhân dân lên trên hết, trước "
        "hết, không để bị động, bất ngờ trong mọi tình huống, trong đó:\n\n"
    )
    items = "a) Sơ tán người dân khỏi vùng nguy hiểm.\n\nb) Bố trí lực lượng chốt chặn.\n"
    record = parse_text(CABLE + heading + items + TAIL, org, calendar)
    leads = {a.text: a.lead_unit for a in record.actions}
    assert leads["Sơ tán người dân khỏi vùng nguy hiểm"] == "Ủy ban nhân dân các tỉnh"
    assert leads["Bố trí lực lượng chốt chặn"] == "Ủy ban nhân dân các tỉnh"


def test_bodies_asked_under_a_short_form_take_the_items_by_their_full_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (
        "**Kính gửi:** Các trường trực thuộc Bộ\n\nThực hiện Công văn số 12/BGDĐT-GDĐH ngày "
        "02/3/2025 của Bộ Giáo dục và Đào tạo. Bộ Xây dựng đề nghị các trường cao đẳng trực "
        "thuộc Bộ (sau đây gọi là các trường) thực hiện một số nhiệm vụ sau:\n\n"
        "1. Rà soát chương trình đào tạo.\n\n2. Tổ chức tuyển sinh đúng quy chế.\n" + TAIL
    )
    record = parse_text(text, org, calendar)
    assert record.issuer == "Bộ Xây dựng"
    assert [a.lead_unit for a in record.actions] == ["các trường cao đẳng trực thuộc Bộ"] * 2


def test_an_old_one_line_header_is_cut_into_date_title_and_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (
        "BỘ Y TẾ ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------\n"
        "Số:\n12/TTg Hà Nội, ngày 05 tháng 3 năm 1981 CHỈ THỊ VỀ CÔNG TÁC VỆ SINH PHÒNG DỊCH "
        "Năm qua công tác vệ sinh phòng dịch có nhiều tiến bộ.\n"
        "1. Các Sở Y tế tổ chức tiêm chủng cho trẻ em.\n" + TAIL
    )
    record = parse_text(text, org, calendar)
    assert (record.document_type, record.subject) == ("CHỈ THỊ", "CÔNG TÁC VỆ SINH PHÒNG DỊCH")
    assert record.issued_on is not None and record.issued_on.year == 1981


def test_a_title_in_capitals_goes_on_over_a_blank_line_with_a_preposition(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    head = (
        "BỘ Y TẾ\n\nSố: 07-KL/BYT\n\nHà Nội, ngày 01 tháng 12 năm 2025\n\n**KẾT LUẬN**\n\n"
        "CỦA BỘ TRƯỞNG BỘ Y TẾ\n\nTẠI HỘI NGHỊ TỔNG KẾT CÔNG TÁC Y TẾ\n\n"
    )
    body = "1. Các Sở Y tế tổ chức tiêm chủng cho trẻ em.\n"
    record = parse_text(head + body + TAIL, org, calendar)
    assert record.subject == "CỦA BỘ TRƯỞNG BỘ Y TẾ TẠI HỘI NGHỊ TỔNG KẾT CÔNG TÁC Y TẾ"
    # a line in capitals that opens with no such word is no part of the title
    other = parse_text(head.replace("TẠI HỘI NGHỊ", "HỘI NGHỊ") + body + TAIL, org, calendar)
    assert other.subject == "CỦA BỘ TRƯỞNG BỘ Y TẾ"


def test_a_signature_run_onto_one_line_with_an_older_slashed_capacity(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (
        "BỘ Y TẾ\n\nSố: 12/BYT\n\nHà Nội, ngày 05 tháng 3 năm 2025\n\nCHỈ THỊ\n\n"
        "VỀ CÔNG TÁC VỆ SINH PHÒNG DỊCH\n\n1. Các Sở Y tế tổ chức tiêm chủng cho trẻ em.\n\n"
        "K/T BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn An\n"
    )
    signer = parse_text(text, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("KT.", "THỨ TRƯỞNG", "Nguyễn Văn An")
    glued = unglue("K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Trần Văn Bình")
    assert glued == ["K/T THỦ TƯỚNG CHÍNH PHỦ", "PHÓ THỦ TƯỚNG", "Trần Văn Bình"]


def test_an_intro_closing_on_results_lists_no_tasks_whatever_it_said_before(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    head = (
        "BỘ Y TẾ\n\nSố: 07-KL/BYT\n\nHà Nội, ngày 01 tháng 12 năm 2025\n\nKẾT LUẬN\n\n"
        "CỦA BỘ TRƯỞNG BỘ Y TẾ\n\n"
    )
    results = (
        "Các Sở Y tế đã tham mưu thực hiện tốt các nhiệm vụ trọng tâm, đạt được một số kết "
        "quả nổi bật như sau:\n\n(1) Tăng cường công tác tiêm chủng cho trẻ em.\n\n"
        "(2) Nâng cao chất lượng khám chữa bệnh ở tuyến xã.\n\n"
    )
    tasks = (
        "Thời gian tới, đề nghị các Sở Y tế thực hiện các nhiệm vụ sau:\n\n"
        "(1) Rà soát danh sách trẻ chưa tiêm chủng.\n\n"
    )
    record = parse_text(head + results + tasks + TAIL, org, calendar)
    assert [a.text for a in record.actions] == ["Rà soát danh sách trẻ chưa tiêm chủng"]


@pytest.mark.parametrize("marker", ["2.", "a)", "(2)", "2.1."])
def test_a_numbered_marker_alone_on_its_line_opens_the_next_lines_item(marker: str) -> None:
    lines = clean_text(f"- Rà soát hồ sơ.\n{marker}\nTăng cường kiểm tra.\n\n{marker}\n\nHết.")
    assert lines[:2] == ["- Rà soát hồ sơ.", f"{marker} Tăng cường kiểm tra."]
    assert marker in lines[2:]  # a marker a blank line parts from any text stays as it is


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị tiếp tục thực hiện Nghị quyết",
            [("91-KL/TW", "Bộ Chính trị")],
        ),
        (
            "Các Quyết định của Bộ Y tế phê duyệt, cụ thể: số 11/QĐ-BYT ngày "
            "02/3/2016 về đề án phòng dịch; số 12/QĐ-BYT ngày 05/3/2016 về đề án tiêm chủng.",
            [("11/QĐ-BYT", "Bộ Y tế"), ("12/QĐ-BYT", "Bộ Y tế")],
        ),
        (
            "Các Quyết định của Bộ Y tế phê duyệt, cụ thể: số 11/QĐ-BYT ngày 02/3/2016 về đề án "
            "phòng dịch. Số 12/QĐ-UBND ngày 05/3/2016 quy định việc khác.",
            [("11/QĐ-BYT", "Bộ Y tế"), ("12/QĐ-UBND", None)],
        ),
    ],
)
def test_issuers_of_documents_named_together_then_listed(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_references(text, fold_keep(text), None, 2025)
    assert [(r.number, r.issuer) for r in found] == expected


@pytest.mark.parametrize(
    ("heading", "bodies"),
    [
        ("Các Bộ Quốc phòng, Công an", ["Bộ Quốc phòng", "Bộ Công an"]),
        ("Các Bộ Xây dựng và Công an", ["Bộ Xây dựng", "Bộ Công an"]),
        ("Các Tập đoàn VNPT, Viettel", ["Tập đoàn VNPT", "Tập đoàn Viettel"]),
        # one name after the kind: the same kind of body in several places, as written
        ("Các Sở Xây dựng nêu trên", ["Các Sở Xây dựng nêu trên"]),
        ("Các Sở Y tế và các đơn vị liên quan", ["Các Sở Y tế và các đơn vị liên quan"]),
    ],
)
def test_a_kind_shared_by_names_listed_without_a_colon(heading: str, bodies: list[str]) -> None:
    assert heading_bodies(heading) == bodies


def test_older_numbers_without_a_slash_are_read_after_their_kind() -> None:
    text = (
        "Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra. Theo Nghị định "
        "404-CP ngày 09/11/1979 của Hội đồng Chính phủ, cần lập 25-CP bản đồ."
    )
    found = find_references(text, fold_keep(text), None, 1980)
    assert [(r.number, r.type, r.issuer, str(r.issued_on)) for r in found] == [
        ("169-CP", "quyết định", "Hội đồng Chính phủ", "None"),
        ("404-CP", "nghị định", "Hội đồng Chính phủ", "1979-11-09"),
    ]


def test_a_wrapped_line_opening_with_a_date_is_no_date_of_the_letter(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "**Kính gửi:** Các sở, ngành\n\nThực hiện chỉ đạo của Bộ Y tế tại Công văn số 12/BYT-MT\n"
        "ngày 27/11/2025 về việc phòng dịch, Ủy ban nhân dân Thành phố yêu cầu:\n\n"
        "1. Sở Y tế tổ chức tiêm chủng.\n"
    )
    assert parse_text(body + TAIL, org, calendar).issued_on is None
    dated = parse_text(
        "BỘ Y TẾ\n\nSố: 12/BYT\n\nngày 05 tháng 3 năm 2025\n\n" + body + TAIL, org, calendar
    )
    assert str(dated.issued_on) == "2025-03-05"  # a date alone on its line still is
