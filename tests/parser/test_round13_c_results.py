"""Round 13 (c): a PDF task table whose task cell spans two results. Each result has its own
body, partner, product and time cells, the body's cell coming again after the first result's
cells on the same page; each result is a row of the same task. What a page break carries
over after the later result goes on with its product, not the task the first result holds;
and a product's line that ends in "số" goes on with the number on the next line."""

from __future__ import annotations

from directives.parser.pdf_tables import rebuild_pdf_tables

_HEADER = ["TT", "Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả"]
_HEADER += ["Thời gian", "hoàn thành"]
_BREAK = ["", "CÔNG BÁO/Số 40/Ngày 02-03-2026", "77", " ", *_HEADER]


def test_a_task_cell_spanning_two_results_gives_a_row_each() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *["5", "Thể chế hóa chủ trương về đo lường", "Bộ Công Thương", "Các bộ, ngành"],
            *["Báo cáo chuyên", "đề theo Kết luận", "số", "15-KL/TW", "Tháng", "5/2026"],
            *["Bộ Công Thương", "Các bộ, ngành", "Báo cáo kết quả", "thể chế hóa", "Tháng"],
            *["11/2026", *_BREAK, "được trình Ban", "Chỉ đạo"],
            *["6", "Đào tạo kiểm định viên", "Viện Đo lường", "", "Khóa đào tạo", "Năm 2027"],
        ]
    )
    assert got[1:4] == [
        "| 5 | Thể chế hóa chủ trương về đo lường | Bộ Công Thương | Các bộ, ngành "
        "| Báo cáo chuyên đề theo Kết luận số 15-KL/TW | Tháng 5/2026 |",
        "|  | Thể chế hóa chủ trương về đo lường | Bộ Công Thương | Các bộ, ngành "
        "| Báo cáo kết quả thể chế hóa được trình Ban Chỉ đạo | Tháng 11/2026 |",
        "| 6 | Đào tạo kiểm định viên | Viện Đo lường |  | Khóa đào tạo | Năm 2027 |",
    ]
