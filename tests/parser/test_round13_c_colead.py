"""Round 13 (c): "Đồng chủ trì với X" under a heading that names the lead alone on its line
("4. Bộ Ngoại giao" / "Đồng chủ trì với Bộ Công Thương, phối hợp ..."): the heading's body
leads, the line under it opens the task's text, and X, named jointly with the lead, goes to
the coordinating units."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 88/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 3 năm 2026\n\n"
    "QUYẾT ĐỊNH\nPhê duyệt Đề án xúc tiến xuất khẩu phần mềm\n\n"
    "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt Đề án xúc tiến xuất khẩu phần mềm.\n"
    "Điều 2. Tổ chức thực hiện\n"
    # (the page wraps its lines at a fixed width, a sentence running on in lower case)
    "1. Bộ Công Thương\n"
    "Chủ trì tổ chức các hội chợ phần mềm tại thị trường nước ngoài, kết nối các\n"
    "doanh nghiệp phần mềm với nhà phân phối, hỗ trợ thông tin thị trường và xúc\n"
    "tiến thương mại trực tuyến cho doanh nghiệp nhỏ và vừa trong lĩnh vực công\n"
    "nghệ số theo quy định của pháp luật.\n"
    "2. Bộ Ngoại giao\n"
    "Đồng chủ trì với Bộ Công Thương, phối hợp với các cơ quan liên quan hỗ trợ\n"
    "doanh nghiệp phần mềm tìm kiếm đối tác ở nước ngoài, cung cấp thông tin về\n"
    "thị trường, pháp luật và tập quán kinh doanh của nước sở tại, bảo hộ quyền\n"
    "lợi hợp pháp của doanh nghiệp Việt Nam ở nước ngoài.\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n\n"
    "THỦ TƯỚNG\n\nTrần Văn Minh\n"
)


def test_a_co_lead_under_a_heading_naming_the_lead_is_a_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    last = record.actions[-1]
    assert (last.lead_unit, last.coordinating_units) == ("Bộ Ngoại giao", ["Bộ Công Thương"])
    assert last.text.startswith("Đồng chủ trì với Bộ Công Thương, phối hợp")
