"""Rules of the eighth round (decisions that issue a plan, and plans; blind batches 10 and 11
in view), each on a synthetic snippet that no corpus holds."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind
from tests.parser.test_plans import plan
from tests.parser.test_round5 import leads_and_texts
from tests.parser.test_round7_plans import leads_and_partners

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 77/QĐ-UBND\nHòa Bình, ngày 3 tháng 3 năm 2025\n\n"
    "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phòng cháy rừng năm 2025\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng cháy rừng năm 2025.\n\n"
    "Điều 2. Giám đốc Sở Y tế, Thủ trưởng các sở, ngành chịu trách nhiệm thi hành "
    "Quyết định này./.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Bình\n\n"
)
ATTACHED = (
    "KẾ HOẠCH\n\nPHÒNG CHÁY RỪNG NĂM 2025\n\n"
    "* (Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 03 tháng 3\nnăm 2025 của Chủ tịch "
    "Ủy ban nhân dân tỉnh)*\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n- Bảo vệ diện tích rừng hiện có.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Y tế:\n- Bố trí lực lượng cấp cứu tại các vùng có nguy cơ cháy.\n"
    "2. Sở Tài chính:\n- Tham mưu bố trí kinh phí chữa cháy.\n"
)


def leads(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str | None]:
    """Each action's lead in a plan of ``body``."""
    return [a.lead_unit for a in plan(body, org, calendar).actions]


def test_a_decision_that_issues_a_plan_takes_its_tasks_from_the_attached_plan(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(DECISION + ATTACHED, org, calendar)
    assert leads_and_texts(record) == [
        ("Sở Y tế", "Bố trí lực lượng cấp cứu tại các vùng có nguy cơ cháy"),
        ("Sở Tài chính", "Tham mưu bố trí kinh phí chữa cháy"),
    ]
    # the header and the distribution stay the decision's own
    assert record.number == "77/QĐ-UBND"
    assert record.distribution == ["Như Điều 2", "Lưu: VT"]


def test_a_text_after_the_signature_not_tied_to_the_decision_gives_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # the same plan without its "Kèm theo Quyết định" line is not known to be the decision's
    untied = ATTACHED.replace("Ban hành kèm theo Quyết định số", "Dự thảo lần 2, số")
    record = parse_text(DECISION + untied, org, calendar)
    assert record.actions == []


def test_the_items_under_a_plans_funding_section_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. NGUỒN VỐN THỰC HIỆN KẾ HOẠCH\n"
        "Nguồn vốn triển khai Kế hoạch trên địa bàn tỉnh, bao gồm:\n"
        "1. Nguồn ngân sách tỉnh.\n2. Các nguồn vốn hợp pháp khác.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n- Chủ trì hướng dẫn xử lý môi trường.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [("Sở Y tế", "Chủ trì hướng dẫn xử lý môi trường")]


def _due(text: str, calendar: WorkingCalendar) -> tuple[date | None, DeadlineKind, str | None]:
    found = find_deadline(text, fold_keep(text), date(2025, 10, 20), calendar, cell=True)
    assert found is not None
    return found.deadline, found.kind, found.text


def test_a_span_of_months_is_due_at_the_end_of_its_last_month(calendar: WorkingCalendar) -> None:
    due = _due("Thời gian hoàn thành: Tháng 5 - 6/2026.", calendar)
    assert due == (date(2026, 6, 30), DeadlineKind.BY, "Tháng 5 - 6/2026")


def test_the_month_a_task_starts_in_is_no_deadline(calendar: WorkingCalendar) -> None:
    text = "Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc đợt kiểm tra."
    found = find_deadline(text, fold_keep(text), date(2025, 10, 20), calendar, cell=True)
    assert found is None or found.deadline is None


def test_a_ministrys_name_cut_before_its_va_is_one_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    head = (
        "BỘ NÔNG NGHIỆP, THỦY SẢN\nVÀ PHÁT TRIỂN NÔNG THÔN\n-------\n" + DECISION.split("\n", 2)[2]
    )
    record = parse_text(head + ATTACHED, org, calendar)
    assert record.issuer == "Bộ Nông nghiệp, Thủy sản và Phát triển nông thôn"
    assert record.parent_issuer is None


def test_a_heading_naming_a_bodys_head_or_whose_duties_follow_gives_the_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads(
        "II. NHIỆM VỤ CỤ THỂ\n"
        "1.1. Trưởng Ban Chỉ đạo\n- Phụ trách chung việc phòng cháy rừng.\n"
        "1.2. Trách nhiệm của chủ rừng (bao gồm cả các hộ nhận khoán):\n"
        "- Lập phương án phòng cháy rừng của mình.\n",
        org,
        calendar,
    ) == ["Ban Chỉ đạo", "chủ rừng"]


def test_the_bodies_a_heading_glosses_as_its_members_lead_and_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads_and_partners(
        "II. NHIỆM VỤ CỤ THỂ\n"
        "1. Các cơ quan quản lý chuyên ngành (gồm các Sở: Y tế, Tài chính)\n"
        "- Hướng dẫn các đơn vị rà soát hồ sơ.\n",
        org,
        calendar,
    ) == [("Sở Y tế", ["Sở Tài chính"])]


def test_a_bullet_that_opens_with_a_body_and_goes_on_in_lower_case_keeps_its_words(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n1. Các sở, ngành:\n"
        "- Phối hợp hướng dẫn các đơn vị thực hiện kiểm kê. Trong đó:\n"
        "+ Sở Y tế: hướng dẫn kiểm kê trang thiết bị y tế.\n"
        "+ Sở Tài chính: hướng dẫn kiểm kê trụ sở làm việc.\n",
        org,
        calendar,
    )
    texts = [(a.lead_unit, a.text) for a in record.actions]
    assert ("Sở Y tế", "hướng dẫn kiểm kê trang thiết bị y tế") in texts  # (run-in label out)
    assert ("Sở Tài chính", "hướng dẫn kiểm kê trụ sở làm việc") in texts


def test_a_numbered_heading_that_gives_its_body_a_task_before_the_list_is_a_task_too(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Giao Sở Y tế là cơ quan đầu mối, hướng dẫn thực hiện Kế hoạch; tổ chức thực hiện "
        "các nhiệm vụ sau:\n- Theo dõi, đôn đốc các đơn vị.\n- Tổng hợp kết quả thực hiện.\n",
        org,
        calendar,
    )
    assert leads_and_texts(record) == [
        ("Sở Y tế", "Giao Sở Y tế là cơ quan đầu mối, hướng dẫn thực hiện Kế hoạch"),
        ("Sở Y tế", "Theo dõi, đôn đốc các đơn vị"),
        ("Sở Y tế", "Tổng hợp kết quả thực hiện"),
    ]


def test_a_management_board_named_up_to_a_place_that_ends_in_a_name_word_is_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Quản lý các Khu công nghệ cao và công nghiệp Thành phố chủ trì tổ chức tập "
        "huấn cho người lao động.\n",
        org,
        calendar,
    ) == ["Ban Quản lý các Khu công nghệ cao và công nghiệp Thành phố"]


def test_a_year_span_in_a_time_cell_is_due_at_the_end_of_its_last_year(
    calendar: WorkingCalendar,
) -> None:
    found = find_deadline("2026 - 2029", "2026 - 2029", date(2025, 10, 20), calendar, cell=True)
    assert found is not None
    assert (found.deadline, found.kind, found.text) == (
        date(2029, 12, 31),
        DeadlineKind.BY,
        "2026 - 2029",
    )


def test_a_body_given_a_standing_role_or_acting_periodically_is_given_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads(
        "VI. THEO DÕI, KIỂM TRA\n"
        "- Sở Y tế là cơ quan thường trực, chủ trì theo dõi việc thực hiện Kế hoạch.\n"
        "- Các sở, ban, ngành định kỳ kiểm tra, đánh giá tình hình thực hiện.\n"
        "- Sở Tài chính là đơn vị có nhiều kinh nghiệm trong lĩnh vực này.\n",
        org,
        calendar,
    ) == ["Sở Y tế", "Các sở, ban, ngành"]


def test_the_body_a_task_advises_works_with_whom_it_names_not_the_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads_and_partners(
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n"
        "- Chủ trì tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế triển khai thí điểm.\n"
        "- Chủ trì, phối hợp với Sở Tài chính tham mưu bố trí kinh phí.\n",
        org,
        calendar,
    ) == [
        ("Sở Y tế", []),
        ("Sở Y tế", ["Sở Tài chính"]),
    ]


def test_documents_a_group_lists_after_its_issuer_take_that_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        DECISION.replace(
            "QUYẾT ĐỊNH:\n\n",
            "Căn cứ các Nghị định của Chính phủ quy định chi tiết Luật Lâm nghiệp (Số "
            "156/2018/NĐ-CP ngày 16/11/2018, số 83/2020/NĐ-CP ngày 15/7/2020);\n\n"
            "Thực hiện theo các Quyết định của Thủ tướng Chính phủ: Quyết định số 523/QĐ-TTg "
            "ngày 01/4/2021 về chiến lược; Quyết định số 895/QĐ-TTg ngày 24/8/2024 về quy "
            "hoạch; Thông tư số 28/2018/TT-BNNPTNT ngày 16/11/2018.\n\nQUYẾT ĐỊNH:\n\n",
        )
        + ATTACHED,
        org,
        calendar,
    )
    issuers = {r.number: r.issuer for r in record.references}
    assert issuers["156/2018/NĐ-CP"] == issuers["83/2020/NĐ-CP"] == "Chính phủ"
    assert issuers["523/QĐ-TTg"] == issuers["895/QĐ-TTg"] == "Thủ tướng Chính phủ"
    # a document of another kind in the same list is not the group's
    assert issuers["28/2018/TT-BNNPTNT"] is None


def test_a_distribution_entry_with_its_own_sub_items_keeps_the_next_one(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = DECISION.replace(
        "- Như Điều 2;\n", "- Như Điều 2;\n- VPUB: + CVP, PCVP;\n+ Cổng thông tin điện tử;\n"
    )
    record = parse_text(text + ATTACHED, org, calendar)
    assert record.distribution == [
        "Như Điều 2",
        "VPUB: + CVP, PCVP; + Cổng thông tin điện tử",
        "Lưu: VT",
    ]


def test_a_heading_of_those_concerned_or_of_one_body_under_two_names_is_kept_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế/Sở Y tế và Dân số các tỉnh\n- Theo dõi việc thực hiện tại địa phương.\n"
        "2. Các tổ chức, cá nhân liên quan\n- Phối hợp với cơ quan có thẩm quyền khi được yêu "
        "cầu.\n",
        org,
        calendar,
    ) == [
        "Sở Y tế/Sở Y tế và Dân số các tỉnh",
        "Các tổ chức, cá nhân liên quan",
    ]


def test_an_item_that_goes_on_with_dong_thoi_for_all_of_a_kind_is_one_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n"
        "a) Rà soát mạng lưới trạm y tế. Đồng thời, các địa phương chủ động bố trí quỹ đất.\n",
        org,
        calendar,
    )
    assert [a.text for a in record.actions] == [
        "Rà soát mạng lưới trạm y tế. Đồng thời, các địa phương chủ động bố trí quỹ đất"
    ]


def test_a_task_that_waits_for_a_law_to_take_effect_is_no_closing_formula(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads(
        "II. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Y tế chủ trì tổng hợp kết quả thực hiện.\n\n"
        "Đồng thời, giao Sở Tư pháp rà soát, tham mưu điều chỉnh Kế hoạch ngay sau khi Luật "
        "Dược (sửa đổi) được Quốc hội thông qua và có hiệu lực thi hành.\n\n"
        "Kế hoạch này có hiệu lực kể từ ngày ký.\n",
        org,
        calendar,
    ) == ["Sở Y tế", "Sở Tư pháp"]


def test_the_mass_organisations_under_a_front_are_one_partner_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert leads_and_partners(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội trực thuộc\n"
        "- Tuyên truyền, vận động nhân dân tham gia bảo vệ môi trường.\n",
        org,
        calendar,
    ) == [
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            ["các tổ chức chính trị - xã hội trực thuộc"],
        )
    ]
