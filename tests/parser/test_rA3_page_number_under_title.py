"""Round rA3: a PDF's text keeps each page's number on a line of its own, and one page broke
between a section's title and its paragraph ("3. Sở Khoa học và Công nghệ" / "3" / "Phối hợp
với Sở Giáo dục ..."): the number parts the two as the blank line under it did, so the
paragraph is the body's own task with or without the blank lines (so under a label that ends
on its colon) (a table's row numbers, a few
lines apart, are no page's).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.blank_lines import opens_task_without_blanks, without_blanks

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN

Số: 205/KH-UBND

Bình An, ngày 21 tháng 8 năm 2026

KẾ HOẠCH
Triển khai học bạ số trong các trường phổ thông năm học 2026 - 2027

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Triển khai học bạ số đồng bộ trong các trường phổ thông trên địa bàn tỉnh,
bảo đảm kết nối, chia sẻ dữ liệu với cơ sở dữ liệu ngành giáo dục và giảm giấy
tờ cho học sinh, cha mẹ học sinh khi chuyển trường, xét tuyển.

2. Yêu cầu

Việc triển khai bảo đảm đúng quy định về hồ sơ quản lý hoạt động giáo dục,
an toàn thông tin và bảo vệ dữ liệu cá nhân của học sinh; phân công rõ trách
nhiệm của từng cơ quan, đơn vị và có lộ trình cụ thể cho từng cấp học.

II. NỘI DUNG THỰC HIỆN

1. Hoàn thiện hạ tầng và phần mềm

Rà soát hạ tầng mạng, thiết bị và phần mềm quản lý nhà trường tại các cơ sở
giáo dục, bổ sung chữ ký số cho hiệu trưởng và giáo viên chủ nhiệm theo quy
định, bảo đảm vận hành ổn định trước ngày khai giảng năm học mới.
2

2. Tập huấn cho cán bộ quản lý, giáo viên

Tổ chức tập huấn việc lập, ký, lưu trữ học bạ số cho cán bộ quản lý, giáo
viên chủ nhiệm và nhân viên văn thư của các trường trong tháng 9 năm 2026;
biên soạn tài liệu hướng dẫn sử dụng phù hợp với từng cấp học.

3. Lộ trình triển khai

3.1. Năm học 2026 - 2027 triển khai thí điểm tại các trường trung học phổ
thông và trung học cơ sở ở khu vực đô thị, tổng kết trước ngày 30 tháng 6 năm
2027 để đánh giá, rút kinh nghiệm trước khi nhân rộng trên toàn tỉnh.

3.2. Lộ trình mở rộng học bạ số

Các trường trung học phổ thông còn lại hoàn thành việc chuyển đổi sang học bạ
số trước ngày 31 tháng 12 năm 2027, báo cáo kết quả về Sở Giáo dục và Đào tạo
để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.

III. TỔ CHỨC THỰC HIỆN

1. Sở Giáo dục và Đào tạo chủ trì hướng dẫn, kiểm tra việc triển khai Kế hoạch;
tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 7 năm 2027.

2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của
pháp luật về ngân sách nhà nước.

3. Sở Khoa học và Công nghệ
3

Phối hợp với Sở Giáo dục và Đào tạo bảo đảm kết nối học bạ số với nền tảng
dữ liệu dùng chung của tỉnh và an toàn thông tin của hệ thống.

4. Ủy ban nhân dân các xã, phường chỉ đạo các trường trung học cơ sở trên địa
bàn phối hợp triển khai học bạ số theo lộ trình của Kế hoạch này.

5. Trung tâm Phục vụ hành chính công tỉnh hướng dẫn việc sử dụng học bạ số
trong giải quyết thủ tục hành chính liên quan đến học sinh.

6. Đề nghị Tỉnh đoàn phối hợp tuyên truyền về lợi ích của học bạ số đến học
sinh và cha mẹ học sinh trên các nền tảng mạng xã hội của tỉnh.

7. Báo Bình An, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục giới thiệu
việc triển khai học bạ số, phản ánh kịp thời những cách làm hay của các trường.

8. Các trường phổ thông công khai kế hoạch triển khai học bạ số trên trang
thông tin điện tử của trường và thông báo đến cha mẹ học sinh.

9. Công an tỉnh hướng dẫn việc bảo vệ dữ liệu cá nhân của học sinh trong quá
trình lập, lưu trữ và khai thác học bạ số theo quy định.

10. Chế độ báo cáo:
4

Hằng quý, các trường phổ thông có trách nhiệm tổng hợp kết quả triển khai học
bạ số, báo cáo Sở Giáo dục và Đào tạo trước ngày 20 của tháng cuối quý.

Nơi nhận:
- Bộ Giáo dục và Đào tạo;
- Các sở, ngành tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Thị Hạnh
"""


def test_a_page_number_under_a_title_parts_it_from_its_paragraph(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (the body over the page's number leads it, as with the blank line)
    opens_task_without_blanks(_PLAN, "Phối hợp với Sở Giáo dục và Đào tạo bảo đảm", org, calendar)
    led = {a.lead_unit for a in parse_text(without_blanks(_PLAN), org, calendar).actions}
    assert "Sở Khoa học và Công nghệ" in led
    # (so under a label on its colon, "10. Chế độ báo cáo:" / "4" / "Hằng quý, ...")
    opens_task_without_blanks(_PLAN, "Hằng quý, các trường phổ thông có trách nhiệm", org, calendar)
