"""Round 17a: numbered rules under a request for a report: what the report must carry ("1. Báo
cáo gửi về Bộ phải có xác nhận của Ủy ban nhân dân tỉnh."), no task of its own for the body the
letter is sent to; and when it is due ("3. Thời hạn gửi báo cáo trước ngày ..."), the request's
deadline."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
-------

Số: 2207/LĐTBXH-BTXH
V/v báo cáo kết quả giảm nghèo năm 2011.

Hà Nội, ngày 05 tháng 7 năm 2011

Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương

Để tổng hợp báo cáo Chính phủ, đề nghị Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố
trực thuộc Trung ương báo cáo kết quả giảm nghèo 6 tháng đầu năm 2011 về Bộ trước ngày
31/7/2011.

1. Báo cáo gửi về Bộ phải có xác nhận của Ủy ban nhân dân tỉnh.

2. Số liệu phải được ghi rõ theo từng huyện.

{due}

Nơi nhận: - Như trên; - Lưu: VT, BTXH.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Trọng Đàm
"""
_ASKED = "thành phố\ntrực thuộc Trung ương báo cáo kết quả giảm nghèo 6 tháng đầu năm 2011 về Bộ"


def test_what_the_report_must_carry_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER.format(due=""), org, calendar).actions
    assert action.text.endswith("giảm nghèo 6 tháng đầu năm 2011 về Bộ trước ngày 31/7/2011")
    assert action.deadline_text == "trước ngày 31/7/2011"


def test_a_numbered_rule_that_says_when_the_report_is_due_is_the_requests_deadline(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _LETTER.replace(" trước ngày\n31/7/2011.", ".").format(
        due="3. Thời hạn gửi báo cáo trước ngày 31/7/2011."
    )
    assert _ASKED in letter
    (action,) = parse_text(letter, org, calendar).actions
    assert action.text.endswith("giảm nghèo 6 tháng đầu năm 2011 về Bộ")
    assert (action.deadline_text, str(action.deadline)) == ("trước ngày 31/7/2011", "2011-07-29")
