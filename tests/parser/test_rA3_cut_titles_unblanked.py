"""Round rA3: a page that cuts its paragraphs' first lines short (a web page's text with the
first-line indent) reads the same when its source drops the blank lines, where

- its short first lines go on in lower case under items, and as many titles ("+ Nội dung kiểm
  tra") stand each over a paragraph whose own first line is cut ("Việc lập hồ sơ theo" / "dõi
  ..."): on a page with no blank lines such a title tells nothing of the layout, so the page
  is still one that cuts its first lines;
- a heading's last line ("Công tác tham mưu, chỉ đạo") stands over a paragraph's cut first line
  that opens in a capital ("Đề nghị Ủy ban Mặt trận Tổ quốc") and a full line that goes on
  with the name it cut ("Việt Nam tỉnh và ..."): the paragraph opens at the short line.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.blank_lines import opens_task_without_blanks

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ AN

Số: 140/KH-UBND

Hà An, ngày 14 tháng 4 năm 2026

KẾ HOẠCH
Phòng, chống tác hại của rượu, bia trên địa bàn tỉnh năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức của
người dân về tác hại của rượu, bia đối với sức khỏe, gia đình và trật tự xã hội.

2. Huy động sự tham gia của
các cơ quan, đoàn thể và cộng đồng dân cư vào công tác phòng, chống tác hại.

II. NỘI DUNG, NHIỆM VỤ

**1.
Công tác tham mưu, chỉ đạo**

Đề nghị Ủy ban Mặt trận Tổ quốc
Việt Nam tỉnh và các tổ chức thành viên, Thủ trưởng các sở, ban, ngành tỉnh và
Chủ tịch Ủy ban nhân dân các xã, phường quán triệt Kế hoạch này đến từng cán bộ.

**2. Công tác giám sát, kiểm tra**

a) Giám sát việc thực hiện
quy định về quảng cáo rượu, bia tại các cơ sở kinh doanh trên địa bàn tỉnh.

+ Nội dung kiểm tra

Việc lập hồ sơ theo
dõi các cơ sở kinh doanh rượu, bia của Ủy ban nhân dân cấp xã theo quy định.

b) Kiểm tra việc chấp hành
quy định về nồng độ cồn khi tham gia giao thông của người điều khiển phương tiện.

+ Nội dung đánh giá

Kết quả xử lý vi phạm
về nồng độ cồn của lực lượng chức năng trên từng tuyến đường của tỉnh.

c) Đánh giá kết quả thực
hiện Kế hoạch của các cơ quan, đơn vị và báo cáo Ủy ban nhân dân tỉnh.

+ Nội dung báo cáo

Số cơ sở được kiểm tra
và số vụ vi phạm bị xử lý trong từng quý của năm 2026 trên địa bàn tỉnh.

d) Tuyên truyền trên báo,
đài và mạng xã hội về tác hại của rượu, bia đối với sức khỏe người dân.

III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế chủ trì, phối
hợp với các sở, ngành tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày
15 tháng 12 năm 2026.

2. Công an tỉnh chỉ đạo
lực lượng cảnh sát giao thông tăng cường kiểm tra, xử lý vi phạm nồng độ cồn.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""


def test_the_cut_page_reads_the_same_without_blanks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (the request opens its own task, the heading above it no part of its text)
    opens_task_without_blanks(_PLAN, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", org, calendar)
