""" "11 tỉnh [1] khẩn trương ...", "(Cục Thống kê)[2] qua ...": a mark pointing to the page's
footnote is no part of a task's text (but a "[1]" opening the text is left as written)."""

from __future__ import annotations

from directives.parser.task_trims import without_note_marks


def test_footnote_marks_leave_a_tasks_text() -> None:
    assert without_note_marks("07 tỉnh [3] khẩn trương lập Tổ công tác") == (
        "07 tỉnh khẩn trương lập Tổ công tác"
    )
    assert without_note_marks("gửi Sở Tài chính (Phòng Ngân sách)[2] qua thư điện tử") == (
        "gửi Sở Tài chính (Phòng Ngân sách) qua thư điện tử"
    )
    assert without_note_marks("các thành viên Tổ 512[1], Tổ 513[2]; báo cáo") == (
        "các thành viên Tổ 512, Tổ 513; báo cáo"
    )
    assert without_note_marks("[1] Rà soát hồ sơ") == "[1] Rà soát hồ sơ"
