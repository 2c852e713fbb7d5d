"""Round 37e: a decision's transitional article whose intro speaks of work begun before the
decision takes effect ("Các dự án ... thực hiện trước ngày Quyết định này có hiệu lực thi hành
thực hiện như sau:") over items naming no body ("1. Đối với khối lượng công việc đã thực hiện
... thì tiếp tục thực hiện theo ...") states which rules apply to that work: no task. The task
given below it by name ("Giao Sở X chủ trì ...") stays."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 40/2026/QĐ-UBND

Yên Bái, ngày 02 tháng 6 năm 2026

QUYẾT ĐỊNH
Ban hành Quy định về nghiệm thu sản phẩm đo đạc bản đồ trên địa bàn tỉnh Yên Bái

ỦY BAN NHÂN DÂN TỈNH YÊN BÁI

Căn cứ Luật Đất đai số 31/2024/QH15;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định về nghiệm thu sản phẩm đo đạc bản đồ.
Điều 2. Điều khoản chuyển tiếp
Các dự án, công trình, nhiệm vụ sử dụng ngân sách nhà nước trong lĩnh vực đo đạc bản đồ \
thực hiện trước ngày Quyết định này có hiệu lực thi hành thực hiện như sau:
1. Đối với khối lượng công việc đã và đang thực hiện trước ngày Quyết định này có hiệu lực thi \
hành thì tiếp tục thực hiện theo dự án, thiết kế kỹ thuật - dự toán đã được phê duyệt. Trong \
trường hợp thiết kế kỹ thuật - dự toán chưa quy định cụ thể về nội dung nghiệm thu sản phẩm thì \
áp dụng theo Quyết định này.
2. Đối với khối lượng công việc chưa thực hiện thì thực hiện theo quy định của Quyết định này.
Điều 3. Giao Sở Nông nghiệp và Môi trường hướng dẫn thực hiện Quyết định này.
Điều 4. Quyết định này có hiệu lực kể từ ngày 15 tháng 6 năm 2026.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn G
"""


def test_rules_for_work_under_way_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(a.text[:30], a.lead_unit) for a in record.actions] == [
        ("Giao Sở Nông nghiệp và Môi trư", "Sở Nông nghiệp và Môi trường")
    ]
