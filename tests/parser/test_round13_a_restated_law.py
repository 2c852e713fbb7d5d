"""Round 13a: where a letter restates the law ("Khoản 1 Điều 12 Nghị định số ... quy định:
...", "(1). Theo quy định tại điểm b khoản 2 Điều 126 Luật ..., X có nghĩa vụ ..., cụ thể:"),
the items under it are the law's words, not tasks of their own; the tasks around it stay."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round13a_letters import department_letter, first_words

_LETTER = department_letter(
    "301/SXD-QLCL",
    "quản lý chất lượng và bảo trì công trình xây dựng",
    "Các chủ đầu tư dự án trên địa bàn tỉnh Hà Giang.",
    """Sở Xây dựng đề nghị một số nội dung cụ thể như sau:
1. Yêu cầu đối với các chủ đầu tư dự án.
1.1. Thực hiện đúng và đầy đủ các quy định của Luật Xây dựng năm 2014.
1.2. Về việc lưu trữ hồ sơ công trình:
Khoản 1 Điều 12 Nghị định số 06/2021/NĐ-CP quy định: Chủ đầu tư có trách nhiệm lưu trữ hồ sơ
hoàn thành công trình theo các yêu cầu sau:
- Hồ sơ được lưu trữ bằng bản giấy hoặc bản số;
- Thời hạn lưu trữ hồ sơ tối thiểu bằng tuổi thọ thiết kế của công trình.
1.3. Về việc bảo trì công trình
(1). Theo quy định tại điểm b khoản 2 Điều 126 Luật Xây dựng, chủ sở hữu công trình có nghĩa
vụ bảo trì công trình, cụ thể:
a) Lập và phê duyệt quy trình bảo trì công trình;
b) Lập kế hoạch bảo trì công trình hằng năm.
1.4. Báo cáo kết quả bảo trì công trình về Sở Xây dựng trước ngày 15 tháng 12 năm 2026.

""",
    "SỞ XÂY DỰNG",
)


def test_the_items_of_the_law_a_letter_restates_are_not_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert first_words(_LETTER, org, calendar) == ["Thực", "Báo"]
