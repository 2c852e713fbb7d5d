"""Round 17a: a legal-text web page marks a footnote with a bracketed number on the word it
notes ("... nông thôn[1] số liệu ..."); the mark is no part of the task's text (the note itself,
on a line of its own after the signature, stays where it is)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TÀI CHÍNH
-------

Số: 901/BTC-NSNN
V/v báo cáo tình hình giải ngân vốn đầu tư công.

Hà Nội, ngày 12 tháng 9 năm 2016

Kính gửi: Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương

Để có cơ sở báo cáo Chính phủ, đề nghị Sở Tài chính gửi báo cáo về Bộ Tài chính[1]
số liệu giải ngân vốn đầu tư công[2] trước ngày 30/9/2016.

Nơi nhận: - Như trên; - Lưu: VT, NSNN.
TL. BỘ TRƯỞNG
VỤ TRƯỞNG VỤ NGÂN SÁCH NHÀ NƯỚC
Huỳnh Quang Hải

[1] Gửi về Vụ Ngân sách nhà nước, số 28 Trần Hưng Đạo, Hà Nội.
[2] Theo biểu mẫu đính kèm.
"""


def test_a_bracketed_footnote_mark_is_dropped_from_the_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER, org, calendar).actions
    assert "[" not in action.text
    assert "về Bộ Tài chính số liệu giải ngân vốn đầu tư công trước ngày" in action.text
