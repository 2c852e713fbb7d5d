"""Round 21d: a decision's article gives a body a task under a heading that names it, and a
"Thời hạn ..." line closes the item ("1. Sở X chủ trì, phối hợp Y: / <task> / Thời hạn chậm
nhất 05 ngày làm việc kể từ ngày ban hành Quyết định"): the line stays in the task's text, which
runs to the item's end, and dates it; it is no task of its own (round 20 read it as a second
task of the heading's body, undated and with the time as its text)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 1902/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 17 tháng 11 năm 2025
QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính lĩnh vực thư viện
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này danh mục 04 thủ tục hành chính lĩnh vực thư viện.
Điều 2. Giao các cơ quan, đơn vị:
1. Sở Văn hóa, Thể thao và Du lịch
chủ trì, phối hợp Văn phòng UBND tỉnh:
Xây dựng quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính theo nội dung
công bố tại Quyết định này.
Thời hạn chậm nhất 05 ngày làm việc
kể từ ngày ban hành Quyết định
2. UBND các xã, phường niêm yết công khai nội dung thủ tục hành chính tại Điểm tiếp nhận và
trả kết quả.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Văn
hóa, Thể thao và Du lịch chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Văn Hùng
"""


def test_the_time_line_that_closes_the_item_dates_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    first = actions[0]
    assert first.text == (
        "Xây dựng quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính theo nội dung"
        " công bố tại Quyết định này. Thời hạn chậm nhất 05 ngày làm việc kể từ ngày ban hành"
        " Quyết định"
    )
    assert (first.lead_unit, str(first.deadline), first.deadline_kind.value) == (
        "Sở Văn hóa, Thể thao và Du lịch",
        "2025-11-24",
        "within_working_days",
    )
    assert [a.lead_unit for a in actions[1:]] == ["UBND các xã, phường"]
