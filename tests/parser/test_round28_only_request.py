"""Round 28: a letter whose one request asks its addressees by a generic name in its last
words ("Bộ Tài chính yêu cầu các đơn vị thực hiện nghiêm túc, gửi báo cáo về Bộ theo đúng
thời hạn ... ./.") gives that task, the plural as written its lead: with no task above it,
those words ask for work of their own. The parser read them as the closing formula that
urges the tasks above and gave the letter no task; in a letter with tasks above, and when
the words only urge ("... nghiêm túc triển khai thực hiện./."), they stay a closing."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round23a_letters import finance_report_letter

_BODY = """
Thời gian qua, một số Sở Tài chính vẫn chưa thực hiện chế độ báo cáo theo đúng quy định.
{above}
{last} ./.
"""
_LAST = (
    "Bộ Tài chính yêu cầu các đơn vị thực hiện nghiêm túc, gửi báo cáo về Bộ theo đúng thời hạn"
    " đã quy định tại Thông tư số 22/2015/TT-BTC (đồng thời gửi về địa chỉ thư điện tử của Vụ)"
)


def _letter(above: str, last: str) -> str:
    return finance_report_letter(_BODY.format(above=above, last=last), "813/BTC-KHTC")


def test_the_only_request(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_letter("", _LAST), org, calendar).actions
    assert [(a.text, a.lead_unit) for a in actions] == [(_LAST, "các đơn vị")]


def test_after_tasks_it_closes(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    above = "\nĐề nghị Sở Tài chính các tỉnh rà soát số liệu báo cáo năm 2014.\n"
    actions = parse_text(_letter(above, _LAST), org, calendar).actions
    assert [a.text for a in actions] == [above.strip().rstrip(".")]


def test_only_urging_closes(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    last = "Bộ Tài chính yêu cầu các đơn vị nghiêm túc triển khai thực hiện"
    assert parse_text(_letter("", last), org, calendar).actions == []
