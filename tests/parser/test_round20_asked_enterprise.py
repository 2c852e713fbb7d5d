"""Round 20: a reply to a company asks it by its kind, in lower case: "Đề nghị doanh nghiệp căn
cứ quy định nêu trên, đối chiếu ... để thực hiện. Trường hợp ..., doanh nghiệp liên hệ ...".
The enterprise asked is the task's lead, as "Đề nghị Công ty ..." is, in a paragraph of its own
and right after the items of the law the reply quotes ("Căn cứ ... thì:" / "- ...")."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round20_letters import department_letter, read

_ANSWER = """Trả lời công văn số 311/CKDA-XNK của Công ty Cổ phần Cơ khí Đông Anh về việc tạm nhập
tái xuất khuôn mẫu, Cục Hải quan có ý kiến như sau:

"""
_RULE = """Căn cứ Điều 50 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 thì khuôn mẫu tạm nhập phải tái
xuất trong thời hạn tạm nhập.

"""
_QUOTED = """Căn cứ khoản 1 Điều 50 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 thì:
- “Khuôn mẫu tạm nhập phải tái xuất trong các trường hợp sau đây:
a) Hết thời hạn tạm nhập;
b) Kết thúc hợp đồng gia công.”
"""
_ASKED = """Đề nghị doanh nghiệp căn cứ quy định nêu trên, đối chiếu với hồ sơ thực tế để thực
hiện. Trường hợp phát sinh vướng mắc, doanh nghiệp liên hệ với cơ quan hải quan nơi làm thủ
tục để được hướng dẫn.
Cục Hải quan có ý kiến để Công ty được biết./."""


@pytest.mark.parametrize("rules", [_RULE, _QUOTED])
def test_the_enterprise_asked_by_its_kind_leads_the_task(
    org: OrgDirectory, calendar: WorkingCalendar, rules: str
) -> None:
    record = read(department_letter(_ANSWER + rules + _ASKED), org, calendar)
    assert [(a.lead_unit, a.text[:40]) for a in record.actions] == [
        ("doanh nghiệp", "Đề nghị doanh nghiệp căn cứ quy định nêu")
    ]
    assert record.actions[0].text.endswith("để được hướng dẫn")
