"""A plan's "- Thời gian thực hiện: ..." line that goes on to hand work to a body ("...; giao
Văn phòng X chủ trì ...", "... . Giao phòng Y tham mưu ...") gives that work as a task, its text
from "giao" on as written; the times before it are no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.time_hands import handed_in_time
from tests.parser.letterheads import AN_LAC_FUNDED, an_lac_plan

_ITEMS = [
    "I. NỘI DUNG KHẮC PHỤC",
    "1. Việc lập hồ sơ công việc tại các phòng chưa đầy đủ theo quy định.",
    "- Nguyên nhân: Công chức phụ trách chưa nắm vững nghiệp vụ lưu trữ.",
    "- Giải pháp thực hiện: Tổ chức tập huấn nghiệp vụ lưu trữ cho công chức.",
    "- Thời gian thực hiện: Đã hoàn thành từ tháng 3/2024; giao Văn phòng HĐND&UBND huyện"
    " chủ trì theo dõi việc lập hồ sơ của các phòng.",
    "2. Việc bàn giao hồ sơ khi chuyển công tác chưa thực hiện đúng quy trình.",
    "- Nguyên nhân: Chưa có hướng dẫn cụ thể về bàn giao hồ sơ.",
    "- Thời gian thực hiện: Thường xuyên khi có công chức chuyển công tác. Giao phòng Nội vụ"
    " huyện hướng dẫn, theo dõi việc bàn giao hồ sơ.",
]
LETTER = (
    an_lac_plan("40", "02 tháng 5 năm 2024", "Khắc phục hạn chế trong công tác lưu trữ năm 2024")
    + "".join(f"{item}\n" for item in _ITEMS)
    + AN_LAC_FUNDED
)


def test_the_time_line_hands_its_work_on(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    handed = [(a.lead_unit, a.text) for a in actions if a.text.lower().startswith("giao")]
    assert (
        "Văn phòng HĐND&UBND huyện",
        "giao Văn phòng HĐND&UBND huyện chủ trì theo dõi việc lập hồ sơ của các phòng",
    ) in handed
    assert (
        "phòng Nội vụ huyện",
        "Giao phòng Nội vụ huyện hướng dẫn, theo dõi việc bàn giao hồ sơ",
    ) in handed
    assert not any(a.text.startswith(("Thời gian", "Đã hoàn thành")) for a in actions)


def test_a_time_line_handing_nothing_on() -> None:
    assert handed_in_time("thoi gian thuc hien: quy ii/2024, giao nop ho so ve van phong") is None
    assert handed_in_time("thoi gian thuc hien: thuong xuyen.") is None
    assert handed_in_time("noi dung: ...; giao so x chu tri") is None
