"""Round 39e: inside a numbered or lettered item under a heading that names its body ("2. Ủy ban
nhân dân các tỉnh ... thực hiện các nhiệm vụ sau:" / "a) ..."), a later sentence that names
another body without a lead verb of its own ("Trên cơ sở đề xuất của các địa phương, Bộ Xây
dựng tổng hợp, trình ...") stays in the item's action (README session 17: a later sentence of a
numbered item that names another body stays in the item's action by the lead sentence above),
while one that asks a body by its own lead verb ("Giao Bộ Công an ...") is an action of its
own, and so is the later sentence of a "-" item ("Trên cơ sở đó, Bộ Tư pháp tổng hợp ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = (
    "CHÍNH PHỦ\n\nSố: 45/NQ-CP\n\nHà Nội, ngày 04 tháng 5 năm 2026\n\nNGHỊ QUYẾT\n"
    "Phiên họp Chính phủ thường kỳ tháng 4 năm 2026\n\n"
    "QUYẾT NGHỊ:\n\n"
    "1. Ủy ban nhân dân các tỉnh, thành phố theo chức năng, nhiệm vụ, quyền hạn được giao,\n"
    "tập trung thực hiện các nhiệm vụ trọng tâm sau:\n"
    "{item}\n"
    "b) Đẩy mạnh giải ngân vốn đầu tư công, hoàn thành trong tháng 9 năm 2026.\n\n"
    "Nơi nhận:\n- Các bộ, cơ quan ngang bộ;\n- Lưu: VT.\n\n"
    "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn An\n"
)


def test_a_later_sentence_naming_another_body_stays_in_a_lettered_item(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    item = (
        "a) Khẩn trương rà soát, bổ sung các chỉ tiêu tăng trưởng của địa phương, gửi Bộ Xây\n"
        "dựng trước ngày 12 tháng 5 năm 2026. Trên cơ sở đề xuất của các địa phương, Bộ Xây\n"
        "dựng tổng hợp, trình Chính phủ trước ngày 20 tháng 5 năm 2026."
    )
    actions = parse_text(_PAGE.format(item=item), org, calendar).actions
    assert [a.text[:12] for a in actions] == ["Khẩn trương ", "Đẩy mạnh giả"]
    assert actions[0].text.endswith(
        "Bộ Xây dựng tổng hợp, trình Chính phủ trước ngày 20 tháng 5 năm 2026"
    )
    assert actions[0].lead_unit == "Ủy ban nhân dân các tỉnh, thành phố"
    assert actions[0].deadline_text == "trước ngày 12 tháng 5 năm 2026"


def test_a_later_sentence_asking_another_body_is_its_own_action(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    item = (
        "a) Khẩn trương rà soát, bổ sung các chỉ tiêu tăng trưởng của địa phương, gửi Bộ Xây\n"
        "dựng trước ngày 12 tháng 5 năm 2026. Giao Bộ Công an chủ trì kiểm tra việc thực hiện,\n"
        "báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 5 năm 2026."
    )
    actions = parse_text(_PAGE.format(item=item), org, calendar).actions
    assert [a.text[:12] for a in actions] == ["Khẩn trương ", "Giao Bộ Công", "Đẩy mạnh giả"]
    assert actions[1].lead_unit == "Bộ Công an"


def test_a_later_sentence_of_a_dash_item_naming_another_body_is_its_own_action(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    item = (
        "- Khẩn trương rà soát, bổ sung các chỉ tiêu tăng trưởng của địa phương, gửi Bộ Xây\n"
        "dựng trước ngày 12 tháng 5 năm 2026. Trên cơ sở đó, Bộ Xây dựng tổng hợp, trình\n"
        "Chính phủ trước ngày 20 tháng 5 năm 2026."
    ).replace("b) Đẩy", "- Đẩy")
    page = _PAGE.replace("b) Đẩy", "- Đẩy")
    actions = parse_text(page.format(item=item), org, calendar).actions
    assert [a.text[:12] for a in actions] == ["Khẩn trương ", "Trên cơ sở đ", "Đẩy mạnh giả"]
    assert actions[1].lead_unit == "Bộ Xây dựng"


def test_a_headings_remit_after_căn_cứ_is_no_part_of_its_bodies(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "1. Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao:": their
    # remit, as "theo chức năng, nhiệm vụ" is
    page = _PAGE.replace(
        "1. Ủy ban nhân dân các tỉnh, thành phố theo chức năng, nhiệm vụ, quyền hạn được giao,\n"
        "tập trung thực hiện các nhiệm vụ trọng tâm sau:",
        "1. Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao:",
    )
    item = "a) Siết chặt và triệt để tiết kiệm chi thường xuyên, nhất là chi hội nghị, hội thảo."
    actions = parse_text(page.format(item=item), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Các bộ, cơ quan, địa phương"] * 2
