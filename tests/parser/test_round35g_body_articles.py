"""Round 35g: a regulation's follow-up chapter ("Chương III / TỔ CHỨC THỰC HIỆN") whose articles
are headed by the body alone ("Điều 20. Văn phòng UBND tỉnh", "Điều 21. Sở Khoa học và Công
nghệ") beside one titled "Trách nhiệm của ...": each such article lists that body's tasks, one
action per numbered clause, the heading's body the lead and out of the text. The page broke the
headings and their emphasis across lines ("**Chương\\nIII**", "**Điều 20.\\nVăn phòng UBND
tỉnh**", "**Điều 21. Sở\\nKhoa học và Công nghệ**"): each is read as the whole heading. An
article of the chapter on another matter ("Điều 25. Khen thưởng, xử lý vi phạm") gives none;
the firms a "Trách nhiệm của doanh nghiệp cung cấp dịch vụ ..." article names are a body's kind,
their duties tasks; and a clause that tells whoever meets a difficulty on the way of the work
("Trong quá trình vận hành ..., nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản
ánh về Sở ...") is no task.

A chairman's decision whose letterhead itself reads "CHỦ TỊCH ỦY BAN NHÂN DÂN / TỈNH X" has
the header's body as issuer ("Ủy ban nhân dân tỉnh X"), the title dropped."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """|
**CHỦ TỊCH ỦY BAN
NHÂN DÂN**
**TỈNH HÒA BÌNH**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số:
88/2025/QĐ-CTUBND
|
*Hòa Bình, ngày
12 tháng 11 năm 2025*
|

**QUYẾT ĐỊNH**

BAN HÀNH QUY CHẾ QUẢN LÝ CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA BÌNH

*Căn cứ Luật Tổ chức chính
quyền địa phương số 72/2025/QH15;*

*Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.*

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý Cổng thông tin điện tử tỉnh
Hòa Bình.

**Điều 2.** Quyết định này có hiệu lực thi hành từ ngày 01 tháng 12 năm 2025.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách
nhiệm thi hành Quyết định này./.

**Nơi nhận:**
- Như Điều 3;
- Lưu: VT.

**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
**Trần Văn B**

**QUY CHẾ**

QUẢN LÝ CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÒA BÌNH

*(Ban hành kèm theo Quyết định số 88/2025/QĐ-CTUBND)*

**Chương I**

**QUY ĐỊNH CHUNG**

**Điều 1.
Phạm vi điều chỉnh**

Quy chế này quy định về quản lý Cổng thông tin điện tử tỉnh Hòa Bình.

**Điều 2. Yêu
cầu đối với Cổng thông tin**

Các cơ quan, đơn vị có trách nhiệm cập nhật thông tin trên Cổng thông tin điện tử.

**Chương
III**

**TỔ CHỨC THỰC HIỆN**** **

**Điều 20.
Văn phòng UBND tỉnh**

1. Theo dõi, hướng dẫn việc cập nhật thông tin trên Cổng thông tin
điện tử tỉnh.

2. Phối hợp với Sở Khoa học và Công nghệ quản lý nội dung của Cổng
thông tin điện tử tỉnh.

**Điều 21. Sở
Khoa học và Công nghệ**

1. Chủ trì, phối hợp với Văn phòng UBND tỉnh bảo đảm hạ tầng kỹ thuật
cho Cổng thông tin điện tử tỉnh.

2. Hướng dẫn các cơ quan, đơn vị sử dụng Cổng thông tin điện tử tỉnh.

**Điều 22.
Trách nhiệm của Sở Tài chính**

Chủ trì tham mưu UBND tỉnh bố trí kinh phí duy trì Cổng thông tin
điện tử tỉnh.

**Điều 23.
UBND các xã, phường**

1. Cập nhật thông tin của địa phương trên Cổng thông tin điện tử tỉnh.

2. Trong quá trình vận hành Cổng thông tin, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị
kịp thời phản ánh về Sở Khoa học và Công nghệ để được hỗ trợ, hướng dẫn.

**Điều 24.
Trách nhiệm của doanh nghiệp cung cấp dịch vụ Cổng thông tin**

1. Bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho Cổng thông tin điện tử tỉnh.

**Điều 25. Khen
thưởng, xử lý vi phạm**

Cơ quan, đơn vị thực hiện tốt Quy chế này được khen thưởng theo quy định.
"""


_FIRM = "doanh nghiệp cung cấp dịch vụ Cổng thông tin"


def _record(org: OrgDirectory, calendar: WorkingCalendar):  # type: ignore[no-untyped-def]
    return parse_text(_DECISION, org, calendar)


def test_body_headed_articles_of_the_follow_up_chapter_give_their_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _record(org, calendar)
    got = [(a.text[:30], a.lead_unit, a.coordinating_units) for a in record.actions]
    assert got == [
        ("Theo dõi, hướng dẫn việc cập n", "Văn phòng UBND tỉnh", []),
        ("Phối hợp với Sở Khoa học và Cô", "Văn phòng UBND tỉnh", ["Sở Khoa học và Công nghệ"]),
        ("Chủ trì, phối hợp với Văn phòn", "Sở Khoa học và Công nghệ", ["Văn phòng UBND tỉnh"]),
        ("Hướng dẫn các cơ quan, đơn vị ", "Sở Khoa học và Công nghệ", []),
        ("Chủ trì tham mưu UBND tỉnh bố ", "Sở Tài chính", []),
        ("Cập nhật thông tin của địa phư", "UBND các xã, phường", []),
        ("Bảo đảm hạ tầng kỹ thuật, an t", _FIRM, []),
    ]


def test_chairman_letterhead_names_the_committee_as_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = _record(org, calendar)
    assert record.issuer == "Ủy ban nhân dân tỉnh Hòa Bình"
    assert record.parent_issuer is None
