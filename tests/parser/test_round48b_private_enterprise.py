"""Round 48b: a private enterprise a letter asks by its short kind ("DNTN X") leads its tasks
by that name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round13a_letters import department_letter

_BODY = (
    "Qua rà soát, hồ sơ của doanh nghiệp chưa bảo đảm điều kiện để thẩm định. Để có cơ sở "
    "giải quyết, Sở Công Thương đề nghị DNTN An Bình Nghĩa Lộ rà soát, hoàn thiện các nội "
    "dung sau:\n"
    "1. Chỉnh sửa Giấy đề nghị: ghi đúng đơn vị tính của kíp nổ.\n"
    "2. Bổ sung Quyết định phê duyệt thiết kế khai thác mỏ.\n"
)


def test_a_dntn_named_in_the_request_leads_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = department_letter(
        "4280/SCT-CN",
        "hoàn thiện hồ sơ",
        "Doanh nghiệp tư nhân An Bình Nghĩa Lộ",
        _BODY,
        "SỞ CÔNG THƯƠNG",
    )
    leads = [a.lead_unit for a in parse_text(text, org, calendar).actions]
    assert leads == ["DNTN An Bình Nghĩa Lộ", "DNTN An Bình Nghĩa Lộ"]


def test_a_note_on_how_the_law_rules_a_case_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = _BODY + (
        "3. Lưu ý: trường hợp kết quả rà soát xác định trong bán kính vùng nguy hiểm có nhà "
        "dân thì Phương án nổ mìn phải được cơ quan cấp Giấy phép phê duyệt theo quy định.\n"
    )
    text = department_letter(
        "4280/SCT-CN",
        "hoàn thiện hồ sơ",
        "Doanh nghiệp tư nhân An Bình Nghĩa Lộ",
        body,
        "SỞ CÔNG THƯƠNG",
    )
    texts = [a.text for a in parse_text(text, org, calendar).actions]
    assert len(texts) == 2
