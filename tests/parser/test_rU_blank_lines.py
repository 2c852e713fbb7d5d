"""Round rU: a page without blank lines reads as with them where

- an article headed by a body alone ("Điều 12. Sở Tài chính") stands over its task ("Chủ trì,
  phối hợp ..."): the heading ends with its line;
- a paragraph under a numbered clause gives the clause's own body more of its work after its
  grounds ("Căn cứ ..., Ủy ban nhân dân tỉnh có trách nhiệm ..."): more of the clause's task;
- a "-" item's wrap ends a full line on its ";" and goes on in a capital ("... của Chính
  phủ;" / "Thường xuyên rà soát ..."): more of the item;
- a ground ("Căn cứ ...") under a line mostly in capitals (a council's session line, its note in
  brackets): a paragraph of its own;
- on a page that cuts its paragraphs' first lines short (a web page's text), a paragraph's
  full line ends a sentence and the next line runs to the page's width: a paragraph opens on
  a short line there, so the next line is more of the same paragraph.
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.blank_lines import reading, same_without_blanks, without_blanks

# A decision issuing a regulation in chapters; its last chapter gives each body its article,
# headed by the body's name alone, the title wrapped in bold over two lines.
_REGULATION = """**ỦY BAN NHÂN DÂN TỈNH YÊN BÁI**

Số: 31/2026/QĐ-UBND

Yên Bái, ngày 12 tháng 2 năm 2026

**QUYẾT ĐỊNH**

**Ban hành Quy chế quản lý, vận hành Cổng dữ liệu mở của tỉnh**

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**

Căn cứ Luật Dữ liệu số 60/2024/QH15;

Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành Cổng dữ liệu mở.

**Điều 2.** Quyết định này có hiệu lực từ ngày 01 tháng 3 năm 2026.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu
trách nhiệm thi hành Quyết định này./.

**CHỦ TỊCH**

**Lê Minh Tâm**

**QUY CHẾ**

**Quản lý, vận hành Cổng dữ liệu mở của tỉnh**

**Chương I**

**QUY ĐỊNH CHUNG**

**Điều 1. Phạm vi điều chỉnh**

Quy chế này quy định việc quản lý, vận hành Cổng dữ liệu mở của tỉnh.

**Điều 2. Đối tượng áp dụng**

Quy chế này áp dụng đối với các cơ quan nhà nước trên địa bàn tỉnh.

**Chương II**

**TỔ CHỨC THỰC HIỆN**

**Điều 3. Sở Khoa học và Công nghệ**

1. Chủ trì vận hành Cổng dữ liệu mở của tỉnh, bảo đảm hoạt động thông suốt, an toàn
và liên tục.

2. Hướng dẫn các cơ quan, đơn vị cập nhật dữ liệu mở lên Cổng theo quy định.

**Điều 4. Sở
Tài chính**

Chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu Ủy ban nhân dân tỉnh bố trí kinh
phí duy trì, nâng cấp Cổng dữ liệu mở hằng năm.

**Điều 5. Sở
Nội vụ**

Hướng dẫn các cơ quan, đơn vị lưu trữ dữ liệu của Cổng dữ liệu mở theo quy định của pháp
luật về lưu trữ.
"""

# A council resolution whose article on carrying it out asks the province's committee in its
# first clause, then says, after the grounds, what the same committee must do more.
_RESOLUTION = """**HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG**

Số: 14/2026/NQ-HĐND

Tuyên Quang, ngày 20 tháng 3 năm 2026

**NGHỊ QUYẾT**

**Quy định mức hỗ trợ trồng rừng sản xuất trên địa bàn tỉnh**

**HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG**

Căn cứ Luật Lâm nghiệp số 16/2017/QH14;

Xét Tờ trình số 52/TTr-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh.

**QUYẾT NGHỊ:**

**Điều 1. Mức hỗ trợ**

Hỗ trợ trồng rừng sản xuất 10 triệu đồng/ha.

**Điều 2. Tổ chức thực hiện**

1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết, báo cáo Hội đồng
nhân dân tỉnh kết quả thực hiện theo quy định.

Căn cứ kế hoạch trồng rừng hằng năm của các huyện, Ủy ban nhân dân tỉnh có trách nhiệm
phân bổ kinh phí hỗ trợ kịp thời, không để chậm trễ trong việc giải ngân cho người trồng
rừng.

2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh và các đại
biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.

**Điều 3. Hiệu lực thi hành**

Nghị quyết này có hiệu lực từ ngày 01 tháng 4 năm 2026.

**CHỦ TỊCH**

**Phạm Văn Hòa**
"""


# A department's letter to firms: its items' "-" points wrap at the page's width, one of them
# going on after its ";" in a capital.
_DASHES = """**SỞ CÔNG THƯƠNG TỈNH HÀ TĨNH**

Số: 418/SCT-QLTM

V/v lưu ý các doanh nghiệp kinh doanh xăng dầu

Hà Tĩnh, ngày 16 tháng 4 năm 2026

Kính gửi: Các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh.

Để bảo đảm nguồn cung xăng dầu trên địa bàn tỉnh, Sở Công Thương đề nghị các doanh
nghiệp kinh doanh xăng dầu thực hiện tốt các nội dung sau:

1. Những lưu ý về hệ thống phân phối, bán lẻ xăng dầu tại các cửa hàng của doanh
nghiệp trên địa bàn tỉnh:

- Niêm yết công khai giá bán lẻ xăng dầu tại từng cột bơm của cửa hàng theo đúng
quy định tại Điều 38 Nghị định số 83/2014/NĐ-CP của Chính phủ về kinh doanh xăng dầu;
Thường xuyên kiểm tra, bảo dưỡng cột đo xăng dầu, bảo đảm đo lường chính xác khi
bán hàng cho người tiêu dùng theo quy định của pháp luật về đo lường hiện hành.

2. Những lưu ý về chế độ báo cáo tình hình kinh doanh xăng dầu của doanh nghiệp
trên địa bàn tỉnh:

- Gửi báo cáo tình hình kinh doanh xăng dầu hằng tháng về Sở Công Thương trước ngày
05 của tháng sau để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định hiện hành.

- Báo cáo kịp thời về Sở Công Thương khi có nguy cơ gián đoạn nguồn cung xăng dầu
tại các cửa hàng bán lẻ xăng dầu của doanh nghiệp trên địa bàn tỉnh Hà Tĩnh.

Trân trọng./.

**GIÁM ĐỐC**

**Nguyễn Văn Hải**
"""

# A plan as a web page gives it: each paragraph's first line cut short after a few words.
_CUT = """**ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN**

Số: 96/KH-UBND

Phú Yên, ngày 18 tháng 5 năm 2026

**KẾ HOẠCH**

**Thực hiện công tác chăm sóc sức khỏe người cao tuổi năm 2026**

**I. MỤC ĐÍCH, YÊU CẦU**

1. Nâng cao nhận thức của
các cấp, các ngành và Nhân dân về chăm sóc sức khỏe người cao tuổi trên địa bàn tỉnh.

2. Bảo đảm người cao tuổi
được quản lý, theo dõi sức khỏe định kỳ tại trạm y tế xã, phường trên địa bàn tỉnh.

**II. NHIỆM VỤ**

1. Tổ chức khám sức khỏe
định kỳ cho người cao tuổi tại trạm y tế xã, phường ít nhất một lần trong năm 2026.

2. Lập hồ sơ theo dõi sức
khỏe điện tử cho người cao tuổi, cập nhật kết quả khám vào hồ sơ sau mỗi lần khám.

3. Tuyên truyền, vận động
người cao tuổi tham gia luyện tập thể dục, thể thao, giữ gìn sức khỏe tại cộng đồng.

**III. TỔ CHỨC THỰC HIỆN**

**1. Sở Y tế**

Chủ trì, phối hợp với
các sở, ngành liên quan triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh.

**2. Đề nghị Hội Người cao
tuổi tỉnh**

Phối hợp với các ngành,
các cấp tuyên truyền, vận động hội viên tham gia khám sức khỏe định kỳ, giữ gìn sức
khỏe, phòng bệnh từ sớm tại cộng đồng dân cư của tỉnh theo Kế hoạch của tỉnh đề ra.
Tham gia giám sát việc thực hiện chính sách chăm sóc sức khỏe người cao tuổi tại các
địa phương; phản ánh kịp thời với chính quyền những khó khăn trong thực hiện.

**TM. ỦY BAN NHÂN DÂN**

**CHỦ TỊCH**

**Trần Hữu Thế**
"""


# A council resolution whose session line, in capitals with its note in brackets, stands over
# the grounds: the grounds open their own paragraph.
_SESSION = """HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 41/NQ-HĐND | Hòa Bình, ngày 18 tháng 12 năm 2025

NGHỊ QUYẾT

THÔNG QUA DANH MỤC CÔNG TRÌNH THỦY LỢI CẦN BẢO VỆ TRÊN ĐỊA BÀN TỈNH HÒA BÌNH NĂM 2026

HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH KHÓA XVII, KỲ HỌP THỨ 5 (Kỳ họp bất thường)

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Căn cứ Luật Thủy lợi số 08/2017/QH14;

Xét Tờ trình số 210/TTr-UBND ngày 05 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh.

QUYẾT NGHỊ:

Điều 1. Thông qua Danh mục công trình thủy lợi cần bảo vệ trên địa bàn tỉnh năm 2026.

Điều 2. Tổ chức thực hiện

1. Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.

2. Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.

Nghị quyết này đã được Hội đồng nhân dân tỉnh Hòa Bình khóa XVII, Kỳ họp thứ 5 thông qua.

CHỦ TỊCH

Bùi Văn Khánh
"""


@pytest.mark.parametrize(
    "text",
    [_REGULATION, _RESOLUTION, _DASHES, _CUT, _SESSION],
    ids=["articles", "grounds", "dash", "cut", "session"],
)
def test_the_letters_read_the_same_without_blank_lines(
    text: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    same_without_blanks(text, org, calendar)


def test_an_article_headed_by_a_body_gives_it_its_task_without_blank_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    tasks = reading(without_blanks(_REGULATION), org, calendar)["actions"]
    funds = [task for task in tasks if task["text"].startswith("Chủ trì, phối hợp với Sở Khoa")]
    assert [task["lead_unit"] for task in funds] == ["Sở Tài chính"]
    assert any(task["lead_unit"] == "Sở Nội vụ" for task in tasks)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (_RESOLUTION, "Căn cứ kế hoạch trồng rừng"),
        (_DASHES, "Thường xuyên kiểm tra, bảo dưỡng"),
        (_CUT, "Tham gia giám sát việc thực hiện"),
    ],
    ids=["grounds", "dash", "cut"],
)
def test_the_paragraph_stays_in_the_task_above_without_blank_lines(
    text: str, opening: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    tasks = reading(without_blanks(text), org, calendar)["actions"]
    assert not any(task["text"].startswith(opening) for task in tasks)
    assert any(opening in task["text"] for task in tasks)
