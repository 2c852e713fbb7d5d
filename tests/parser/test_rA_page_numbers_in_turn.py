"""Round rA: a PDF that draws each page's number first on the page sets it alone on a line
where the page breaks, in turn ("2", "3", "4"); one that breaks a citation between its date and
its issuer ("... số 2045/QĐ-BYT ngày 18/7/2024" / "3" / "của Bộ Y tế ban hành ...") leaves the
citation whole: the issuer read after the page's number."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ BÌNH AN
Số: 210/KH-UBND
Bình An, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Giám sát công tác dân số năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng công tác giám sát hoạt động dân số trên địa bàn thành phố trong
năm 2026, bảo đảm đúng quy định của pháp luật và các văn bản hướng dẫn của cấp trên
về công tác dân số và phát triển, kịp thời phát hiện và xử lý những khó khăn.
2
II. NỘI DUNG
- Tổ chức giám sát cộng tác viên dân số về công tác tuyên truyền, tư vấn và cung
cấp biện pháp tránh thai tại cộng đồng theo Quyết định số 2045/QĐ-BYT ngày 18/7/2024
3
của Bộ Y tế ban hành Phiếu giám sát cộng tác viên dân số tại cộng đồng.
- Lồng ghép kế hoạch giám sát các hoạt động dân số trong công tác đánh giá chuẩn
quốc gia về y tế xã trong năm 2026 trên địa bàn các phường, xã của thành phố.
4
III. TỔ CHỨC THỰC HIỆN
Phòng Y tế chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện
kế hoạch này, định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân thành phố.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH

Nguyễn Văn An
"""


def test_a_page_number_in_turn_does_not_cut_a_citation(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    references = parse_text(_PLAN, org, calendar).references
    cited = next(r for r in references if r.number == "2045/QĐ-BYT")
    assert cited.issuer == "Bộ Y tế"
