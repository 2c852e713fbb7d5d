"""Rules of the ninth round on what the earlier rounds left (blind batches 5, 10 and 11 in
view: a party office's conclusion, ministries' guidance letters, cables), each on a synthetic
snippet that no corpus holds."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.name_words import name_part
from directives.parser.references import find_references
from directives.records import DeadlineKind, ParsedDirective
from tests.parser.test_round6 import letter
from tests.parser.test_round7_plans import leads_and_partners
from tests.parser.test_round8_prose import CABLE, TAIL


def test_an_intro_names_who_acts_after_grounds_whose_words_hold_commas(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Quán triệt ý kiến chỉ đạo của lãnh đạo; căn cứ vào phương hướng, nhiệm vụ, mục tiêu "
        "đã nêu trong Báo cáo, Văn phòng Tỉnh ủy và các văn phòng huyện ủy, thị ủy cụ thể hoá "
        "để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ sau:\n\n"
        "(1) Nâng cao chất lượng công tác tham mưu, tổng hợp.\n\n"
        "(2) Đẩy mạnh ứng dụng công nghệ thông tin.\n"
    )
    partners = leads_and_partners(body, org, calendar)
    assert partners == [("Văn phòng Tỉnh ủy", ["các văn phòng huyện ủy, thị ủy"])] * 2


def test_a_last_clause_without_grounds_is_not_read_for_who_acts(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # only grounds ("căn cứ ...,") make the last clause the one that names who acts: the same
    # intro with a clause of another kind before the body gives its items to no one
    body = (
        "Quán triệt ý kiến chỉ đạo của lãnh đạo; sau khi nghe phương hướng, nhiệm vụ, mục "
        "tiêu đã nêu trong Báo cáo, Văn phòng Tỉnh ủy và các văn phòng huyện ủy, thị ủy cụ thể "
        "hoá để tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ sau:\n\n"
        "(1) Nâng cao chất lượng công tác tham mưu, tổng hợp.\n"
    )
    assert [lead for lead, _ in leads_and_partners(body, org, calendar)] != ["Văn phòng Tỉnh ủy"]


def test_a_heading_asking_a_group_to_lead_with_a_partner_splits_them(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "1. Bộ Tài chính đề nghị:\n"
        "a) Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với BHXH tỉnh, thành phố và các "
        "cơ quan, đơn vị có liên quan:\n"
        "- Rà soát các khoản chi sai quy định.\n"
        "- Tổ chức tập huấn cho cán bộ.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("các đơn vị", ["BHXH tỉnh, thành phố"])
    ] * 2


def test_a_document_takes_its_issuer_from_a_subject_after_a_closing_gloss() -> None:
    text = (
        "(Sau đây viết tắt là Sở Y tế các tỉnh) Bộ Y tế có Công văn số 627/BYT-BH ngày "
        "27/01/2021 về việc hướng dẫn thực hiện Luật Bảo hiểm y tế."
    )
    refs = find_references(text, fold_keep(text), None, 2021)
    assert [(r.number, r.issuer) for r in refs] == [("627/BYT-BH", "Bộ Y tế")]


def cable(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_text(CABLE + body + TAIL, org, calendar)


def test_officials_named_one_per_clause_lead_then_coordinate(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = cable(
        "1. Giao Phó Thủ tướng Chính phủ Lê Văn Bình đi\nkiểm tra công tác ứng phó tại tỉnh "
        "Gia Lai; Phó Thủ tướng Chính phủ Trần Văn Cường chỉ đạo sử dụng nguồn lực dự trữ.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Phó Thủ tướng Chính phủ Lê Văn Bình", ["Phó Thủ tướng Chính phủ Trần Văn Cường"])
    ]


def test_the_office_a_chief_heads_leads_without_the_title(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = cable(
        "1. Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự tỉnh theo dõi sát diễn biến mưa lũ.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Văn phòng Ban chỉ đạo phòng thủ dân sự tỉnh"]


def test_a_task_due_within_a_day_is_due_by_that_day(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = cable(
        "1. Bộ Tài chính xuất cấp gạo cho các địa phương, hoàn thành ngay trong ngày 20 tháng "
        "11 năm 2025.\n",
        org,
        calendar,
    )
    due = record.actions[0]
    assert (due.deadline, due.deadline_kind, due.deadline_text) == (
        date(2025, 11, 20),
        DeadlineKind.BY,
        "trong ngày 20 tháng 11 năm 2025",
    )


def test_partners_named_by_their_kind_and_a_force_are_each_kept(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = cable(
        "1. Bộ Chỉ huy Quân sự tỉnh chủ động phối hợp với Công an, lực lượng Hải quan "
        "triển khai các giải pháp ngăn chặn buôn lậu.\n"
        "2. Sở Y tế phối hợp với lực lượng chức năng kiểm tra các cơ sở.\n",
        org,
        calendar,
    )
    assert [a.coordinating_units for a in record.actions] == [
        ["Công an", "lực lượng Hải quan"],
        [],
    ]
    # "Công an" opens a name; a list of short names after it does not run into it
    assert name_part("Công an tỉnh thực hiện;") == "Công an tỉnh"
    assert name_part("Công an, Xây dựng, Tài chính;") == "Công"


def test_a_capitalised_word_folding_like_a_preposition_stays_in_a_partners_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Tài" of "Bộ Tài chính" folds like "tại", which ends a list of partners in lower case
    record = cable(
        "1. Sở Xây dựng phối hợp với các cơ quan Trung ương, Bộ Tài chính trong việc chỉ đạo "
        "kiểm kê tài sản.\n"
        "2. Sở Y tế phối hợp với Bộ Y tế tại các bệnh viện kiểm tra thuốc.\n",
        org,
        calendar,
    )
    assert [a.coordinating_units for a in record.actions] == [["Bộ Tài chính"], ["Bộ Y tế"]]


def test_a_partners_list_ends_where_a_name_runs_into_a_sentence(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = cable(
        "1. Giao Sở Xây dựng chủ trì, phối hợp với Sở Y tế, Bộ Tài chính tiếp thu ý kiến của "
        "các cơ quan, Hội đồng Thẩm định Nhà nước, khẩn trương hoàn thiện hồ sơ.\n",
        org,
        calendar,
    )
    assert record.actions[0].coordinating_units == ["Sở Y tế", "Bộ Tài chính"]


def test_a_standing_committee_in_lower_case_is_the_body_asked(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Đề nghị thường trực các huyện ủy, thị ủy tiếp tục quan tâm lãnh đạo, chỉ đạo, tạo "
        "điều kiện để các văn phòng cấp ủy thực hiện tốt nhiệm vụ được giao.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["thường trực các huyện ủy, thị ủy"]
    # "thường xuyên" after a body's name is still how often it acts, not part of its name
    assert name_part("Các sở, ngành thường xuyên kiểm tra;") == "Các sở, ngành"
