"""Round rU: a page without blank lines reads as with them where an article headed by a body
alone ("Điều 12. Sở Tài chính") stands over its task ("Chủ trì, phối hợp ..."), and where a
paragraph under a numbered clause gives the clause's own body more of its work after its
grounds ("Căn cứ ..., Ủy ban nhân dân tỉnh có trách nhiệm ...")."""

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


@pytest.mark.parametrize("text", [_REGULATION, _RESOLUTION], ids=["body-articles", "grounds"])
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


def test_the_grounds_under_a_clause_stay_in_its_task_without_blank_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    tasks = reading(without_blanks(_RESOLUTION), org, calendar)["actions"]
    assert not any(task["text"].startswith("Căn cứ kế hoạch") for task in tasks)
    assert any("phân bổ kinh phí hỗ trợ kịp thời" in task["text"] for task in tasks)
