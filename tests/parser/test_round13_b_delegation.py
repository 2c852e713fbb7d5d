"""Round 13 (b): a decision that delegates a power ("Điều 1. Ủy quyền cho Giám đốc Sở Y tế
cấp ..."), on a synthetic snippet: the conditions of the delegation bind the delegate,
whether an item names it ("Người được ủy quyền phải ...") or only says what to do
("Chuẩn bị ...", "Báo cáo ..."); a condition that states a rule ("Việc thực hiện ... phải
tuân thủ ...") is no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.delegation import delegate

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 512/QĐ-UBND\nYên Bái, ngày 5 tháng 9 năm 2025\n\n"
    "QUYẾT ĐỊNH\nVề việc ủy quyền cho Giám đốc Sở Y tế cấp giấy phép hoạt động\n\n"
    "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n\n"
    "QUYẾT ĐỊNH:\n\n"
    "Điều 1. Ủy quyền cho Giám đốc Sở Y tế cấp giấy phép hoạt động đối với cơ sở khám bệnh,\n"
    "chữa bệnh trên địa bàn tỉnh.\n"
    "Điều 2. Thời hạn ủy quyền\n"
    "Kể từ ngày Quyết định này có hiệu lực đến hết ngày 31 tháng 12 năm 2025.\n"
    "Điều 3. Điều kiện ủy quyền\n"
    "1. Việc thực hiện các công việc được ủy quyền phải tuân thủ quy định pháp luật.\n"
    "2. Người được ủy quyền phải thực hiện đúng nội dung đã được ủy quyền.\n"
    "3. Chuẩn bị các nguồn lực để bảo đảm thực hiện nhiệm vụ được ủy quyền.\n"
    "4. Báo cáo kết quả thực hiện nhiệm vụ được ủy quyền cho Ủy ban nhân dân tỉnh.\n"
    "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
    "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Y tế chịu trách nhiệm thi hành "
    "Quyết định này./.\n\n"
    "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Bình\n"
)


def test_the_delegate_is_the_body_after_the_title_up_to_the_power() -> None:
    assert delegate(["Điều 1. Uỷ quyền cho Chủ tịch Ủy ban nhân dân huyện Văn Yên quyết định"]) == (
        "Ủy ban nhân dân huyện Văn Yên"
    )
    assert delegate(["Điều 1. Giao Sở Y tế cấp giấy phép hoạt động."]) is None


def test_the_conditions_of_a_delegation_are_the_delegates_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(DECISION, org, calendar)
    assert [(a.lead_unit, a.text[:20]) for a in record.actions] == [
        ("Sở Y tế", "Người được ủy quyền "),
        ("Sở Y tế", "Chuẩn bị các nguồn l"),
        ("Sở Y tế", "Báo cáo kết quả thực"),
    ]
