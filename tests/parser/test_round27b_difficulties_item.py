"""Round 27b: the sentence that tells whoever meets a difficulty where to send it is no task
(README), also as a lettered item worded "nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn
vị, địa phương kịp thời có văn bản gửi Sở X ... . Đồng thời gửi Sở Y để theo dõi ...". The
parser knew only "nếu có khó khăn" and read this one as a task. A named body asked about a
difficulty the letter names stays a task, and a sentence with no subject of its own inside an
item stays in that item's text."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round23a_letters import letter

_BODY = """\
Thực hiện Nghị định số 12/2026/NĐ-CP ngày 10/01/2026 của Chính phủ, Chủ tịch Ủy ban nhân dân
tỉnh yêu cầu các sở, ban, ngành, địa phương triển khai thực hiện các nội dung sau:
1. Sở Xây dựng
a) Rà soát, thống kê tài sản kết cấu hạ tầng giao thông thuộc phạm vi quản lý.
b) Hướng dẫn Ủy ban nhân dân các xã, phường lập hồ sơ giao tài sản. Trong quá trình thực
hiện, nếu phát sinh khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
2. Tổ chức thực hiện
a) Các sở, ban, ngành, Ủy ban nhân dân các xã, phường khẩn trương tổ chức triển khai thực
hiện các nội dung trên.
b) Trong quá trình triển khai thực hiện, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn
vị, địa phương kịp thời có văn bản gửi Sở Xây dựng để tổng hợp, tham mưu Ủy ban nhân dân tỉnh
xem xét, giải quyết theo quy định. Đồng thời gửi Sở Tài chính để theo dõi, phối hợp xử lý.
c) Trường hợp phát sinh vướng mắc về việc xác định giá trị tài sản, đề nghị Sở Tài chính báo
cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2026.
"""

_NUMBERED = """\
Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, địa phương thực hiện các nội dung
sau:
1. Sở Nội vụ rà soát, sắp xếp các thôn, tổ dân phố trên địa bàn tỉnh.
2. Trong quá trình thực hiện, nếu phát hiện khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo
Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để kịp thời tổng hợp, xem xét, giải quyết.
"""


def _read(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str, str | None]]:
    text = letter(body, issuer="ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ", number="712/UBND-KT")
    return [(a.text, a.lead_unit) for a in parse_text(text, org, calendar).actions]


def test_the_lettered_difficulties_item_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    read = _read(_BODY, org, calendar)
    assert not [text for text, _ in read if "có văn bản gửi" in text]
    # the subject-less sentence stays in its item, the named difficulty asked of a named body
    # is a task
    assert (
        "Hướng dẫn Ủy ban nhân dân các xã, phường lập hồ sơ giao tài sản. Trong quá trình thực"
        " hiện, nếu phát sinh khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo Ủy ban nhân dân"
        " tỉnh",
        "Sở Xây dựng",
    ) in read
    assert read[-1][1] == "Sở Tài chính"


def test_the_numbered_difficulties_clause_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    read = _read(_NUMBERED, org, calendar)
    assert read == [
        ("Sở Nội vụ rà soát, sắp xếp các thôn, tổ dân phố trên địa bàn tỉnh", "Sở Nội vụ")
    ]
