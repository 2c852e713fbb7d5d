"""Round 35a: a gazette's task table (TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối
hợp | Sản phẩm | Thời gian thực hiện) read from a PDF's text layer, cell by cell. Words of the
"Sản phẩm" column, or a group's title, leaked into the "phối hợp" cell:

- a product's cell that opens with the verb "Ban hành" ("Ban hành Bộ cẩm nang ...") was read
  as a body's name ("Ban ...");
- a product's cell after a "phối hợp" cell whose last body ends on ";" ("Bộ Công Thương;" /
  "Bộ Ngoại giao;" / "Hệ sinh thái được thành lập ...") went on with the bodies, as a ";"
  inside a cell leaves a list open: after the cell's last ";" a line that opens no body
  opens the next cell;
- a row a page break cut, its short "chủ trì" cell whole on the first page: the bodies the
  next page carries over go on with the "phối hợp" cell, not the lead's;
- a group's title across the table ("2. Đẩy mạnh ... đáp ứng tiêu" / "chuẩn và nhu cầu ..."),
  its first line longer than any cell's: its wrapped line is the title's too, no cell's.
"""

from __future__ import annotations

from directives.parser.pdf_tables import rebuild_pdf_tables

_HEADER = ["TT", "Nhiệm vụ, giải pháp", "Cơ quan", "chủ trì", "Cơ quan", " phối hợp"]
_HEADER += ["Sản phẩm", "Thời gian", "thực hiện"]
_BREAK = ["", "CÔNG BÁO/Số 12/Ngày 03-02-2026", "41", " ", " ", *_HEADER]
_TITLES = "| TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm "
_TITLES += "| Thời gian thực hiện |"


def test_a_product_that_opens_with_ban_hanh_is_no_body() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *["4.1", "Xây dựng, công bố Bộ nhận diện", "thương hiệu quốc gia.", "Bộ Y tế"],
            *["Cơ quan, tổ chức", "liên quan", "Ban hành Bộ nhận", "diện thương hiệu"],
            *["Quý III/2026", "4.2", "Tổ chức hội chợ quốc tế.", "Bộ Y tế", "Bộ Tài chính"],
            *["Hội chợ được tổ", "chức", "Năm 2027"],
        ]
    )
    assert got[:3] == [
        _TITLES,
        "| 4.1 | Xây dựng, công bố Bộ nhận diện thương hiệu quốc gia. | Bộ Y tế "
        "| Cơ quan, tổ chức liên quan | Ban hành Bộ nhận diện thương hiệu | Quý III/2026 |",
        "| 4.2 | Tổ chức hội chợ quốc tế. | Bộ Y tế | Bộ Tài chính | Hội chợ được tổ chức "
        "| Năm 2027 |",
    ]


def test_a_product_after_the_partners_last_semicolon_opens_its_cell() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *["2.6", "Hình thành các mạng lưới", "nghiên cứu quốc tế.", "Bộ Khoa học và"],
            *["Công nghệ", "Bộ Công Thương;", "Bộ Ngoại giao;", "Mạng lưới được"],
            *["thành lập", "Nhiệm vụ thường", "xuyên"],
        ]
    )
    assert got[1] == (
        "| 2.6 | Hình thành các mạng lưới nghiên cứu quốc tế. | Bộ Khoa học và Công nghệ "
        "| Bộ Công Thương; Bộ Ngoại giao; | Mạng lưới được thành lập "
        "| Nhiệm vụ thường xuyên |"
    )


def test_bodies_a_page_break_carries_go_on_with_the_partners() -> None:
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *["1.7", "Nghiên cứu, đề xuất cơ chế hỗ trợ", "tài chính đối với doanh"],
            *["Bộ Tài chính", "Bộ Khoa học và", "Công nghệ", "Cơ chế, chính sách"],
            *["được ban hành", "Quý IV/2026", *_BREAK, "nghiệp công nghệ số.", " "],
            *["Cơ quan, tổ chức", "và doanh nghiệp", "liên quan"],
            *["1.8", "Tổ chức hội nghị.", "Bộ Y tế", "Bộ Tài chính", "Hội nghị", "Năm 2027"],
        ]
    )
    assert got[1] == (
        "| 1.7 | Nghiên cứu, đề xuất cơ chế hỗ trợ tài chính đối với doanh nghiệp công nghệ "
        "số. | Bộ Tài chính | Bộ Khoa học và Công nghệ; Cơ quan, tổ chức và doanh nghiệp "
        "liên quan | Cơ chế, chính sách được ban hành | Quý IV/2026 |"
    )


def test_a_group_titles_wrapped_line_is_no_cells() -> None:
    title = "2. Đẩy mạnh nghiên cứu, phát triển sản phẩm, dịch vụ, nguồn nhân lực đáp ứng tiêu "
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *["1.5", "Tăng cường năng lực hạ tầng", "chất lượng quốc gia.", "Bộ Y tế"],
            *["Cơ quan, tổ chức", "liên quan", "Quyết định", "Quý IV/2026"],
            *[title, "chuẩn và nhu cầu thị trường quốc tế"],
            *["2.1", "Hỗ trợ nghiên cứu.", "Bộ Y tế", "Bộ Tài chính", "Đề án", "Năm 2027"],
        ]
    )
    assert got[1:3] == [
        "| 1.5 | Tăng cường năng lực hạ tầng chất lượng quốc gia. | Bộ Y tế "
        "| Cơ quan, tổ chức liên quan | Quyết định | Quý IV/2026 |",
        "| 2.1 | Hỗ trợ nghiên cứu. | Bộ Y tế | Bộ Tài chính | Đề án | Năm 2027 |",
    ]


def test_a_set_of_things_the_product_names_is_no_ministry() -> None:
    # "Bộ chỉ số được xây dựng": a set of indexes, the product, not a "Bộ ..." partner
    got = rebuild_pdf_tables(
        [
            *_HEADER,
            *["26", "Xây dựng bộ chỉ số pháp luật", "cấp tỉnh.", "Bộ Tư pháp", "Các bộ,"],
            *["ngành", "Bộ chỉ số được", "ban hành", "2026"],
        ]
    )
    assert got[1] == (
        "| 26 | Xây dựng bộ chỉ số pháp luật cấp tỉnh. | Bộ Tư pháp | Các bộ, ngành "
        "| Bộ chỉ số được ban hành | 2026 |"
    )
