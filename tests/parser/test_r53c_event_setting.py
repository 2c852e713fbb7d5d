"""Round 53c (batch 211/02): a plan's section that sets out the event it holds, titled by its
settings ("II. ĐƠN VỊ TỔ CHỨC - THỜI GIAN - ĐỊA ĐIỂM"), says who holds it, when, where, for
whom and by what rules: no body is told to do anything there. Its organiser's labels
("- Đơn vị chủ trì: Sở X") make no task of "1. Đơn vị tổ chức", its rules' intros ("Bài dự thi
hợp lệ cần đáp ứng các yêu cầu sau:") no tasks of their items, and the contest's period
("từ ngày 10/11/2025 đến ngày 28/11/2025") no deadline of the tasks the plan gives in its
"Tổ chức thực hiện" part. A note between two of its items ("a) ..." / "- ..." / "Lưu ý: ..." /
"b) ...") stays inside the section rather than closing it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """UỶ BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
SỞ VĂN HÓA VÀ THỂ THAO
Số: 210/KH-SVHTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 03 tháng 11 năm 2025
KẾ HOẠCH
Tổ chức Cuộc thi ảnh “Quê hương trong mắt em”
I. MỤC ĐÍCH, YÊU CẦU
- Khơi dậy niềm tự hào về quê hương trong thanh thiếu niên.
II. ĐƠN VỊ TỔ CHỨC - THỜI GIAN - ĐỊA ĐIỂM
1. Đơn vị tổ chức
- Đơn vị chủ trì: Sở Văn hóa và Thể thao.
- Đơn vị phối hợp: Tỉnh đoàn Bình Định.
2. Thời gian - Địa điểm
- Từ ngày 10 tháng 11 năm 2025 đến ngày 28 tháng 11 năm 2025.
3. Thể lệ cuộc thi
a) Đối tượng tham gia
- Học sinh các trường trung học trên địa bàn tỉnh.
Lưu ý: Thành viên Ban tổ chức không được dự thi.
b) Cơ cấu giải thưởng
- Tiêu chí chấm giải: Dành cho 05 bài có nhiều lượt tương tác nhất trong
suốt cuộc thi từ ngày 10/11/2025 đến ngày 28/11/2025. Thời gian cụ thể như sau:
- Tổng số giải thưởng: 05 giải.
c) Điều kiện bài thi hợp lệ
Bài dự thi hợp lệ cần đáp ứng đủ các yêu cầu sau:
- Thực hiện đầy đủ các bước của cuộc thi.
- Đăng tải ảnh ở chế độ công khai.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý văn hóa
- Chủ trì tổ chức Cuộc thi, tổng hợp kết quả trình Giám đốc Sở.
2. Tỉnh đoàn Bình Định
- Phối hợp tuyên truyền Cuộc thi đến đoàn viên, thanh niên.
""" + signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Văn Hòa")


def test_the_events_setting_gives_no_tasks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.text[:20] for a in actions] == ["Chủ trì tổ chức Cuộc", "Phối hợp tuyên truyề"]
    assert all(a.deadline is None for a in actions)
