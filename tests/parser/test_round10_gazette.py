"""Rules of the tenth round made with blind batch 13 in view (the text layer of a gazette's
signed PDFs: running page headers, page numbers and e-signature stamps inside the letter, a
letterhead read column by column, Government resolutions), each on a synthetic snippet that
no corpus holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import clean_text, fold_keep
from directives.parser.references import find_references
from tests.parser.test_plans import plan
from tests.parser.test_round6 import letter
from tests.parser.test_round7_plans import leads_and_partners

# A gazette page's foot and the next page's head, as a signed PDF's text layer gives them.
_BREAK = (
    "\r\nKý bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\n"
    "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\r\nNgày ký: 2026-03-04 09:15:00 +07:00\r\n\r\n"
    "CÔNG BÁO/Số 120/Ngày 04-03-2026 \r\n17\r\n \r\n \r\n"
)
# The letterhead's left column read first: the issuing body, its number, then the motto.
_HEAD = (
    "CÔNG BÁO/Số 120/Ngày 04-03-2026 \r\n16\r\n \r\n \r\n"
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ \r\n__________ \r\n \r\nSố: 57/CT-BKHCN \r\n \r\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \r\nĐộc lập - Tự do - Hạnh phúc \r\n"
    "_____________ \r\nHà Nội, ngày 20 tháng 2 năm 2026 \r\n \r\n"
    "CHỈ THỊ \r\nVề việc kiểm kê thiết bị đo lường \r\n______ \r\n \r\n"
)
_SIGNED = "\r\n \r\nBỘ TRƯỞNG \r\n \r\nTrần Văn Bình \r\n"


def test_a_gazette_page_break_inside_a_sentence_is_dropped_and_the_sentence_rejoined() -> None:
    text = "1. Cục Đo lường rà soát thiết bị đo \r\ntrong phòng thí nghiệm." + _BREAK + "tiếp theo."
    assert [line for line in clean_text(text) if line] == [
        "1. Cục Đo lường rà soát thiết bị đo",
        "trong phòng thí nghiệm.",
        "tiếp theo.",
    ]
    broken = "1. Cục Đo lường rà soát thiết bị đo \r\ntrong phòng thí" + _BREAK + "nghiệm. \r\n"
    assert [line for line in clean_text(broken) if line] == [
        "1. Cục Đo lường rà soát thiết bị đo",
        "trong phòng thí",
        "nghiệm.",
    ]


def test_a_gazette_letters_number_and_issuer_are_read_through_its_page_chrome(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _HEAD + "Bộ trưởng yêu cầu các đơn vị thực hiện các nhiệm vụ sau đây: \r\n"
        "1. Cục Đo lường chủ trì kiểm kê thiết bị đo lường trong phòng \r\nthí"
        + _BREAK
        + "nghiệm trước ngày 30 tháng 6 năm 2026. \r\n"
        "2. Văn phòng Bộ bố trí kinh phí thực hiện. " + _SIGNED,
        org,
        calendar,
    )
    assert (record.number, record.issuer) == ("57/CT-BKHCN", "Bộ Khoa học và Công nghệ")
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Cục Đo lường",
            "Cục Đo lường chủ trì kiểm kê thiết bị đo lường trong phòng thí nghiệm trước ngày "
            "30 tháng 6 năm 2026",
        ),
        ("Văn phòng Bộ", "Văn phòng Bộ bố trí kinh phí thực hiện"),
    ]
    assert all(r.number != "120/Ngày" for r in record.references)


def test_a_stamp_without_its_signing_time_is_the_letters_text() -> None:
    # "Cơ quan: ..." lines in a letter are its own unless a stamp's signing time closes them
    text = "Người ký: ông Nguyễn Văn A\r\nCơ quan: Sở Tư pháp\r\n"
    assert [line for line in clean_text(text) if line] == [
        "Người ký: ông Nguyễn Văn A",
        "Cơ quan: Sở Tư pháp",
    ]


_PLAN = (
    "II. NHIỆM VỤ CỤ THỂ\n"
    "Nhằm đạt được mục tiêu đề ra, bên cạnh các nhiệm vụ thường xuyên, các bộ, cơ quan "
    "ngang bộ, Ủy ban nhân dân các tỉnh, thành phố cần cụ thể hóa và tổ chức triển khai thực "
    "hiện các nhiệm vụ sau đây:\n"
    "1. Tăng cường công tác lãnh đạo, chỉ đạo về phòng chống dịch bệnh\n"
    "- Ủy ban nhân dân cấp tỉnh đưa các chỉ tiêu tiêm chủng vào kế hoạch của địa phương.\n"
    "- Đổi mới hình thức tuyên truyền về phòng chống dịch bệnh.\n"
    "2. Hoàn thiện chính sách về phòng chống dịch bệnh\n"
    "- Rà soát các văn bản quy phạm pháp luật về tiêm chủng.\n"
)


def test_an_intro_opening_with_two_clauses_names_the_leads_of_its_sections_dashes(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Nhằm ..., bên cạnh ...," before the subject: the bodies after them lead every dash of
    # the section, the first as lead and the rest jointly, under its numbered titles
    leads = leads_and_partners(_PLAN, org, calendar)
    group = ("các bộ, cơ quan ngang bộ", ["Ủy ban nhân dân các tỉnh, thành phố"])
    assert leads[1:] == [group, group]


def test_a_dash_opening_with_a_body_and_a_verb_no_list_holds_is_that_bodys(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Ủy ban nhân dân cấp tỉnh đưa ...": the dash names its own body, which leads it
    assert leads_and_partners(_PLAN, org, calendar)[0] == ("Ủy ban nhân dân cấp tỉnh", [])


_TITLED = (
    "II. NHIỆM VỤ CỤ THỂ\n"
    "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố cần triển khai thực hiện "
    "các nhiệm vụ sau đây:\n"
    "1. Nâng cao năng lực quản lý nhà nước về tiêm chủng ở Trung ương và địa phương, bảo đảm "
    "sử dụng vắc xin an toàn.\n"
    "- Phối hợp chặt chẽ giữa các cơ quan quản lý nhà nước.\n"
    "- Kiểm soát chi phí tiêm chủng dịch vụ.\n"
    "2. Mở rộng phạm vi đối tượng được tiêm chủng miễn phí để giảm gánh nặng chi phí cho "
    "người dân.\n"
    "- Tập trung phát triển mạng lưới điểm tiêm chủng.\n"
)


def test_a_numbered_title_with_a_full_stop_over_its_dashes_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # a one-sentence title naming no body, its dashes under it: the dashes are the tasks
    texts = [a.text for a in plan(_TITLED, org, calendar).actions]
    assert texts[:2] == [
        "Phối hợp chặt chẽ giữa các cơ quan quản lý nhà nước",
        "Kiểm soát chi phí tiêm chủng dịch vụ",
    ]


def test_a_title_in_a_handed_section_with_a_findings_word_inside_keeps_its_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Mở rộng phạm vi ..." in a section an intro hands to its bodies: "phạm vi" inside the
    # title does not make its dashes a scope
    actions = plan(_TITLED, org, calendar).actions
    assert [(a.text, a.lead_unit) for a in actions[2:]] == [
        ("Tập trung phát triển mạng lưới điểm tiêm chủng", "Các bộ, cơ quan ngang bộ")
    ]


def test_items_that_say_how_a_task_is_done_are_its_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # a paragraph under "b)" ending "theo hướng:" goes on with b); the dashes under it say how
    # b) is done, however they are worded, and are no tasks of their own
    record = letter(
        "1. Ủy ban nhân dân các tỉnh, thành phố:\n"
        "a) Rà soát các trạm y tế xã trước ngày 30 tháng 6 năm 2025.\n"
        "b) Xây dựng phương án sắp xếp trạm y tế.\n"
        "Phương án phải bảo đảm phục vụ người dân, theo hướng:\n"
        "- Giữ lại các trạm ở vùng sâu, vùng xa.\n"
        "- Sáp nhập các trạm gần nhau.\n"
        "c) Báo cáo kết quả về Bộ Y tế.\n",
        org,
        calendar,
    )
    assert [a.text for a in record.actions] == [
        "Rà soát các trạm y tế xã trước ngày 30 tháng 6 năm 2025",
        "Xây dựng phương án sắp xếp trạm y tế. Phương án phải bảo đảm phục vụ người dân, theo "
        "hướng: - Giữ lại các trạm ở vùng sâu, vùng xa. - Sáp nhập các trạm gần nhau",
        "Báo cáo kết quả về Bộ Y tế",
    ]


_RESOLUTION = (
    "CHÍNH PHỦ\nSố: 55/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 3 tháng 3 năm 2025\n\n"
    "NGHỊ QUYẾT\nVề chính sách của Luật Đo lường\n\nCHÍNH PHỦ\n"
    "Căn cứ Luật Tổ chức Chính phủ;\n\nQUYẾT NGHỊ:\n"
    "Điều 1. Thông qua 03 chính sách của Luật Đo lường.\n"
    "Điều 2. Bộ Khoa học và Công nghệ chủ trì hoàn thiện hồ sơ dự án Luật, trình Chính "
    "phủ trước ngày 15 tháng 7 năm 2025.\n"
    "Điều 3. Phân công Phó Thủ tướng Thường trực Chính phủ Trần Văn Minh chỉ đạo việc "
    "xây dựng dự án Luật.\n"
    "Điều 4. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n\n"
    "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Văn Minh\n"
)


def test_a_resolutions_articles_give_tasks_to_a_body_and_to_an_official_in_person(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # who acts is read after the article's label; an official named in person after "Phân
    # công" takes the task; an approval and the entry into force are none
    record = parse_text(_RESOLUTION, org, calendar)
    assert (record.document_type, record.number) == ("NGHỊ QUYẾT", "55/NQ-CP")
    assert [(a.lead_unit, a.deadline_text) for a in record.actions] == [
        ("Bộ Khoa học và Công nghệ", "trước ngày 15 tháng 7 năm 2025"),
        ("Phó Thủ tướng Thường trực Chính phủ Trần Văn Minh", None),
    ]


def test_a_body_named_after_a_case_clause_whose_words_hold_commas_leads_its_item(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Đối với ..., ..., Bảo hiểm xã hội tỉnh khẩn trương ...": the clause ends at the comma a
    # capitalised body's name follows, and "Bảo hiểm xã hội" is a name however it goes on
    record = letter(
        "Các cơ quan triển khai như sau:\n"
        "1. Đối với các khoản chi khám bệnh, chữa bệnh vượt dự toán năm 2024, Bảo hiểm xã "
        "hội tỉnh khẩn trương thanh toán cho các bệnh viện.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Bảo hiểm xã hội tỉnh"]


def test_a_signature_images_residue_after_the_title_leaves_the_title_a_title(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "PHÓ THỦ TƯỚNGy]": the title in capitals with what the signature's image left after it
    # is the title as written, and the name under it the signer's
    signed = _RESOLUTION.replace("PHÓ THỦ TƯỚNG\n", "   PHÓ THỦ TƯỚNGy] \n")
    signer = parse_text(signed, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == (
        "KT.",
        "PHÓ THỦ TƯỚNGy]",
        "Trần Văn Minh",
    )


def test_grounds_whose_words_hold_commas_give_way_to_the_plural_of_bodies_after_them(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Trên cơ sở nội dung Chỉ thị số 5-CT/TU, Kế hoạch này, các Sở, ...": the grounds end at
    # the comma "các" and an organ follow, and that plural acts
    record = letter(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Trên cơ sở nội dung Chỉ thị số 5-CT/TU, Kế hoạch này, các Sở, ban, ngành tổ chức "
        "xây dựng kế hoạch thực hiện trong quý II năm 2025.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.deadline_text) for a in record.actions] == [
        ("các Sở, ban, ngành", "trong quý II năm 2025")
    ]


_PROPOSED = (
    "Theo đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tại các văn bản: Số "
    "15/TTr-BVHTTDL ngày 02 tháng 4 năm 2025, số 16/BC-BVHTTDL ngày 03 tháng 4 năm 2025;"
)


def test_a_proposers_name_holding_a_comma_issues_the_documents_listed_after_it() -> None:
    # "theo đề nghị của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tại các văn bản: Số A, số
    # B": the comma inside the ministry's name does not end the name
    minister = "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"
    issuers = {
        r.number: r.issuer for r in find_references(_PROPOSED, fold_keep(_PROPOSED), None, 2025)
    }
    assert issuers == {"15/TTr-BVHTTDL": minister, "16/BC-BVHTTDL": minister}
