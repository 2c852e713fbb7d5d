""" "Kết quả rà soát được tổng hợp trong báo cáo năm ...", "Việc giảm phí áp dụng đối với ...":
a one-sentence paragraph under a list's item saying what comes of its work or where it applies
has no subject of its own and goes on with that item (README: such a sentence continues the task
it follows); one that names a body at work stands alone."""

from __future__ import annotations

from directives.parser.blocks import split_blocks
from directives.parser.clean import fold_lines


def _blocks(text: str) -> list[tuple[str | None, str]]:
    lines = text.splitlines()
    return [(b.marker, b.text) for b in split_blocks(lines, fold_lines(lines))]


def test_what_comes_of_an_items_work_goes_on_with_it() -> None:
    got = _blocks(
        "2. Vụ Kế hoạch\n"
        "- Rà soát các quy chế nội bộ theo yêu cầu của Lãnh đạo Bộ.\n"
        "Kết quả rà soát được tổng hợp trong báo cáo chung của Bộ.\n"
        "3. Ngân hàng Phát triển\n"
        "- Trình Thủ tướng quyết định giảm phí thẩm định cho các dự án khởi nghiệp.\n"
        "Việc giảm phí thẩm định áp dụng đối với các hồ sơ nộp từ ngày 01/7/2027.\n"
        "4. Văn phòng Bộ\n"
    )
    assert got[1] == (
        "dash",
        "Rà soát các quy chế nội bộ theo yêu cầu của Lãnh đạo Bộ. Kết quả rà soát được tổng "
        "hợp trong báo cáo chung của Bộ.",
    )
    assert got[3][1].endswith(
        "Việc giảm phí thẩm định áp dụng đối với các hồ sơ nộp từ ngày 01/7/2027."
    )
    assert len(got) == 5


def test_a_paragraph_naming_a_body_at_work_stands_alone() -> None:
    got = _blocks(
        "2. Vụ Kế hoạch\n"
        "- Rà soát các quy chế nội bộ theo yêu cầu của Lãnh đạo Bộ.\n"
        "Vụ Pháp chế tổng hợp kết quả rà soát trong báo cáo chung của Bộ.\n"
    )
    assert len(got) == 3
