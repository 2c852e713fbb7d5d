"""Round 23b: a decision that delegates a power lists, under "Điều 3. Trách nhiệm của Giám đốc
Sở X", the delegate's accountability and prohibitions ("1. Chịu trách nhiệm trước Ủy ban nhân
dân thành phố ... đối với nội dung được ủy quyền; không được ủy quyền tiếp ...", a misprinted
"Chịu trách trước ..." too) beside its side duties ("2. Bố trí nhân lực ..."): only the side
duties are tasks. The parser read the accountability as a task of the delegate."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
Số: 55/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 03 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc ủy quyền giải quyết thủ tục hành chính lĩnh vực nông nghiệp

QUYẾT ĐỊNH:

Điều 1. Ủy quyền cho Giám đốc Sở Nông nghiệp và Môi trường giải quyết một số thủ tục hành
chính thuộc thẩm quyền của Ủy ban nhân dân thành phố.

Điều 2. Thời hạn ủy quyền: Kể từ ngày ký đến hết ngày 28 tháng 02 năm 2027.

Điều 3. Trách nhiệm của Giám đốc Sở Nông nghiệp và Môi trường

1. Chịu trách nhiệm trước Ủy ban nhân dân thành phố, cơ quan có thẩm quyền đối với nội dung
được ủy quyền; không được ủy quyền tiếp nhiệm vụ, quyền hạn mà mình được ủy quyền.

2. Chịu trách trước pháp luật về việc thực hiện các nội dung được ủy quyền;

3. Bố trí nhân lực và điều kiện cần thiết để thực hiện các nội dung được ủy quyền.

Điều 4. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn B
"""


def test_the_delegates_accountability_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [a.text[:40] for a in actions] == ["Bố trí nhân lực và điều kiện cần thiết đ"]
