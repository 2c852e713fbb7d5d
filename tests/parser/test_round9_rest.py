"""Rules of the ninth round on what the earlier rounds left (blind batches 5, 10 and 11 in
view: a party office's conclusion, ministries' guidance letters, cables), each on a synthetic
snippet that no corpus holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.clean import fold_keep
from directives.parser.references import find_references
from tests.parser.test_round6 import letter
from tests.parser.test_round7_plans import leads_and_partners


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
