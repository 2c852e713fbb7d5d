"""Round rL: a plan lays a duty on kinds of body listed after "Doanh nghiệp", then says which of
them it means ("Doanh nghiệp, tổ chức, cơ sở giáo dục tự chủ tài chính có trách nhiệm ..."):
the whole list and its qualifier, up to the duty, is one lead as written (README: a qualifier
saying which bodies are meant belongs to the name). The enterprises' reader took the
qualifier's verb ("tự chủ") for the predicate and cut the name before it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.enterprises import enterprise_subject

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026

I. MỤC TIÊU
Phát triển du lịch cộng đồng bền vững.
II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, hướng dẫn các địa phương xây dựng sản phẩm du lịch.
2. Doanh nghiệp, tổ chức, cơ sở lưu trú tự chủ kinh phí có trách nhiệm bố trí nguồn lực để
nâng cấp dịch vụ du lịch cộng đồng.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn E
"""


def test_the_kinds_and_their_qualifier_are_one_lead() -> None:
    said = "Doanh nghiệp, tổ chức, cơ sở lưu trú tự chủ kinh phí có trách nhiệm bố trí vốn."
    assert enterprise_subject(said) == ["Doanh nghiệp, tổ chức, cơ sở lưu trú tự chủ kinh phí"]


def test_the_plan_item_keeps_the_qualifier(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    assert [a.lead_unit for a in actions][-1] == (
        "Doanh nghiệp, tổ chức, cơ sở lưu trú tự chủ kinh phí"
    )
