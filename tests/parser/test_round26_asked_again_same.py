"""Round 26: a reply whose point asks a body after an opening clause ("Về việc ..., đề nghị
Thuế tỉnh X trao đổi với ...") and, in a later sentence, names the same body again after a
clause of its own ("Trên cơ sở ý kiến cơ quan có thẩm quyền, Thuế tỉnh X xử lý ..."): one
task of that body, not two. The parser cut it in two and dropped the sentence after."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_REPLY = """BỘ TÀI CHÍNH
CỤC THUẾ
Số: 1234/CT-CS
V/v hoàn thuế giá trị gia tăng
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2026

Kính gửi: Thuế tỉnh Thái Bình.

Cục Thuế nhận được công văn số 55/TB-QLDN của Thuế tỉnh Thái Bình về hoàn thuế. Về vấn đề này,
Cục Thuế có ý kiến như sau:

{point}

Cục Thuế trả lời để Thuế tỉnh Thái Bình được biết./.

Nơi nhận:
- Như trên;
- Lưu: VT, CS.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Nguyễn Văn C
"""

_POINT = (
    "Về việc góp vốn điều lệ của Công ty đã đủ hay chưa, đề nghị Thuế tỉnh Thái Bình trao đổi"
    " với cơ quan Nhà nước có thẩm quyền để xác định việc góp vốn. Trên cơ sở ý kiến cơ quan"
    " Nhà nước có thẩm quyền, Thuế tỉnh Thái Bình xử lý theo quy định. Ngoài ra, cần lưu ý"
    " pháp luật thuế theo từng thời kỳ."
)


def test_the_same_body_named_again_is_one_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_REPLY.format(point=_POINT), org, calendar).actions
    assert [(a.text, a.lead_unit) for a in actions] == [(_POINT.rstrip("."), "Thuế tỉnh Thái Bình")]
