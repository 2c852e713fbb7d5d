""" "(để có thể) triển khai trong năm 2026": the work is rolled out within the year, due by its
end, as "hoàn thành ... trong năm X" is (but "các nhiệm vụ triển khai trong năm 2026" names the
tasks of a year, and "triển khai chương trình ... trong năm X" dates the work's object)."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline


def test_work_rolled_out_within_a_year_is_due_by_its_end(calendar: WorkingCalendar) -> None:
    for text in (
        "Phối hợp với các sở gỡ vướng mắc của dự án cáp quang để có thể triển khai trong năm 2027",
        "Là đầu mối đôn đốc; chuẩn bị hạ tầng để triển khai thực hiện trong năm 2027",
    ):
        found = find_deadline(text, fold_keep(text), date(2027, 2, 1), calendar)
        assert found is not None
        assert (found.text, found.deadline) == ("trong năm 2027", date(2027, 12, 31))


def test_the_tasks_rolled_out_in_a_year_and_other_dated_work_give_none(
    calendar: WorkingCalendar,
) -> None:
    for text in (
        "Đối với các nhiệm vụ triển khai trong năm 2027, các sở chủ động bố trí kinh phí",
        "Tổ chức cho giáo viên tham gia chương trình trong năm 2027",
        "Xây dựng Đề án triển khai chương trình giao lưu tại hai nước trong năm 2027",
    ):
        assert find_deadline(text, fold_keep(text), date(2027, 2, 1), calendar) is None
