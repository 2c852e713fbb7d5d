"""Round 14 (b): a decision's items whose subject is a plural of bodies or bodies narrowed by
a "nơi ..." clause, on synthetic snippets: "Các Sở, ban, ngành liên quan theo chức năng,
nhiệm vụ có trách nhiệm phối hợp với Sở X ..." is the plural's task, X its partner (not X's
task, as in "Chỉ đạo các phòng phối hợp với Văn phòng ..."), and "Ủy ban nhân dân các xã,
phường nơi có ... có trách nhiệm ..." is a task of the bodies so named."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 300/QĐ-UBND\nYên Bái, ngày 5 tháng 6 năm 2026\n\n"
    "QUYẾT ĐỊNH\nQuy định cơ quan tiếp nhận hồ sơ cấp phép kinh doanh khí\n\n"
    "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Sở Y tế là cơ quan tiếp nhận hồ sơ.\n"
    "Điều 2. Trách nhiệm thực hiện\n"
    "1. Sở Y tế\na) Tổ chức tiếp nhận hồ sơ theo quy định.\n"
    "2. Công an tỉnh có trách nhiệm phối hợp với Sở Y tế trong việc thẩm định điều kiện.\n"
    "3. Các Sở, ban, ngành liên quan theo chức năng, nhiệm vụ có trách nhiệm phối hợp với "
    "Sở Y tế trong việc quản lý hoạt động kinh doanh.\n"
    "4. Ủy ban nhân dân các xã, phường nơi có cửa hàng kinh doanh khí có trách nhiệm phối hợp "
    "với Sở Y tế trong công tác giám sát; kịp thời báo cáo Sở Y tế khi phát hiện vi phạm.\n"
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHoàng Văn Minh\n"
)


def test_a_plural_subject_that_works_with_a_body_leads(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    assert actions[2].lead_unit == "Các Sở, ban, ngành liên quan"
    assert actions[2].coordinating_units == ["Sở Y tế"]


def test_bodies_narrowed_by_a_noi_clause_lead_as_named(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    assert len(actions) == 4
    assert actions[3].lead_unit == ("Ủy ban nhân dân các xã, phường nơi có cửa hàng kinh doanh khí")
    assert actions[3].coordinating_units == ["Sở Y tế"]
