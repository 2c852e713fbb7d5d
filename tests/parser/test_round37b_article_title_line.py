"""Round 37b: on a page cut at a fixed width (pdftotext), an article's short title on its own
line ("Điều 2. Tổ chức thực hiện") over a paragraph that opens with a body's name ("Công ty
... phối hợp với ... thực hiện: ...") is the article's title, not the paragraph's first words:
the paragraph is the body's task (it was read as one block with the title, and lost)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_WRAPPED = (
    "Căn cứ Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15 ngày 26 tháng 11 năm\n"
    "2024 của Quốc hội và các văn bản quy định chi tiết thi hành Luật Quy hoạch đô\n"
    "thị và nông thôn; Căn cứ các quy chuẩn, tiêu chuẩn Việt Nam hiện hành về quy\n"
    "hoạch xây dựng và về hệ thống công trình hạ tầng kỹ thuật khu công nghiệp;\n"
)

_LETTER = f"""BAN QUẢN LÝ KHU KINH TẾ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 30/QĐ-BQL                             Yên Bái, ngày 06 tháng 8 năm 2026
QUYẾT ĐỊNH
Phê duyệt điều chỉnh cục bộ quy hoạch phân khu khu công nghiệp phía Nam
TRƯỞNG BAN BAN QUẢN LÝ KHU KINH TẾ
{_WRAPPED}QUYẾT ĐỊNH:
Điều 1. Phê duyệt điều chỉnh cục bộ quy hoạch phân khu khu công nghiệp phía Nam
với những nội dung chủ yếu như sau: điều chỉnh cơ cấu sử dụng đất và chỉ tiêu sử
dụng đất của các lô đất công nghiệp, giữ nguyên các nội dung khác của quy hoạch.
Điều 2. Tổ chức thực hiện
Công ty Cổ phần Hạ tầng Phía Nam phối hợp với Phòng Quản lý Quy hoạch và Đầu tư
thực hiện: kiểm soát hồ sơ quy hoạch, bàn giao hồ sơ cho các cơ quan quản lý theo
quy định, tổ chức công bố quy hoạch, cắm mốc giới theo quy định.
Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày ký ban hành.
Chánh Văn phòng Ban Quản lý khu kinh tế, Trưởng phòng Quản lý Quy hoạch và Đầu
tư, Thủ trưởng các cơ quan, đơn vị có liên quan và Công ty Cổ phần Hạ tầng Phía
Nam chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TRƯỞNG BAN
Nguyễn Văn A
"""


def test_an_article_title_over_a_bodys_paragraph(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Công ty Cổ phần Hạ tầng Phía Nam"]
    assert record.actions[0].text.startswith("Công ty Cổ phần Hạ tầng Phía Nam phối hợp")


def test_a_partners_name_with_a_field_in_lower_case(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Phòng Quản lý Quy hoạch xây dựng và Đầu tư": "xây dựng" between the capitalised
    words of the name and its last field is of the name, not the verb that ends the list."""
    letter = _LETTER.replace(
        "Phòng Quản lý Quy hoạch và Đầu tư\nthực hiện",
        "Phòng Quản lý Quy hoạch xây dựng và\nĐầu tư thực hiện",
    )
    record = parse_text(letter, org, calendar)
    assert [a.coordinating_units for a in record.actions] == [
        ["Phòng Quản lý Quy hoạch xây dựng và Đầu tư"]
    ]
