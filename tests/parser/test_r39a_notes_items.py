"""Round 39a: under a "Lưu ý" title ("2. Những lưu ý đối với hợp đồng lao động ...:") an item
that only states a rule, its subject a thing and not a body ("- Hợp đồng lao động cần đảm bảo
đầy đủ các nội dung ..."), is no task, however the lead-in above asks; an item there that
gives work (a verb of work, or a body and its work) is a task (README, session 17)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
_PAGE = (
    "Kính gửi: Các doanh nghiệp hoạt động dịch vụ việc làm trên địa bàn tỉnh\n\n"
    "Nhằm bảo đảm thực hiện các quy định pháp luật, Sở Nội vụ đề nghị các doanh nghiệp tự\n"
    "kiểm tra, nội dung cụ thể như sau:\n\n"
    "**1.** Doanh nghiệp thực hiện gia hạn giấy phép theo quy định tại Điều 26 Nghị định số\n"
    "145/2020/NĐ-CP.\n\n"
    "**2. Những lưu ý đối với hợp đồng lao động, chế độ bảo hiểm xã hội:**\n\n"
    "- Hợp đồng lao động cần đảm bảo đầy đủ các nội dung theo quy định tại Điều 21 Bộ luật\n"
    "Lao động.\n\n"
    "- Xây dựng, ban hành quy chế dân chủ ở cơ sở tại nơi làm việc theo quy định.\n\n"
    "- Việc chi trả trợ cấp được thực hiện theo phương châm công khai, minh bạch.\n\n"
    "- Việc ký quỹ thực hiện theo quy định tại Điều 15 Nghị định số 145/2020/NĐ-CP. Trường\n"
    "hợp rút tiền ký quỹ, doanh nghiệp phải nộp bổ sung tiền ký quỹ trong thời hạn 30 ngày.\n"
    + _SIGNED
)


def test_a_note_that_only_states_a_rule_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PAGE, org, calendar).actions
    assert [a.text[:12] for a in actions] == ["Doanh nghiệp", "Xây dựng, ba", "Việc ký quỹ "]
