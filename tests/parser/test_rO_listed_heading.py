"""A numbered heading that only names bodies set apart by ";" ("3.2. Sở X; Sở Y; Sở Z các
tỉnh, thành phố trực thuộc" / "Trung ương"), wrapped by the page, with no colon: the line under
it opens the paragraph of their task, not more of the heading (batch-232/05's family)."""

from __future__ import annotations

import textwrap

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

HEAD = (
    "BỘ Y TẾ\nSố: 415/QĐ-BYT\nHà Nội, ngày 12 tháng 02 năm 2026\n"
    "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH RÀ SOÁT QUY TRÌNH KHÁM BỆNH NĂM 2026\nBỘ TRƯỞNG BỘ Y TẾ\n"
    "Căn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ;\n"
    "Theo đề nghị của Cục trưởng Cục Quản lý Khám, chữa bệnh.\nQUYẾT ĐỊNH:\n"
)


def _page(*paragraphs: str) -> str:
    """The paragraphs as a PDF gives them: cut at a fixed width, no blank line between."""
    return "".join(textwrap.fill(p, width=84) + "\n" for p in paragraphs)


TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG\n\nLê Văn Hải\n"


def test_a_wrapped_heading_of_bodies_listed_by_semicolons_heads_its_paragraph(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch rà soát quy trình khám bệnh năm 2026.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "Điều 3. Cục trưởng Cục Quản lý Khám, chữa bệnh, Giám đốc các Sở Y tế chịu trách nhiệm thi"
        " hành Quyết định này./.\n" + TAIL + "KẾ HOẠCH\n"
        "RÀ SOÁT QUY TRÌNH KHÁM BỆNH NĂM 2026\n"
        "(Kèm theo Quyết định số 415/QĐ-BYT ngày 12 tháng 02 năm 2026 của Bộ trưởng Bộ Y tế)\n"
        + _page(
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Kịp thời phát hiện những quy trình khám bệnh còn rườm rà, gây phiền hà cho người"
            " bệnh và nhân dân để kiến nghị sửa đổi, bổ sung hoặc bãi bỏ cho phù hợp với thực"
            " tiễn hiện nay.",
            "- Việc rà soát được thực hiện đúng quy định, bảo đảm sự phối hợp chặt chẽ giữa các"
            " cơ quan, đơn vị trong quá trình thực hiện, không làm gián đoạn hoạt động khám bệnh"
            " tại các cơ sở.",
            "II. NỘI DUNG, BIỆN PHÁP THỰC HIỆN",
            "1. Rà soát quy trình khám bệnh tại các cơ sở khám bệnh, chữa bệnh công lập trên"
            " phạm vi cả nước",
            "1.1. Các bệnh viện trực thuộc Bộ",
            "- Rà soát quy trình tiếp đón người bệnh tại khoa khám bệnh của đơn vị mình theo"
            " hướng dẫn mới của Bộ, bảo đảm người bệnh được tiếp đón nhanh chóng, thuận tiện và"
            " đúng quy định hiện hành.",
            "1.2. Sở Nông nghiệp và Môi trường; Sở Khoa học và Công nghệ; Sở Du lịch các tỉnh,"
            " thành phố trực thuộc Trung ương",
            "Rà soát quy trình khám bệnh tại các cơ sở y tế công lập trên địa bàn theo quy định"
            " của pháp luật và báo cáo kết quả về Bộ Y tế (qua Cục Quản lý Khám, chữa bệnh) để"
            " tổng hợp chung.",
        )
    )
    record = parse_text(HEAD + body, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions][-1] == (
        "Sở Nông nghiệp và Môi trường",
        "Rà soát quy trình khám bệnh tại các cơ sở y tế công lập trên địa bàn theo quy định"
        " của pháp luật và báo cáo kết quả về Bộ Y tế (qua Cục Quản lý Khám, chữa bệnh) để"
        " tổng hợp chung",
    )
