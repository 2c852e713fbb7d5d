"""Round 35d: a regulation's "Tổ chức thực hiện" article that lists the duties of several
groups of bodies under numbered sub-headings ("Điều 9. Trách nhiệm của các Sở, ngành Tỉnh" /
"1. Trách nhiệm của các Sở quản lý công trình xây dựng chuyên ngành Tỉnh, Ban quản lý các
khu công nghiệp Tỉnh:" / "a) ..."). The sub-heading names the leads of its items (the first
the lead, the others joint leads among the coordinating units), overriding the article's
heading, each named as written with its qualifier ("công trình xây dựng" a noun, not a
verb). A sub-heading whose shared prefix the page broke across a line ("2. Trách nhiệm của
các Sở:" / "Xây dựng, Tài chính, Nội vụ.") is one heading, its names expanded ("Sở Xây
dựng" the lead, "Sở Tài chính", "Sở Nội vụ" joint), and no action; an item that names its
own body ("d) Sở Nội vụ chủ trì, ...") is that body's."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round35_letters import ha_giang_decision

_DECISION = (
    ha_giang_decision(
        "21/2025/QĐ-UBND",
        (
            "BAN HÀNH QUY ĐỊNH VỀ PHÂN CẤP MỘT SỐ NỘI DUNG THUỘC LĨNH VỰC Y TẾ TRÊN ĐỊA BÀN "
            "TỈNH HÀ GIANG"
        ),
        (
            "Ban hành kèm theo Quyết định này Quy định về phân cấp một số nội dung thuộc lĩnh\n"
            "vực y tế trên địa bàn tỉnh Hà Giang."
        ),
        (
            "Chánh Văn phòng Ủy ban nhân dân Tỉnh; Giám đốc các Sở, ban, ngành Tỉnh; Chủ tịch Ủy\n"
            "ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./."
        ),
    )
    + """
QUY ĐỊNH

VỀ PHÂN CẤP MỘT SỐ NỘI DUNG THUỘC LĨNH VỰC Y TẾ TRÊN ĐỊA BÀN TỈNH HÀ GIANG
(Kèm theo Quyết định số 21/2025/QĐ-UBND ngày 04 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh
Hà Giang)

Chương I

QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định về phân cấp một số nội dung thuộc lĩnh vực y tế.

Chương II

TỔ CHỨC THỰC HIỆN

Điều 9. Trách nhiệm của các Sở, ngành Tỉnh

1. Trách nhiệm của các Sở quản lý công trình xây dựng chuyên ngành Tỉnh, Ban quản lý các khu
công nghiệp Tỉnh:

a) Bảo đảm nguồn lực, các điều kiện để tổ chức thực hiện các nhiệm vụ theo quy định của
Quyết định này.

b) Chủ trì, phối hợp với UBND cấp xã nghiên cứu, tham mưu UBND Tỉnh ban hành văn bản hướng
dẫn tổ chức thực hiện.

2. Trách nhiệm của các Sở:
Xây dựng, Tài chính, Nội vụ.

a) Chủ trì, phối hợp với UBND cấp xã tham mưu, báo cáo cấp có thẩm quyền về kinh phí, tổ
chức bộ máy.

b) Chỉ đạo, hướng dẫn, tập huấn nghiệp vụ cho cấp xã để thực hiện tốt nhiệm vụ được phân
cấp.

c) Sở Nội vụ chủ trì, phối hợp các Sở, ngành có kế hoạch đào tạo nghiệp vụ cho cán bộ cấp
xã.

Điều 10. Trách nhiệm của UBND cấp xã

1. UBND cấp xã có trách nhiệm bảo đảm nguồn lực, các điều kiện để tổ chức thực hiện các
nhiệm vụ theo quy định của Quyết định này.
"""
)

_SECTOR_LEAD = "các Sở quản lý công trình xây dựng chuyên ngành Tỉnh"
_PARK = "Ban quản lý các khu công nghiệp Tỉnh"


def test_numbered_duties_subheadings_name_the_leads(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    got = [(a.text[:30], a.lead_unit, a.coordinating_units) for a in record.actions]
    assert got == [
        ("Bảo đảm nguồn lực, các điều ki", _SECTOR_LEAD, [_PARK]),
        ("Chủ trì, phối hợp với UBND cấp", _SECTOR_LEAD, [_PARK, "UBND cấp xã"]),
        (
            "Chủ trì, phối hợp với UBND cấp",
            "Sở Xây dựng",
            ["Sở Tài chính", "Sở Nội vụ", "UBND cấp xã"],
        ),
        ("Chỉ đạo, hướng dẫn, tập huấn n", "Sở Xây dựng", ["Sở Tài chính", "Sở Nội vụ"]),
        ("Sở Nội vụ chủ trì, phối hợp cá", "Sở Nội vụ", []),
        ("UBND cấp xã có trách nhiệm bảo", "UBND cấp xã", []),
    ]
