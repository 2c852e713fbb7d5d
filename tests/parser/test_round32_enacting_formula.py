"""Round 32: a decision's grounds closed by the enacting formula that names the rules it
issues ("Ủy ban nhân dân tỉnh Hà Nam ban hành Quy chế ...", a title that may list with ";")
rather than "ban hành Quyết định": the issuer issuing this very document, no task. The parser
took it for the issuer's own task (and, once a city's committee is a body, a city's too)."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
{area_caps}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 41/2026/QĐ-UBND
{place}, ngày 12 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế xét tặng danh hiệu công dân ưu tú

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;

Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 645/TTr-SNV ngày 28 tháng 2 năm 2026;

Ủy ban nhân dân {area} ban hành {kind} xét tặng danh hiệu công dân ưu tú; danh mục hồ sơ đề nghị.

Điều 1. Ban hành kèm theo Quyết định này Quy chế xét tặng danh hiệu công dân ưu tú.

Điều 2. Giao Sở Nội vụ hướng dẫn, đôn đốc các đơn vị tổ chức thực hiện Quy chế này.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn B
"""


@pytest.mark.parametrize(
    ("area_caps", "area", "place"),
    [
        ("TỈNH HÀ NAM", "tỉnh Hà Nam", "Hà Nam"),
        ("THÀNH PHỐ HẢI PHÒNG", "thành phố Hải Phòng", "Hải Phòng"),
    ],
    ids=["province", "city"],
)
@pytest.mark.parametrize("kind", ["Quy chế", "Quyết định quy định"], ids=["rules", "decision"])
def test_the_enacting_formula_is_no_task(
    area_caps: str, area: str, place: str, kind: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _DECISION.format(area_caps=area_caps, area=area, place=place, kind=kind)
    actions = parse_text(letter, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Nội vụ"]
