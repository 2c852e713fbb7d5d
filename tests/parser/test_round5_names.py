"""Rules of the fifth round (blind batches 5-7 in view), continued from
``test_round5.py``, each on a synthetic snippet that no corpus holds: a legal site's page
without letterhead, a programme of action and an issuer with stray emphasis, bodies
named by their role or by shape, where a topic or a subject ends, the bodies concerned
and unnamed plurals as partners, a title over items with records of their own and an
item's deadline."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.bodies import heading_bodies
from directives.parser.clean import fold_keep
from directives.parser.name_words import name_part
from directives.parser.references import find_references
from directives.parser.sentences import task_text
from directives.parser.subjects import subject_bodies
from tests.parser.test_plans import plan
from tests.parser.test_round5 import conclusion, leads_and_texts

PAGE = (
    "Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.\n"
    "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n"
    "Đang tải văn bản...\n"
    "Số hiệu:\n|\n123/BTC-VP\n|\nLoại văn bản:\n|\nCông văn\n|\nNơi ban hành:\n|\n"
    "Bộ Tài chính\n|\nNgày ban hành:\n|\n18/11/2025\n|\n"
    "Công văn 123/BTC-VP năm 2025 tập huấn thuế ngày 18/11/2025 do Bộ Tài chính ban hành\n"
    "## Lịch tập huấn nghiệp vụ thuế\n"
    "Ngày 18/11/2025, Bộ Tài chính ban hành Công văn 123/BTC-VP theo Công văn 99/BTC-TCCB.\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
    "Bộ Tài chính tổ chức 06 hội nghị tập huấn. Thông tin cụ thể như sau:\n"
    "1. Đối tượng:\n- Công chức cấp xã.\n"
    "2. Thời gian:\n- Hội nghị 1: Gồm các tỉnh:\nHà Nội, Ninh Bình.\n"
    "Thời gian: 01 buổi sáng, ngày 26/11/2025.\n"
    "3. Nội dung: Bồi dưỡng nghiệp vụ quản lý thuế.\n"
    "4. Cách thức thực hiện:\n- Điểm cầu tại các tỉnh: tham gia hội nghị trực tuyến.\n"
    "Bộ Tài chính trân trọng đề nghị Ủy ban nhân dân các tỉnh chỉ đạo các xã cử cán bộ "
    "tham dự trước ngày 24/11/2025.\n"
    "Trân trọng thông báo./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
)


def test_a_page_without_letterhead_reads_its_record_and_starts_at_kinh_gui(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(PAGE, org, calendar)
    # the site's banner and the bare number above the record name no issuing body: the
    # page's title line does
    assert (record.issuer, record.parent_issuer) == ("Bộ Tài chính", None)
    assert record.recipients == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    # the site's summary before "Kính gửi" cites nothing of the letter's own
    assert [r.number for r in record.references] == []
    # what the letter informs of is no task; the polite request at its end is one
    assert [(a.lead_unit, a.text[:22]) for a in record.actions] == [
        ("Ủy ban nhân dân các tỉnh", "Bộ Tài chính trân trọn")
    ]


def test_a_programme_of_action_and_an_issuer_with_stray_emphasis_are_read() -> None:
    text = (
        "Thực hiện Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh "
        "uỷ và Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ *(lĩnh vực khoa học)*."
    )
    found = find_references(text, fold_keep(text), "1/KH-UBND", 2025)
    assert [(r.number, r.type, r.issuer) for r in found] == [
        ("10-CTr/TU", "chương trình hành động", "Ban Thường vụ Tỉnh uỷ"),
        ("80/2021/NĐ-CP", "nghị định", "Chính phủ"),
    ]


def test_a_body_named_by_its_role_keeps_its_whole_name() -> None:
    assert heading_bodies("Cơ quan chủ trì giải quyết thủ tục đầu tư dự án") == [
        "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án"
    ]
    assert subject_bodies("Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản") == [
        "Cơ quan phối hợp"
    ]
    # a heading that is a task still names no body
    assert heading_bodies("Cơ quan thuế chủ trì rà soát hồ sơ") == []


def test_a_partner_named_by_shape_ends_where_the_sentence_goes_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert name_part("UBND các xã, phường cập nhật thiệt hại nông nghiệp") == (
        "UBND các xã, phường"
    )
    record = plan(
        "1. Sở Y tế:\n- Phối hợp UBND các xã, phường cập nhật thiệt hại sau lũ.\n", org, calendar
    )
    assert record.actions[0].coordinating_units == ["UBND các xã, phường"]


def test_a_topic_run_onto_its_task_is_cut_off_at_the_verb(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "Ủy ban nhân dân các tỉnh thực hiện các nội dung sau:\n"
        "3. Về cơ sở vật chất, trụ sở và tài sản công\n"
        "Tiếp tục rà soát, sắp xếp trụ sở, tài sản công thuộc phạm vi quản lý.\n",
        org,
        calendar,
    )
    assert [a.text for a in record.actions] == [
        "Tiếp tục rà soát, sắp xếp trụ sở, tài sản công thuộc phạm vi quản lý"
    ]


def test_the_ministries_and_a_provinces_chairman_named_together_split_at_va() -> None:
    assert subject_bodies(
        "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ và Chủ tịch "
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các đơn vị"
    ) == [
        "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    ]


def test_a_subject_ends_at_a_lower_case_verb_right_after_its_name() -> None:
    assert subject_bodies("Trung tâm Kiểm soát bệnh tật tỉnh hỗ trợ các địa phương") == [
        "Trung tâm Kiểm soát bệnh tật tỉnh"
    ]
    # in capitals the same words open a name
    assert subject_bodies("Trung tâm Hỗ trợ doanh nghiệp chủ trì hướng dẫn") == [
        "Trung tâm Hỗ trợ doanh nghiệp"
    ]
    assert heading_bodies("Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp") == [
        "Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp"
    ]


def test_the_departments_concerned_are_no_partner_by_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "1. Rà soát văn bản quy phạm pháp luật\n\n"
        "- Cơ quan chủ trì: Sở Tư pháp.\n\n"
        "- Cơ quan phối hợp: Các sở, ngành có liên quan và UBND các xã, phường.\n",
        org,
        calendar,
    )
    assert record.actions[0].coordinating_units == ["UBND các xã, phường"]


def test_a_title_over_items_with_records_of_their_own_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "5. Nghiên cứu giải pháp thu hút nguồn nhân lực xây dựng pháp luật.\n\n"
        "- Nghiên cứu tham mưu cơ chế thu hút người có tài năng.\n\n"
        "*Đơn vị chủ trì: *Sở Nội vụ.\n\n"
        "- Bố trí cán bộ đã được bồi dưỡng tham gia tổ biên tập.\n\n"
        "*- Đơn vị chủ trì: *Sở Tư pháp.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [
        ("Sở Nội vụ", "Nghiên cứu tham mưu cơ chế thu hút người có tài năng"),
        ("Sở Tư pháp", "Bố trí cán bộ đã được bồi dưỡng tham gia tổ biên tập"),
    ]


def test_an_items_deadline_goes_to_its_first_task_only_when_labelled_for_the_item(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "1. Về kho dự trữ: với vai trò là chủ đầu tư, Tập đoàn Điện lực Việt Nam chủ động làm "
        "việc với các nhà đầu tư. Để xác định vị trí, Ủy ban nhân dân tỉnh Hòa Bình rà soát "
        "các quy hoạch, báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.\n\n"
        "2. Bộ Xây dựng rà soát hồ sơ dự án. Ủy ban nhân dân tỉnh Hòa Bình bố trí quỹ đất. "
        "Thời hạn hoàn thành: trước ngày 15/12/2025.\n",
        org,
        calendar,
    )
    assert [a.deadline for a in record.actions] == [
        None,
        date(2025, 12, 31),
        date(2025, 12, 12),
        date(2025, 12, 12),
    ]


def test_a_topic_and_what_it_asks_for_before_giao_are_left_out_of_the_task() -> None:
    assert (
        task_text(
            "Về chính quyền 02 cấp: tăng số lượng cấp phó của cấp xã: giao Bộ Nội vụ chủ trì "
            "nghiên cứu, báo cáo Chính phủ."
        )
        == "giao Bộ Nội vụ chủ trì nghiên cứu, báo cáo Chính phủ"
    )
    assert task_text("Nghiên cứu, tham mưu: Các chính sách mới.") == (
        "Nghiên cứu, tham mưu: Các chính sách mới"
    )


def test_an_unnamed_plural_is_no_partner_but_a_group_the_letter_names_is(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Xây dựng bộ tiêu chí | Sở Tư pháp | Các sở, ban, ngành tỉnh; UBND các xã, phường "
        "| Quý IV/2025 |\n"
        "| 2 | Tổng hợp báo cáo | Sở Nội vụ | Các phòng thuộc Sở | Quý IV/2025 |\n",
        org,
        calendar,
    )
    assert [a.coordinating_units for a in record.actions] == [
        ["UBND các xã, phường"],
        ["Các phòng thuộc Sở"],
    ]
