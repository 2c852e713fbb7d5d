"""Round 44c: the state's enterprises named by their kinds under one "Các" ("Các Tập đoàn, Tổng
công ty hoàn thành ...", "Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu: xây dựng
..."), capitals and all, are one lead, as "Các viện nghiên cứu, trường đại học" is; no kind of
them works with another. So organs' kinds in capitals ("Các Cục, Vụ, Văn phòng Bộ ..."): the
kinds one lead, the body named after them its partner."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies

_LETTER = """CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 95/NQ-CP
Hà Nội, ngày 08 tháng 5 năm 2026

NGHỊ QUYẾT
Phiên họp Chính phủ thường kỳ tháng 4 năm 2026

CHÍNH PHỦ

QUYẾT NGHỊ:

1. Bộ Tài chính chủ trì theo dõi tình hình thu ngân sách, báo cáo Chính phủ.

2. {ITEM}

3. Bộ Công Thương bảo đảm cung ứng điện cho sản xuất.

TM. CHÍNH PHỦ
THỦ TƯỚNG
Nguyễn Văn An
"""


def _task(item: str, org: OrgDirectory, calendar: WorkingCalendar) -> tuple[str | None, list[str]]:
    actions = parse_text(_LETTER.replace("{ITEM}", item), org, calendar).actions
    return actions[1].lead_unit, actions[1].coordinating_units


def test_groups_and_corporations_lead_together(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    item = (
        "Các Tập đoàn, Tổng công ty hoàn thành chỉ tiêu kinh doanh, đẩy mạnh các dự án năng lượng."
    )
    assert _task(item, org, calendar) == ("Các Tập đoàn, Tổng công ty", [])


def test_the_kinds_then_their_duties_after_a_colon(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    item = (
        "Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu: xây dựng kế hoạch sản xuất"
        " kinh doanh, xuất nhập khẩu hiệu quả."
    )
    lead = "Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu"
    assert _task(item, org, calendar) == (lead, [])


def test_organ_kinds_in_capitals_under_one_cac_then_a_body() -> None:
    text = "Các Cục, Vụ, Văn phòng Bộ có trách nhiệm thực hiện chức năng, nhiệm vụ được giao."
    assert subject_bodies(text) == ["Các Cục, Vụ", "Văn phòng Bộ"]


def test_a_kind_with_its_names_stays_each_body() -> None:
    text = "Các Sở Y tế, Tài chính có trách nhiệm hướng dẫn thực hiện."
    assert subject_bodies(text) == ["Sở Y tế", "Sở Tài chính"]
