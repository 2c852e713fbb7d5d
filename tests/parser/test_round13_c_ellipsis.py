"""Round 13 (c): an ellipsis that ends a task's text is kept as written (",...", "…", ", …"),
only a final full stop or the letter's "./." dropped."""

from __future__ import annotations

from directives.parser.sentences import task_text


def test_an_ellipsis_ending_a_task_is_kept_as_written() -> None:
    assert task_text("Ứng phó với thiên tai, dịch bệnh, cháy rừng,... ") == (
        "Ứng phó với thiên tai, dịch bệnh, cháy rừng,..."
    )
    assert task_text("Thu gom rác thải, bùn đất, …") == "Thu gom rác thải, bùn đất, …"
    assert task_text("Sửa chữa trường học, trạm y tế...") == "Sửa chữa trường học, trạm y tế..."
    assert task_text("Báo cáo kết quả về Sở Nội vụ./.") == "Báo cáo kết quả về Sở Nội vụ"
