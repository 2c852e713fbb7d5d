"""A duty clause that asks for a report "theo các nội dung sau:" over lettered points that are
the report's fields ("a) Tên báo cáo ...", "b) Cơ quan nhận báo cáo:" / "Sở Văn hóa và Thể
thao.") is one action, its points in its text with their letters as written; a point's label
ending the line over the body it names on the next line ("Cơ quan nhận báo cáo:" / "UBND
tỉnh.") is a field's value wrapped, not a heading over tasks (225/02 Điều 13 khoản 7)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.rI_letters import regulation

_ARTICLES = """Điều 5. Trách nhiệm của các sở, ngành

1. Rà soát, cập nhật thông tin
trên chuyên trang của cơ quan mình ít nhất mỗi tuần một lần.

2. Gửi báo cáo tình hình vận hành
chuyên trang của cơ quan mình theo các nội dung sau:

a) Tên báo cáo, mẫu báo cáo
theo Phụ lục kèm theo Quy định này.

b) Cơ quan nhận báo cáo:
Sở Văn hóa và Thể thao.

c) Hình thức gửi: bản điện tử
qua Hệ thống quản lý văn bản.

3. Bố trí cán bộ theo dõi chuyên
trang của cơ quan mình.
"""


def test_a_reports_fields_stay_in_its_one_action(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = regulation(_ARTICLES, org, calendar)
    assert [a.text for a in record.actions] == [
        "Rà soát, cập nhật thông tin trên chuyên trang của cơ quan mình ít nhất mỗi tuần một lần",
        "Gửi báo cáo tình hình vận hành chuyên trang của cơ quan mình theo các nội dung sau:"
        " a) Tên báo cáo, mẫu báo cáo theo Phụ lục kèm theo Quy định này."
        " b) Cơ quan nhận báo cáo: Sở Văn hóa và Thể thao."
        " c) Hình thức gửi: bản điện tử qua Hệ thống quản lý văn bản",
        "Bố trí cán bộ theo dõi chuyên trang của cơ quan mình",
    ]
    assert {a.lead_unit for a in record.actions} == {"các sở, ngành"}
