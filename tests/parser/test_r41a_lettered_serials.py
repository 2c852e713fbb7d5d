"""Round 41a: a cited document whose serial carries a letter after its digits ("Nghị quyết số
36a/NQ-CP ngày 14/10/2015 của Chính phủ", the e-government resolution the Ministry's
e-invoice decisions cite first) is a reference like any other; a form's code with such a letter
("Mẫu số 02a/TTHT-TH", "Bảng kê 05A/BK-TNCN") stays none."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references
from directives.parser.shreds import reflowed


def _numbers(text: str) -> list[str]:
    return [r.number for r in find_references(text, fold_keep(text), None, 2021)]


def test_a_resolution_numbered_with_a_letter_is_cited() -> None:
    text = (
        "Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;\n"
        "Căn cứ Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử;\n"
        "Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ;"
    )
    refs = find_references(text, fold_keep(text), None, 2021)
    assert [r.number for r in refs] == ["36a/NQ-CP", "123/2020/NĐ-CP"]
    assert refs[0].type == "nghị quyết"
    assert refs[0].issuer == "Chính phủ"
    assert str(refs[0].issued_on) == "2015-10-14"


def test_a_forms_lettered_code_is_no_reference() -> None:
    text = (
        "Cán bộ ghi Phiếu giải đáp (Mẫu số 02a/TTHT-TH) và Phiếu đánh giá (Mẫu số 02b/TTHT-TH)"
        " theo Quyết định số 745/QĐ-TCT ngày 20/4/2021 của Tổng cục Thuế."
    )
    assert _numbers(text) == ["745/QĐ-TCT"]


_FILL = "\n".join(
    ["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 8
)


def test_a_laws_number_cut_between_its_digits_is_whole_again() -> None:
    """On a page of text runs, a law's number cut inside its serial ("số" / "7" / "1" /
    "/2014/QH" / "1" / "3 ngày ...") or inside the code's term ("21/2012/QH" / "1" / "3 ngày")
    is one number, cited as such."""
    runs = "\n".join(
        [
            "Căn cứ",
            "Luật sửa đổi Luật Quản lý thuế s",
            "ố",
            "21/2012/QH",
            "1",
            "3 ngày 20/11/2012 của Quốc hội;",
            "Căn cứ",
            "Luật sửa đổi các Luật về thuế s",
            "ố",
            "7",
            "1",
            "/2014/QH",
            "1",
            "3 ngày 26/11/2014;",
        ]
    )
    lines = reflowed(runs + "\n" + _FILL).splitlines()
    assert (
        "Căn cứ Luật sửa đổi Luật Quản lý thuế số 21/2012/QH13 ngày 20/11/2012 của Quốc hội;"
        in lines
    )
    assert "Căn cứ Luật sửa đổi các Luật về thuế số 71/2014/QH13 ngày 26/11/2014;" in lines
