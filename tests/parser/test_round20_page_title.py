"""Round 20: past the letter's "Nơi nhận" and signer, a legal-text site's title line restates
the letter as "Công văn N năm YYYY ... do X ban hành" — with a number that may misprint the
letter's own ("41207/..." for "4120/..."). The line ends the letter all the same: the number
in it is the page's, no document the letter cites."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round20_letters import department_letter, read

_BODY = "Đề nghị Công ty căn cứ Điều 50 Thông tư số 38/2015/TT-BTC ngày 25/3/2015 để thực hiện."
_TITLE = "Công văn 41207/CHQ-GSQL năm 2025 về tạm nhập tái xuất do Cục Hải quan ban hành"


def test_the_site_title_with_a_misprinted_number_is_no_reference(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    before = "Số hiệu: | 41207/CHQ-GSQL | Loại văn bản: | Công văn\n"
    after = f"\n{_TITLE}\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n"
    record = read(department_letter(_BODY, before=before, after=after), org, calendar)
    assert record.number == "4120/CHQ-GSQL"
    assert [r.number for r in record.references] == ["38/2015/TT-BTC"]
