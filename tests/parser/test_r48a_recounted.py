"""Round 48a: a report that appraises a draft recounts, in its background, a request made before
("..., do đó Sở Tư pháp đã liên hệ ... để yêu cầu cơ quan soạn thảo bổ sung hồ sơ ..."): the
drafting body asked by its role there is no task (181/02); its later requests are."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """UBND TỈNH AN GIANG
SỞ TƯ PHÁP
Số: 41/BC-STP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 08 tháng 7 năm 2026

BÁO CÁO
Thẩm định dự thảo Nghị quyết quy định mức chi hỗ trợ công tác hòa giải ở cơ sở

Ngày 01/7/2026, Sở Tư pháp nhận được Công văn số 17/STC-NS ngày 30/6/2026 của Sở Tài chính \
đề nghị thẩm định dự thảo Nghị quyết. Tuy nhiên, hồ sơ chưa đầy đủ, do đó Sở Tư pháp đã liên \
hệ trực tiếp để yêu cầu cơ quan soạn thảo bổ sung hồ sơ thẩm định, đến ngày 03/7/2026 đã nhận \
được đầy đủ hồ sơ.
Sở Tư pháp có ý kiến thẩm định như sau:
1. Về nội dung
a) Đề nghị cơ quan soạn thảo bỏ khoản 3 Điều 2 dự thảo Nghị quyết.
Trên đây là Báo cáo thẩm định của Sở Tư pháp./.
Nơi nhận:
- Sở Tài chính;
- Lưu: VT.
GIÁM ĐỐC
Trần Văn An
"""


def test_a_request_recounted_in_the_background_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [(a.lead_unit, a.text) for a in actions] == [
        ("cơ quan soạn thảo", "Đề nghị cơ quan soạn thảo bỏ khoản 3 Điều 2 dự thảo Nghị quyết"),
    ]
