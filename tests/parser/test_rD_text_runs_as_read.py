"""An ebook's page of text runs (one run a line, see test_r39d_text_runs) is put back in
paragraphs the same way whatever a new source adds to its characters: a no-break space for
a space, a zero-width space or a soft hyphen between letters, an en dash or a bullet for an
item's dash, a tab after an item's marker, Markdown bold over a line in capitals, a
converter's escapes, the number's label glued to its number ("Số:77"); and its YAML front
matter and "# <file name>" heading are cut even escaped, bolded, indented or under a site's
chrome lines."""

from __future__ import annotations

import re

from directives.parser.shreds import reflowed

_FRONT = '---\nso_hieu: "QD 77.2019 CT MAU"\nsource: "EBOOK_MAU"\n---\n\n# QD 77.2019 CT MAU\n\n'
_RUNS = "\n".join(
    ["CỤC THUẾ TỈNH MẪU", "-------", "Độc lập - Tự do - Hạnh phúc", "Số:", "77", "/", "QĐ", "-CT"]
    + ["Căn", "cứ Luật Quản lý thuế, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 6
    + ["QUYẾT", "ĐỊNH:", "Điều", "1.", "Giao các phòng", "  thuộc Cục Thuế:"]
    + ["- Phòng Kiểm", "tra nội bộ rà soát hồ sơ", "- Phòng Tuyên", "truyền hỗ trợ người nộp thuế."]
    + ["Nơi nhận:", "- Như Điều 1;", "- Lưu: VT."]
)
_PAGE = _FRONT + _RUNS + "\n"


def _nbsp(text: str) -> str:
    return text.replace(" ", "\u00a0")


def _invisible(text: str) -> str:
    return text.replace(" ", "\u200b ").replace("Kiểm", "Ki\u00adểm")


def _dashes(text: str) -> str:
    return re.sub(r"(?m)^- ", "\u2013 ", text)


def _bold(text: str) -> str:
    return re.sub(r"(?m)^([A-ZĐỤẾỈẪỘỀ ]{3,}|# .*)$", r"**\1**", text)


def _escaped(text: str) -> str:
    return text.replace("so_hieu", "so\\_hieu").replace("\n- ", "\n\\- ")


def _tabbed(text: str) -> str:
    return re.sub(r"(?m)(\A|\n\n)(?=\S)", "\\1\t", text)


def _chrome(text: str) -> str:
    return "Hệ thống pháp luật\n\nTrang chủ › Văn bản pháp luật\n\n" + text


def _tab_after_marker(text: str) -> str:
    return re.sub(r"(?m)^(\d{1,2}\.|-) (?=\S)", "\\1\t", text)


def _glued_number(text: str) -> str:
    return text.replace("Số:\n", "Số:")


def test_a_pages_marks_change_no_run_of_it() -> None:
    plain = reflowed(_PAGE)
    assert "QD 77.2019" not in plain  # (the front matter and its heading are the file's)
    assert "- Phòng Kiểm tra nội bộ rà soát hồ sơ" in plain.splitlines()
    assert "Số: 77/QĐ-CT" in plain.splitlines()
    for mark in (
        _nbsp,
        _invisible,
        _dashes,
        _bold,
        _escaped,
        _tabbed,
        _chrome,
        _glued_number,
        _tab_after_marker,
    ):
        assert _as_read(reflowed(mark(_PAGE))) == plain, mark.__name__


def _as_read(page: str) -> str:
    """The page's characters as the parser reads them (its runs where they are)."""
    for mark, read in (("\u00a0", " "), ("\u200b", ""), ("\u00ad", ""), ("**", ""), ("\\", "")):
        page = page.replace(mark, read)
    return re.sub(r"(?m)^\u2013 ", "- ", page).replace("Số:77", "Số: 77")


def test_the_records_identifier_in_bold_is_the_files() -> None:
    page = _PAGE.replace(
        "# QD 77.2019 CT MAU\n\n", "# QD 77.2019 CT MAU\n\n**VBMAU_3190320201646**\n"
    )
    assert "VBMAU" not in reflowed(page)
