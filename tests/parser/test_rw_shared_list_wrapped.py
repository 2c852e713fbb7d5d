"""Round rW: a list of names sharing their organ's word, its entries parted by ";", wrapped
at a ";" on a page cut at a fixed width ("... yêu cầu các Bộ: Tư pháp; Nội vụ;" / "Tài chính
xây dựng ..."): the next line opening with another known name of the organ goes on with the
list, not a paragraph of its own; and the list asked after a case clause ("Đối với ..., yêu
cầu các Bộ: ...") names the lead and the bodies coordinating, as it does alone."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 52/VPCP-PL\n\nHà Nội, ngày 12 tháng 3 năm 2026\n\n"
    "Kính gửi: Các Bộ, cơ quan ngang Bộ.\n\n"
)
_TAIL = (
    "\n\nVăn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG, CHỦ NHIỆM\nNguyễn Văn Bình\n"
)
# a page cut at about seventy characters a line, its sentences running on in small letters
_WRAPPED = (
    "Xét báo cáo của Bộ Tư pháp về kết quả rà soát các văn bản quy phạm pháp\n"
    "luật có nội dung chồng chéo, mâu thuẫn trong lĩnh vực đăng ký đất đai,\n"
    "tài sản gắn liền với đất, Phó Thủ tướng Chính phủ có ý kiến như sau:\n\n"
    "1. Đối với các thông tư đã hết hiệu lực nhưng chưa được công bố, các\n"
    "Bộ khẩn trương rà soát, công bố danh mục văn bản hết hiệu lực toàn bộ\n"
    "hoặc một phần theo đúng quy định, hoàn thành trong tháng 4 năm 2026.\n\n"
    "2. Đối với 12 quy định về hồ sơ cần sửa đổi, yêu cầu các Bộ: Tư pháp;\n"
    "Nội vụ;\n"
    "Tài chính xây dựng phương án sửa đổi, bổ sung các thông tư có liên\n"
    "quan, báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 4 năm 2026 để\n"
    "xem xét, quyết định theo thẩm quyền."
)


def _units(
    body: str, org: OrgDirectory, calendar: WorkingCalendar
) -> list[tuple[str | None, list[str], str]]:
    actions = parse_text(_HEAD + body + _TAIL, org, calendar).actions
    return [(a.lead_unit, a.coordinating_units, a.text[:30]) for a in actions]


def test_a_list_wrapped_at_its_semicolon_goes_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    units = _units(_WRAPPED, org, calendar)
    assert units[-1] == (
        "Bộ Tư pháp",
        ["Bộ Nội vụ", "Bộ Tài chính"],
        "Đối với 12 quy định về hồ sơ c",
    )
    assert len(units) == 2


def test_the_list_asked_after_a_case_clause(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    body = (
        "Đối với 07 quy định về phí cần sửa đổi, yêu cầu các Bộ: Công Thương, Xây dựng rà "
        "soát, đề xuất phương án sửa đổi, báo cáo Thủ tướng Chính phủ trong tháng 5 năm 2026."
    )
    assert _units(body, org, calendar) == [
        ("Bộ Công Thương", ["Bộ Xây dựng"], "Đối với 07 quy định về phí cần")
    ]
