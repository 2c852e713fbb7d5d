"""Round 24a: a provincial decision that publishes administrative procedures ("Công bố Danh
mục thủ tục hành chính ...") lays its tasks in articles: "Điều 2. Sở X có trách nhiệm ... ."
with its own dated sentence ("Hoàn thành trước ngày ...") on a line of its own, and "Điều 3.
Sở Y có trách nhiệm thực hiện các nhiệm vụ dưới đây ...:" over numbered items, Sở Y's tasks;
the annex is the catalogue it publishes, a flattened table whose "Địa điểm thực hiện" cells
name a body, and gives no task. The parser lost the items of Điều 3 (the body after the
article's label was no subject), gave Điều 2's date to every undated task, and read each
catalogue row's "- Trung tâm Phục vụ hành chính công ..." as a task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind

_DECISION = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Số: 812/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 10 tháng 3 năm 2026

QUYẾT ĐỊNH
Công bố danh mục thủ tục hành chính lĩnh vực đo lường

QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực đo lường.
Điều 2. Sở Khoa học và Công nghệ có trách nhiệm xây dựng quy trình nội bộ giải quyết các
thủ tục hành chính được công bố tại Quyết định này.
Hoàn thành trước ngày 20/3/2026.
Điều 3. Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm thực hiện các nhiệm vụ dưới đây và
thông báo cho các đơn vị liên quan:
1. Cập nhật danh mục thủ tục hành chính lên Cổng dịch vụ công chậm nhất sau 05 ngày làm
việc, kể từ ngày quyết định công bố được UBND tỉnh ký ban hành.
2. Gỡ bỏ các thủ tục hành chính bị bãi bỏ khỏi Cổng dịch vụ công sau khi giải quyết xong
các hồ sơ chuyển tiếp.
Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Khoa học và Công nghệ và các tổ
chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 5;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A

PHỤ LỤC
DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐO LƯỜNG
(Kèm theo Quyết định số 812/QĐ-UBND ngày 10 tháng 3 năm 2026 của Chủ tịch UBND tỉnh Hà Tĩnh)

STT

Tên thủ tục hành chính

Thời hạn giải quyết

Địa điểm thực hiện

1

Chứng nhận chuẩn đo lường

07 ngày làm việc

- Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh;
- Nộp hồ sơ trực tuyến theo địa chỉ: dichvucong.gov.vn
"""


def test_the_articles_give_the_tasks_and_the_catalogue_none(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [(a.lead_unit, a.text[:20]) for a in actions] == [
        ("Sở Khoa học và Công nghệ", "Sở Khoa học và Công "),
        ("Văn phòng Ủy ban nhân dân tỉnh", "Cập nhật danh mục th"),
        ("Văn phòng Ủy ban nhân dân tỉnh", "Gỡ bỏ các thủ tục hà"),
    ]
    assert actions[0].text.endswith("tại Quyết định này. Hoàn thành trước ngày 20/3/2026")
    assert actions[0].deadline_kind is DeadlineKind.BEFORE
    assert actions[1].deadline_kind is DeadlineKind.WITHIN_WORKING_DAYS
    assert actions[1].deadline_text == (
        "chậm nhất sau 05 ngày làm việc, kể từ ngày quyết định công bố được UBND tỉnh ký ban hành"
    )
    assert actions[2].deadline_kind is DeadlineKind.NONE
