"""An item under a plan's remedies that reports what a body has already done ("+ Văn phòng X
đã tham mưu thu hồi ...") is no task to track, while the next item that hands work on is."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.reported_done import reports_done
from tests.parser.letterheads import AN_LAC_FUNDED, an_lac_plan

LETTER = (
    an_lac_plan("41", "03 tháng 5 năm 2024", "Khắc phục hạn chế trong công tác văn thư năm 2024")
    + "I. NỘI DUNG KHẮC PHỤC\n"
    "1. Việc sao văn bản còn 02 bản chưa có xác nhận của lãnh đạo.\n"
    "- Giải pháp thực hiện:\n"
    "+ Văn phòng HĐND&UBND huyện đã tham mưu thu hồi 02 bản sao chưa đúng quy định và lập"
    " biên bản hủy theo quy định.\n"
    "+ Giao phòng Nội vụ huyện hướng dẫn việc sao văn bản cho các phòng, ban.\n" + AN_LAC_FUNDED
)


def test_what_a_body_has_done_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    texts = [a.text for a in parse_text(LETTER, org, calendar).actions]
    assert not any("đã tham mưu" in t for t in texts)
    assert any(t.startswith("Giao phòng Nội vụ huyện hướng dẫn") for t in texts)


def test_work_given_before_is_not_work_done() -> None:
    assert reports_done("Sở Tư pháp đã hoàn thành việc rà soát văn bản.")
    assert not reports_done("Sở Tư pháp đã được giao chủ trì rà soát văn bản.")
    assert not reports_done("Giao Sở Tư pháp rà soát văn bản đã ban hành.")
