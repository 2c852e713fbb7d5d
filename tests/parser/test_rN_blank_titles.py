"""Round rN: a page without blank lines reads as with them where a converter still sets a bold
numbered title apart ("**2. Y tế**" over its paragraph): that one gap does not make the page
one that sets its paragraphs off, so the prose under the topics keeps its place."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.blank_lines import reading, same_without_blanks, without_blanks

# A plan whose development part runs over topics ("1. Nông nghiệp", "2. Y tế") each with its
# paragraph and its lettered work, then "3. Các ngành, lĩnh vực khác": no body is asked there;
# the bodies are asked in the last part, one numbered item a body.
_TOPICS = """**ỦY BAN NHÂN DÂN TỈNH HÀ NAM**

Số: 215/KH-UBND

Hà Nam, ngày 10 tháng 3 năm 2026

**KẾ HOẠCH**

**Phát triển kinh tế số giai đoạn 2026 - 2030 trên địa bàn tỉnh**

Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;

Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển kinh tế số như sau:

**I. PHÁT TRIỂN KINH TẾ SỐ THEO NGÀNH, LĨNH VỰC**

**1. Nông nghiệp**

Phát triển nông nghiệp số gắn với chuỗi giá trị nông sản chủ lực của tỉnh.

Các nhiệm vụ trọng tâm bao gồm:

a) Xây dựng nền tảng truy xuất nguồn gốc nông sản của tỉnh.

b) Hỗ trợ hợp tác xã đưa sản phẩm lên sàn thương mại điện tử.

**2. Y tế**

Phát triển y tế số gắn kết các cơ sở khám, chữa bệnh từ tỉnh tới cấp xã.

Các nhiệm vụ trọng tâm bao gồm:

a) Triển khai bệnh án điện tử tại các bệnh viện công lập.

b) Tổ chức đào tạo chuyên ngành y tế số tại các cơ sở đào tạo.

Gắn việc đào tạo lý thuyết với thực hành trên các nền tảng số.

**3. Các ngành, lĩnh vực khác**

Đối với các ngành tài chính, ngân hàng, xây dựng và các ngành khác: tập trung phát triển
kinh tế số trong từng ngành. Các nhiệm vụ trọng tâm bao gồm:

a) Xây dựng kế hoạch chuyển đổi số của từng ngành, lĩnh vực.

b) Đào tạo kỹ năng số cho người lao động trong ngành, lĩnh vực.

**II. TỔ CHỨC THỰC HIỆN**

**1. Sở Khoa học và Công nghệ**

Chủ trì tổ chức triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày
15/12/2026.

**2. Sở Tài chính**

Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch.

**3.** Khuyến khích Hội Doanh nhân trẻ tỉnh tham gia tuyên truyền, phổ biến Kế hoạch.

Hiệp hội doanh nghiệp tỉnh chủ động phổ biến Kế hoạch tới hội viên; tham gia phản biện
chính sách phát triển kinh tế số.

**4. Các doanh nghiệp công nghệ số**

a) Các doanh nghiệp viễn thông ưu tiên bố trí nguồn lực nâng cấp hạ tầng số trên địa bàn.

b) Các doanh nghiệp công nghệ số chủ động tham gia triển khai Kế hoạch.

Ưu tiên đầu tư nguồn lực bảo đảm an toàn thông tin cho các nền tảng số.

**5.** Các doanh nghiệp nhà nước, tổng công ty đi đầu, dẫn dắt sự chuyển đổi số của
ngành, lĩnh vực.

**6.** Các cơ sở đào tạo đại học mở thêm chuyên ngành đào tạo về kinh tế số, xã hội số
trong lĩnh vực của mình.

**TM. ỦY BAN NHÂN DÂN**

**CHỦ TỊCH**

**Trần Văn Bình**
"""


def test_topics_set_apart_by_bold_titles_read_the_same_without_blank_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    same_without_blanks(_TOPICS, org, calendar)


def test_the_page_without_blank_lines_keeps_its_last_numbered_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    plain = without_blanks(_TOPICS)
    texts = [task["text"] for task in reading(plain, org, calendar)["actions"]]
    assert any(text.startswith("Các doanh nghiệp nhà nước") for text in texts)
    assert any(text.startswith("Các cơ sở đào tạo đại học") for text in texts)
