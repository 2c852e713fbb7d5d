"""General rules for letters from elsewhere and long plans, each on a short synthetic
letter: a task no body is named for, the signer glued to the distribution list, a header
flattened onto shared lines. None of these snippets comes from the corpora."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import ParsedDirective

# A plan of another province: not from the organisation's own province.
PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 45/KH-UBND\nHòa Bình, ngày 3 tháng 3 năm 2025\n\n"
    "KẾ HOẠCH\nTriển khai công tác vệ sinh môi trường năm 2025\n\n"
)
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Bình\n"


def plan(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_text(PLAN_HEAD + body + TAIL, org, calendar)


def test_an_item_no_body_is_named_for_is_not_a_task_of_another_provinces_plan(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        # what was done so far is background, not a task
        "Trong thời gian qua, Ủy ban nhân dân tỉnh đã chỉ đạo Sở Y tế rà soát các cơ sở.\n\n"
        "I. NHIỆM VỤ, GIẢI PHÁP\n"
        "- Thu gom, xử lý rác thải sau lũ.\n"
        "- Khơi thông cống rãnh, kênh mương.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế:\n"
        "- Chủ trì hướng dẫn xử lý môi trường.\n"
        "2. Sở Tài chính:\n"
        "- Tham mưu bố trí kinh phí.\n",
        org,
        calendar,
    )
    assert [(a.seq, a.lead_unit) for a in record.actions] == [(1, "Sở Y tế"), (2, "Sở Tài chính")]


def test_an_unnamed_task_of_a_letter_to_one_recipient_is_the_recipients(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "BỘ Y TẾ\nSố: 12/BYT-KCB\nHà Nội, ngày 5 tháng 3 năm 2025\n\n"
        "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "Bộ Y tế đề nghị:\n"
        "1. Đầu tư, nâng cấp trang thiết bị y tế tuyến huyện.\n"
        "2. Chỉ đạo Sở Y tế rà soát cơ sở khám bệnh.\n" + TAIL,
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    ] * 2


def test_a_signature_block_run_onto_one_line_is_read_apart(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "BỘ Y TẾ\nSố: 15/BYT-KCB\nHà Nội, ngày 5 tháng 3 năm 2025\n\n"
        "Kính gửi: Sở Y tế các tỉnh.\n\nĐề nghị Sở Y tế các tỉnh rà soát cơ sở khám bệnh.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, KCB. KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Hải\n",
        org,
        calendar,
    )
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title, record.signer.name) == (
        "KT.",
        "THỨ TRƯỞNG",
        "Trần Văn Hải",
    )
    assert record.distribution == ["Như trên", "Lưu: VT, KCB"]


def test_a_flattened_task_table_in_the_appendix_gives_the_plans_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    cells = [
        ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
        ["I. NÂNG CAO NHẬN THỨC"],
        [
            "1",
            "Xây dựng bộ tiêu chí đánh giá.",
            "Sở Tài chính",
            "Các sở, ban, ngành tỉnh; UBND các xã, phường",
            "Quí IV-2025",
        ],
    ]
    table = "\n".join("|\n" + "\n|\n".join(row) + "\n|" for row in cells)
    body = "I. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n- Chủ trì hướng dẫn xử lý môi trường."
    record = parse_text(PLAN_HEAD + body + TAIL + "\nPHỤ LỤC\n\n" + table + "\n", org, calendar)
    last = record.actions[-1]
    assert (last.text, last.lead_unit) == ("Xây dựng bộ tiêu chí đánh giá", "Sở Tài chính")
    # "Các sở, ban, ngành tỉnh" is an unnamed plural: no partner by name
    assert last.coordinating_units == ["UBND các xã, phường"]
    assert (last.deadline_text, str(last.deadline)) == ("Quí IV-2025", "2025-12-31")


def test_the_issuer_issuing_the_plan_hands_no_task_and_a_body_heading_leads_its_paragraph(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "Ủy ban nhân dân Tỉnh ban hành Kế hoạch với các nội dung như sau:\n\n"
        "I. MỤC ĐÍCH\n\n1. Nâng cao nhận thức của doanh nghiệp.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Công Thương\n\n"
        "Hỗ trợ doanh nghiệp phát triển kinh doanh trên môi trường số.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text[:8]) for a in record.actions] == [("Sở Công Thương", "Hỗ trợ d")]


def test_labels_after_an_item_fill_that_item_and_a_long_heading_stays_a_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. MỤC TIÊU\n\n1. 100% cán bộ được tập huấn về xây dựng pháp luật.\n\n"
        "III. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "1. Tăng cường tuyên truyền, phổ biến, quán triệt chủ trương, chính sách của Đảng và "
        "pháp luật của Nhà nước về công tác xây dựng pháp luật trên địa bàn tỉnh trong giai "
        "đoạn mới\n\n"
        "- Thường xuyên tuyên truyền nghị quyết về xây dựng pháp luật.\n\n"
        "*Đơn vị chủ trì thực hiện: *Các Sở, ngành, đơn vị, UBND cấp xã.\n\n"
        "*Đơn vị phối hợp: *Sở Tư pháp.\n\n"
        "- Tổ chức tập huấn kỹ năng xây dựng pháp luật.\n\n"
        "*Đơn vị chủ trì tham mưu thực hiện: *Sở Tư pháp.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Các Sở, ngành, đơn vị", ["UBND cấp xã", "Sở Tư pháp"]),
        ("Sở Tư pháp", []),
    ]


def test_a_phrase_opening_like_a_body_names_none_and_items_under_an_unnamed_item_are_not_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. NỘI DUNG\n"
        "1. Các bước giám sát\n"
        "- Thông báo cho địa phương về kế hoạch giám sát.\n"
        "2. Phòng chống bệnh đường ruột\n"
        "- Cấp Oresol cho trạm y tế xã.\n"
        "- Trường hợp có ca bệnh, tổ chức khoanh vùng ổ dịch.\n"
        "3. Nâng cao chất lượng chăm sóc trẻ em\n"
        "a) Đa dạng hóa hình thức bồi dưỡng giáo viên\n"
        "- Tổ chức tập huấn chuyên môn hằng năm.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế:\n"
        "- Chủ trì hướng dẫn xử lý môi trường.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Sở Y tế"]


def test_a_letterhead_flattened_onto_shared_lines_is_read_apart(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "Công văn 45/BYT-KCB năm 2019 về khám bệnh do Bộ Y tế ban hành. BỘ Y TẾ --------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 45/BYT-KCB V/v khám bệnh tuyến huyện Hà Nội, ngày 05 tháng 04 năm 2019\n"
        "Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh Thực hiện Luật Khám bệnh, chữa bệnh, "
        "Bộ Y tế đề nghị:\n"
        "1. Đầu tư trang thiết bị y tế tuyến huyện.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Hải\n",
        org,
        calendar,
    )
    assert (record.issuer, record.place, str(record.issued_on)) == (
        "Bộ Y tế",
        "Hà Nội",
        "2019-04-05",
    )
    assert record.subject == "khám bệnh tuyến huyện"
    assert record.recipients == ["Đ/c Chủ tịch Ủy ban nhân dân tỉnh"]
    assert [a.lead_unit for a in record.actions] == ["Ủy ban nhân dân tỉnh"]


def test_the_bodies_an_intro_names_as_its_subject_lead_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "III. NỘI DUNG\n\n2. Tháng hành động\n\n"
        "c) Bộ nhận diện và các thông điệp truyền thông (kèm Phụ lục).\n\n"
        "d) Các hoạt động chính\n\n"
        "Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các "
        "hoạt động sau:\n\n"
        "- Lồng ghép tổ chức Lễ phát động Tháng hành động.\n\n"
        # the intro's bodies lead its own section's items, not the next section's
        "IV. GIẢI PHÁP THỰC HIỆN\n\n"
        "1. Ưu tiên bố trí ngân sách cho các hoạt động.\n\n"
        "V. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế:\n- Chủ trì hướng dẫn xử lý môi trường.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text[:8]) for a in record.actions] == [
        ("các cơ quan, đơn vị, địa phương", "Lồng ghé"),
        ("Sở Y tế", "Chủ trì "),
    ]


def test_a_letter_without_letterhead_takes_its_issuer_from_its_text_not_the_pages_record(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "Kính gửi: Vụ Pháp chế.\n\n"
        "Trước tình hình đó, Bộ Văn hóa, Thể thao và Du lịch yêu cầu:\n"
        "1. Vụ Pháp chế\n"
        "- Hoàn thiện dự thảo Nghị định sửa đổi Nghị định số 1616/Q*Đ*-TTg.\n"
        "Nơi nhận:\n- Như trên;\n- Các Thứ trưởng (để phối hợp chỉ đạo*);*\n- Lưu: VT.\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTạ Quang Đông\n\n"
        "Công văn 6278/BVHTTDL-VP tập trung cắt giảm thủ tục hành chính năm 2025 do Bộ Văn hóa,"
        " Thể thao và Du lịch ban hành\n"
        "Công văn 6278/BVHTTDL-VP tập trung cắt giảm thủ tục hành chính ngày 20/11/2025 do Bộ "
        "Văn hóa, Thể thao và Du lịch ban hành\n",
        org,
        calendar,
    )
    # the body that speaks is the issuer; the page's title line is the page's record of the
    # letter, not the letter: its number and date fill nothing (blind CORRECTIONS.md, R2)
    assert (record.document_type, record.number, record.issuer, record.issued_on) == (
        "CÔNG VĂN",
        None,
        "Bộ Văn hóa, Thể thao và Du lịch",
        None,
    )
    assert record.distribution[1] == "Các Thứ trưởng (để phối hợp chỉ đạo)"
    assert [a.lead_unit for a in record.actions] == ["Vụ Pháp chế"]
    assert "1616/QĐ-TTg" in record.actions[0].text


def test_a_body_named_with_its_remit_is_named_without_it_and_uy_ban_is_spelt_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "UỶ BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/KH-UBND\nLai Châu, ngày 3 tháng 3 năm 2025\n\n"
        "KẾ HOẠCH\nThi hành Luật Tiêu chuẩn\n\n"
        "1. Hướng dẫn áp dụng các văn bản quy định chi tiết Luật.\n"
        "- Cơ quan thực hiện: Các sở, ngành có liên quan theo chức năng, nhiệm vụ được giao.\n"
        + TAIL,
        org,
        calendar,
    )
    # the older tone placement as the header writes it (examples/blind/README.md, R7)
    assert record.issuer == "Uỷ ban nhân dân tỉnh Lai Châu"
    assert [a.lead_unit for a in record.actions] == ["Các sở, ngành có liên quan"]


def test_a_particular_body_named_as_actor_among_notes_is_a_task_a_generic_one_is_not(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. MỤC ĐÍCH, YÊU CẦU\n\n"
        "- Người đứng đầu cơ quan, tổ chức được giao nhiệm vụ chủ động triển khai thực hiện.\n\n"
        "II. PHẠM VI, ĐỐI TƯỢNG\n\n"
        "- Việc cấp phát được thực hiện theo phương châm bốn tại chỗ.\n\n"
        "- UBND xã, phường thực hiện trực ban phòng chống thiên tai 24/24.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["UBND xã, phường"]


def test_groups_that_name_no_body_and_closing_answers_are_not_read_as_such(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. NHIỆM VỤ\n\n"
        "1. Các đoàn thể, tổ chức xã hội:\n\n"
        "- Huy động hội viên tham gia vệ sinh môi trường.\n\n"
        "2. Sở Tư pháp:\n\n"
        "- Tổ chức tập huấn kỹ năng xây dựng pháp luật.\n\n"
        "- Đơn vị phối hợp: Các cơ quan, đơn vị, địa phương liên quan.\n\n"
        "Các bên trực tiếp hay gián tiếp cùng chịu sự điều hành của một bên khác:\n\n"
        "- Một bên tham gia trực tiếp vào việc điều hành bên kia.\n\n"
        "Thuế tỉnh trả lời cho Công ty được biết và thực hiện theo đúng quy định.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Các đoàn thể, tổ chức xã hội", []),
        ("Sở Tư pháp", []),
    ]


def test_enterprises_told_to_bear_a_cost_are_given_a_task_and_funding_sources_are_not(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. MỤC ĐÍCH, YÊU CẦU\n\n"
        "- Các doanh nghiệp vận tải phối hợp triển khai kế hoạch.\n\n"
        "II. KINH PHÍ THỰC HIỆN\n\n"
        "Các doanh nghiệp vận tải trên địa bàn tỉnh, các nhà đầu tư trong khu công nghiệp chủ "
        "động bố trí kinh phí thực hiện.\n\n"
        "Nguồn kinh phí thực hiện các nhiệm vụ được quy định cụ thể như sau:\n\n"
        "- Kinh phí khảo sát được bố trí từ ngân sách tỉnh.\n\n"
        "- Đối với công trình ngầm: Ưu tiên sử dụng ngân sách tỉnh.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế:\n- Chủ trì hướng dẫn xử lý môi trường.\n",
        org,
        calendar,
    )
    # a requirement among the plan's aims is no task; a cost the enterprises bear is one,
    # the first named leading; where the money comes from is no task
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Các doanh nghiệp vận tải trên địa bàn tỉnh", ["các nhà đầu tư trong khu công nghiệp"]),
        ("Sở Y tế", []),
    ]


def test_a_closing_that_sets_a_yearly_report_date_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế:\n- Chủ trì hướng dẫn xử lý môi trường.\n\n"
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành nghiêm túc triển khai thực hiện; định kỳ "
        "trước ngày 30 tháng 11 hằng năm báo cáo kết quả về Sở Y tế. Trong quá trình thực "
        "hiện, nếu có vướng mắc, kịp thời phản ánh về Sở Y tế./.\n",
        org,
        calendar,
    )
    assert [a.deadline_kind.value for a in record.actions] == ["none", "yearly"]
