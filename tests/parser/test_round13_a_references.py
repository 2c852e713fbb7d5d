"""Round 13a: a national technical regulation ("QCVN 06:2022/BXD") is a cited document of
its own kind, "quy chuẩn", whether or not its number is written with a space after "QCVN"."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def test_a_technical_regulation_is_cited_by_its_whole_number_as_a_quy_chuan() -> None:
    text = (
        "Hiện nay Quy chuẩn QCVN 06:2022/BXD, Thông tư số 09/2023/TT-BXD của Bộ Xây dựng, "
        "vẫn chưa quy định cụ thể; đề nghị sửa đổi QCVN06:2022/BXD theo hướng bổ sung."
    )
    refs = find_references(text, fold_keep(text), None, 2026)
    assert [(r.number, r.type, r.issuer) for r in refs] == [
        ("QCVN 06:2022/BXD", "quy chuẩn", "Bộ Xây dựng"),
        ("09/2023/TT-BXD", "thông tư", "Bộ Xây dựng"),
    ]


def test_the_annex_a_form_belongs_to_is_no_issuer_of_the_document() -> None:
    text = (
        "Báo cáo được lập theo Mẫu số 05 của Phụ lục IV kèm theo Thông tư số "
        "36/2025/TT-BNNMT ngày 02/7/2025."
    )
    refs = find_references(text, fold_keep(text), None, 2026)
    assert [(r.number, r.issuer) for r in refs] == [("36/2025/TT-BNNMT", None)]


def test_the_body_that_issued_a_regulation_by_a_circular_issued_the_circular() -> None:
    text = (
        "QCVN 06:2022/BXD quy chuẩn kỹ thuật quốc gia về an toàn cháy cho nhà và công trình, "
        "Bộ Xây dựng ban hành theo Thông tư số 06/2022/TT-BXD ngày 30 tháng 11 năm 2022."
    )
    refs = find_references(text, fold_keep(text), None, 2026)
    assert (refs[-1].number, refs[-1].issuer) == ("06/2022/TT-BXD", "Bộ Xây dựng")
