"""Round 53e: a decision's follow-up article naming the organisations and people a rule binds
by what they do, then those concerned ("Tổ chức, cá nhân kinh doanh ... và các tổ chức, cá
nhân có liên quan phải chấp hành ...", blind 220/03), an item that names the body doing the
work after "do" ("Việc sửa đổi ... do Hội đồng X trình ...", 220/02), and an organisation by
its work acting on grounds ("Tổ chức quản lý chợ căn cứ ... để ...", 220/03)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 12/2025/QĐ-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Tĩnh, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\nBan hành Nội quy mẫu bến xe khách\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Nội quy mẫu áp dụng cho các bến xe khách.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Giao Sở Xây dựng hướng dẫn thực hiện Quyết định này.\n{item}"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2025.\n"
    "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Xây dựng chịu trách nhiệm thi "
    "hành Quyết định này./.\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
)


def _second(item: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[object]:
    record = parse_text(_DECISION.format(item=item), org, calendar)
    return [(a.text, a.lead_unit, a.coordinating_units) for a in record.actions[1:]]


def test_the_parties_a_rule_binds_and_those_concerned_must_act(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    said = (
        "Tổ chức, cá nhân kinh doanh vận tải hành khách tại bến xe và các tổ chức, cá nhân có "
        "liên quan phải chấp hành Nội quy bến xe"
    )
    assert _second(f"2. {said}.\n", org, calendar) == [
        (
            said,
            "Tổ chức, cá nhân kinh doanh vận tải hành khách tại bến xe",
            ["các tổ chức, cá nhân có liên quan"],
        )
    ]


def test_the_body_named_after_do_leads_the_work(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    said = "Việc sửa đổi, bổ sung Nội quy mẫu do Sở Xây dựng trình Ủy ban nhân dân tỉnh quyết định"
    assert _second(f"2. {said}.\n", org, calendar) == [(said, "Sở Xây dựng", [])]


def test_an_organisation_by_its_work_that_acts_on_grounds_leads(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    said = (
        "Tổ chức quản lý bến xe căn cứ Nội quy mẫu và tình hình thực tế để xây dựng Nội quy bến xe"
    )
    # "Tổ chức" the noun: what follows takes grounds ("căn cứ ... để") in order to act
    assert _second(f"2. {said}.\n", org, calendar) == [(said, "Tổ chức quản lý bến xe", [])]
