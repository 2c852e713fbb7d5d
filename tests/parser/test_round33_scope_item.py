"""Round 33: a council resolution whose page put the last item of its "Đối tượng áp dụng"
list ("5. Các cơ quan, đơn vị, tổ chức, cá nhân khác có liên quan.") under the next article's
heading, "Tổ chức thực hiện". An item that only names the kinds of body concerned says whom
the rules apply to and gives no body any work: no task, wherever it stands. The parser read it
as a task of "Các cơ quan, đơn vị"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round29_letters import ninh_binh_resolution

_ARTICLES = """Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định một số chế độ chi đặc thù trên địa bàn tỉnh.
Điều 2. Đối tượng áp dụng
1. Đảng ủy các cơ quan Đảng tỉnh.
2. Các đảng ủy xã, phường thuộc Đảng bộ tỉnh.
Điều 3. Tổ chức thực hiện
3. {scope}
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
Điều 4. Hiệu lực thi hành
Nghị quyết này có hiệu lực kể từ ngày ký.
"""
_RESOLUTION = ninh_binh_resolution(
    30, "QUY ĐỊNH MỘT SỐ CHẾ ĐỘ CHI ĐẶC THÙ", "một số chế độ chi đặc thù", _ARTICLES
)


def _leads(scope: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str | None]:
    record = parse_text(_RESOLUTION.format(scope=scope), org, calendar)
    return [a.lead_unit for a in record.actions]


def test_an_item_naming_only_the_bodies_concerned_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    for scope in (
        "Các cơ quan, đơn vị, tổ chức, cá nhân khác có\nliên quan.",
        "Cơ quan, tổ chức và cá nhân có liên quan.",
    ):
        assert _leads(scope, org, calendar) == [
            "Ủy ban nhân dân tỉnh",
            "Thường trực Hội đồng nhân dân tỉnh",
        ]
