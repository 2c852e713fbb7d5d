"""Round rZ: a PDF's text layer read with no blank line left between its paragraphs, the
wrapped lines short and going on in small letters (read as an export's text runs): the
authority's line set in under a subject in mixed case ("... của Sở Tư pháp tỉnh X" / "
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X") and the signature's lines set far in under the last
sentence ("... Quyết định này./." / "  KT. CHỦ TỊCH" / "  PHÓ CHỦ TỊCH" / "  Nguyễn Văn A")
each stand on a line of their own, not run on with the line above them."""

from __future__ import annotations

from directives.parser.shreds import reflow_page

_HEAD = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH HÒA BÌNH",
    "Số: 120/QĐ-UBND",
    "QUYẾT ĐỊNH",
    "Về việc công bố Danh mục thủ tục",
    " hành chính trong lĩnh vực",
    " chứng thực của Sở Tư pháp tỉnh Hòa Bình",
    "       CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH",
]
_SENTENCE = (
    "Sở Tư pháp chủ trì phối hợp với các sở ngành và địa phương rà soát quy trình nội bộ "
    "giải quyết thủ tục hành chính trên địa bàn tỉnh"
)
_SIGNATURE = [
    "                              KT. CHỦ TỊCH",
    "                            PHÓ CHỦ TỊCH",
    "                          Lê Văn Bình",
]


def _page() -> str:
    words = _SENTENCE.split()
    runs = [" ".join(words[k : k + 3]) for k in range(0, len(words), 3)]
    body = []
    for n in range(1, 6):
        body += [f"Điều {n}. Nội dung thực hiện", *runs[:-1], f"{runs[-1]}."]
    body[-1] = "chịu trách nhiệm thi hành Quyết định này./."
    return "\n".join(_HEAD + body + _SIGNATURE) + "\n"


def test_authority_under_subject_stands_alone() -> None:
    lines = [line.strip() for line in reflow_page(_page()).split("\n") if line.strip()]
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH" in lines
    assert any(line.endswith("của Sở Tư pháp tỉnh Hòa Bình") for line in lines)


def test_signature_lines_stand_alone() -> None:
    lines = [line.strip() for line in reflow_page(_page()).split("\n") if line.strip()]
    assert lines[-3:] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Bình"]


def test_export_wrap_still_runs_on() -> None:
    lines = [line.strip() for line in reflow_page(_page()).split("\n") if line.strip()]
    assert any(line.startswith("Về việc công bố Danh mục thủ tục hành chính") for line in lines)


def test_named_gazette_head_on_its_own_line() -> None:
    """A province's gazette's running head, the page's number on its line ("... ./." /
    "Lê Văn Bình" / "CÔNG BÁO HÒA BÌNH/Số 12/ Ngày 03-04-2026 17"): the page's, a line apart,
    not the signer's name going on."""
    head = "CÔNG BÁO HÒA BÌNH/Số 12/ Ngày 03-04-2026 17"
    lines = [line.strip() for line in reflow_page(f"{_page()}{head}\n").split("\n")]
    assert [line for line in lines if line][-2:] == ["Lê Văn Bình", head]
