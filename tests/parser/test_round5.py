"""Rules of the fifth round (blind batches 5-7 in view), each on a synthetic snippet that
no corpus holds (more in ``test_round5_names.py``)."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.bodies import heading_bodies
from directives.parser.clean import clean_text, fold_keep
from directives.parser.deadlines import find_deadline
from directives.parser.mentions import MentionFinder
from directives.parser.names import org_display
from directives.parser.subjects import subject_bodies
from directives.records import ParsedDirective
from tests.parser.test_plans import TAIL, plan

CONCLUSION_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 77/TB-VPCP\nHà Nội, ngày 3 tháng 3 năm 2025\n\n"
    "THÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Hòa Bình\n\n"
    "Phó Thủ tướng kết luận như sau:\n\n"
)


def conclusion(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_text(CONCLUSION_HEAD + body + TAIL, org, calendar)


def leads_and_texts(record: ParsedDirective) -> list[tuple[str | None, str]]:
    return [(a.lead_unit, a.text) for a in record.actions]


def test_a_name_matches_with_or_without_spaces_round_its_hyphen(org: OrgDirectory) -> None:
    find = MentionFinder(org)
    spaced = find("Giao Sở Lao động - Thương binh và Xã hội chủ trì rà soát")
    tight = find("Giao Sở Lao động-Thương binh và Xã hội chủ trì rà soát")
    assert [m.name for m in spaced] == ["Sở Lao động - Thương binh và Xã hội"]
    assert [m.name for m in tight] == ["Sở Lao động-Thương binh và Xã hội"]


def test_a_province_whose_name_opens_like_an_organ_stays_with_its_committee(
    org: OrgDirectory,
) -> None:
    find = MentionFinder(org)
    assert [m.name for m in find("Ủy ban nhân dân tỉnh Thanh Hóa chủ trì rà soát")] == [
        "Ủy ban nhân dân tỉnh Thanh Hóa"
    ]
    # "Thanh tra" after a province's committee is another body, not part of its name
    named = find("Ủy ban nhân dân tỉnh Thanh tra tỉnh phối hợp")
    assert named[0].name == "Ủy ban nhân dân tỉnh"


def test_a_topic_before_a_lower_case_task_of_a_named_body_is_split_off(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "1. Về đầu tư kho chứa dự trữ: với vai trò là chủ đầu tư, Tập đoàn Điện lực Việt "
        "Nam chủ động làm việc với các nhà đầu tư. Để xác định vị trí của dự án, Ủy ban nhân "
        "dân tỉnh Hòa Bình phối hợp với Bộ Công Thương rà soát các quy hoạch, báo cáo Thủ "
        "tướng Chính phủ trong tháng 6 năm 2025.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text[:22]) for a in record.actions] == [
        ("Tập đoàn Điện lực Việt Nam", "với vai trò là chủ đầu"),
        ("Ủy ban nhân dân tỉnh Hòa Bình", "Để xác định vị trí của"),
    ]
    assert record.actions[1].coordinating_units == ["Bộ Công Thương"]


def test_what_was_done_before_inside_an_item_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "1. Về đề nghị hoàn thiện cơ sở dữ liệu: Về vấn đề này, Chính phủ đã ban hành Nghị "
        "quyết số 12/NQ-CP ngày 02 tháng 01 năm 2025. Bộ Công an hoàn thiện cơ sở dữ liệu "
        "dân cư, kết nối với các bộ, ngành.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Bộ Công an"]
    assert record.actions[0].text.startswith("Bộ Công an hoàn thiện")


def test_a_sentence_asking_a_body_named_by_its_kind_is_a_task_of_its_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "1. Về triển khai: Bộ Tài chính chịu trách nhiệm hướng dẫn tổ chức thực hiện. Yêu "
        "cầu các Bộ, cơ quan đổi mới phương thức, đẩy nhanh tiến độ ban hành hướng dẫn.\n\n"
        "2. Sau khi được Quốc hội thông qua, các Bộ, cơ quan, địa phương tập trung tổ chức "
        "thực hiện có hiệu quả Chương trình.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Bộ Tài chính",
        "các Bộ, cơ quan",
        "các Bộ, cơ quan, địa phương",
    ]


def test_a_title_over_a_group_leaves_the_whole_group_to_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "Ủy ban nhân dân tỉnh giao:\n\n"
        "1. Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc tỉnh\n"
        "- Rà soát các thủ tục hành chính còn chồng chéo.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "các cơ quan tham mưu, quản lý nhà nước thuộc tỉnh"
    ]


def test_items_that_are_what_a_task_item_asks_for_make_one_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "1. Sở Tư pháp\n"
        "- Nghiên cứu, tham mưu Ủy ban nhân dân tỉnh:\n"
        "+ Các chính sách hỗ trợ doanh nghiệp nhỏ.\n"
        "+ Cơ chế thu hút đầu tư vào nông nghiệp.\n"
        "- Rà soát các văn bản quy phạm pháp luật.\n",
        org,
        calendar,
    )
    assert [a.text for a in record.actions] == [
        "Nghiên cứu, tham mưu Ủy ban nhân dân tỉnh: Các chính sách hỗ trợ doanh nghiệp nhỏ. "
        "Cơ chế thu hút đầu tư vào nông nghiệp",
        "Rà soát các văn bản quy phạm pháp luật",
    ]
    # items that are tasks of their own stay apart
    record = plan(
        "1. Sở Tư pháp\n- Thực hiện các nhiệm vụ sau:\n+ Rà soát văn bản.\n+ Kiểm tra hồ sơ.\n",
        org,
        calendar,
    )
    assert len(record.actions) == 2


def test_the_bodies_concerned_acting_under_steps_take_the_item_but_not_under_aims(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. MỤC ĐÍCH, YÊU CẦU\n\n2. Yêu cầu\n\n"
        "- Các đơn vị liên quan tích cực phối hợp, tạo điều kiện cho doanh nghiệp.\n\n"
        "II. GIÁM SÁT\n\n3. Các bước đánh giá\n\n- Tổng hợp, báo cáo ở cấp tỉnh\n\n"
        "+ Các cơ quan, đơn vị liên quan thu thập thông tin theo các mẫu biểu.\n\n"
        "+ Định kỳ thu thập thông tin theo các mẫu biểu.\n\n"
        "+ Sở Tài chính tổng hợp chung các mẫu biểu.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Các cơ quan, đơn vị liên quan",
        "Sở Tài chính",
    ]


def test_an_unnamed_item_among_items_headed_by_bodies_is_a_principle(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = (
        "1. Hạn chế khai thác nước dưới đất ở vùng đã có nước mặt.\n\n"
        "2. Sở Y tế\n\na) Kiểm tra chất lượng nước sinh hoạt.\n\n"
        "3. Sở Xây dựng\n\na) Xây dựng phương án cấp nước dự phòng.\n"
    )
    several = plan(
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, ban ngành, Chủ tịch Ủy ban "
        "nhân dân xã, phường thực hiện các nhiệm vụ sau:\n\n" + items,
        org,
        calendar,
    )
    assert [a.lead_unit for a in several.actions] == ["Sở Y tế", "Sở Xây dựng"]
    # an intro that asks one group: its unnamed items are that group's tasks
    one = plan("Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị:\n\n" + items, org, calendar)
    assert [a.lead_unit for a in one.actions] == ["các cơ quan, đơn vị", "Sở Y tế", "Sở Xây dựng"]


def test_a_heading_ending_in_co_trach_nhiem_names_the_bodies_before_it() -> None:
    assert heading_bodies("Các đơn vị cấp nước sạch trên địa bàn tỉnh có trách nhiệm") == [
        "Các đơn vị cấp nước sạch trên địa bàn tỉnh"
    ]


def test_a_name_closed_by_a_places_proper_name_may_hold_cac() -> None:
    assert subject_bodies("Ban Quản lý các khu công nghiệp Cần Thơ chỉ đạo các đơn vị") == [
        "Ban Quản lý các khu công nghiệp Cần Thơ"
    ]
    # without the proper name the run is prose: the name stops before it
    assert subject_bodies("Ban Quản lý các khu công nghiệp chỉ đạo các đơn vị") != [
        "Ban Quản lý các khu công nghiệp"
    ]


def test_a_directory_alias_followed_by_a_place_names_that_places_body(
    org: OrgDirectory,
) -> None:
    find = MentionFinder(org)
    assert [m.name for m in find("Giao Thanh tra chủ trì kiểm tra")] == ["Thanh tra Sở"]
    assert [m.name for m in find("Giao Thanh tra thành phố chủ trì kiểm tra")] == []


def test_an_intro_asking_to_emulate_lists_goals_not_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. NỘI DUNG ĐỢT THI ĐUA\n\n"
        "Để thực hiện thắng lợi các nhiệm vụ, các sở, ban, ngành triển khai Đợt thi đua, "
        "tập trung thi đua thực hiện các nội dung chủ yếu sau:\n\n"
        "1. Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội.\n\n"
        "2. Thi đua đẩy mạnh cải cách hành chính.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Nội vụ hướng dẫn khen thưởng Đợt thi đua.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Sở Nội vụ"]


def test_xa_hoi_in_a_capitalised_name_is_society_not_a_commune() -> None:
    assert org_display("BẢO HIỂM XÃ HỘI VIỆT NAM") == "Bảo hiểm xã hội Việt Nam"
    assert org_display("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH") == "Ủy ban nhân dân xã Hòa Bình"


def test_an_item_listing_what_a_task_covers_leaves_the_task_to_its_labels(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. NỘI DUNG KẾ HOẠCH\n\n"
        "1. Tổ chức các nội dung hỗ trợ thi hành Luật\n\n"
        "- Các nội dung hỗ trợ thi hành Luật bao gồm:\n\n"
        "+ Hướng dẫn áp dụng các văn bản quy định chi tiết;\n\n"
        "+ Tổ chức tiếp nhận và xử lý các kiến nghị.\n\n"
        "- Cơ quan thực hiện: Sở Tư pháp.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [("Sở Tư pháp", "Tổ chức các nội dung hỗ trợ thi hành Luật")]


def test_the_subject_after_doi_voi_or_can_cu_is_the_body_that_acts(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "III. KINH PHÍ BẢO ĐẢM\n\n"
        "1. Đối với các nhiệm vụ trong năm 2025, các sở, ngành liên quan chủ động cân đối "
        "bố trí trong nguồn ngân sách đã được giao.\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Căn cứ nội dung Kế hoạch, Ủy ban nhân dân các xã, phường có trách nhiệm xây dựng "
        "kế hoạch chi tiết.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "các sở, ngành liên quan",
        "Ủy ban nhân dân các xã, phường",
    ]


def test_a_half_year_gone_by_is_the_period_reported_on_not_a_deadline(
    calendar: WorkingCalendar,
) -> None:
    text = "Thực hiện kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2025"
    assert find_deadline(text, fold_keep(text), date(2025, 11, 20), calendar) is None
    due = find_deadline(text, fold_keep(text), date(2025, 3, 3), calendar)
    assert due is not None and due.deadline == date(2025, 6, 30)


def test_a_semicolon_before_another_body_taking_over_cuts_the_item(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "1. Bộ Tài chính hoàn thiện Kế hoạch cao điểm, báo cáo trước ngày 30 tháng 11 năm "
        "2025; Trên cơ sở đó, Ủy ban nhân dân các tỉnh xây dựng kế hoạch của địa phương; "
        "bảo đảm tiến độ.\n\n"
        "2. Các lực lượng chức năng phải liên tục ra quân, xử lý nghiêm các vi phạm.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Bộ Tài chính",
        "Ủy ban nhân dân các tỉnh",
        "Các lực lượng chức năng",
    ]


def test_a_legal_sites_note_on_a_passage_is_no_part_of_the_letter() -> None:
    lines = clean_text(
        "- Được quỹ chi trả chi phí; [Nội dung này được đính chính bởi Công văn 666/BYT-BH "
        "năm 2021 có hiệu lực kể từ ngày 28/01/2021]\n- Thực hiện theo [1] như trên."
    )
    assert lines == ["- Được quỹ chi trả chi phí;", "- Thực hiện theo [1] như trên."]


def test_the_day_a_letter_takes_effect_from_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = conclusion(
        "1. Bộ Tài chính hướng dẫn các địa phương thực hiện.\n\n"
        "2. Nội dung hướng dẫn tại công văn này được áp dụng thực hiện từ ngày 01 tháng 01 "
        "năm 2026. Đề nghị các đơn vị chủ động triển khai thực hiện.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Bộ Tài chính"]
