"""A members' ballot cited by its kind and a number closed by its year ("Phiếu lấy ý kiến
Thành viên Chính phủ số 88/PLYK/2024"): the whole number and the kind as written; made-up."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def test_a_ballot_is_cited_whole_with_its_kind() -> None:
    text = (
        "Trên cơ sở kết quả tại Phiếu lấy ý kiến Thành viên Chính phủ số 88/PLYK/2024 ngày "
        "05 tháng 3 năm 2024 và Tờ trình số 31/TTr-BTC ngày 01 tháng 3 năm 2024."
    )
    refs = find_references(text, fold_keep(text), None, 2026)
    assert [(r.number, r.type) for r in refs] == [
        ("88/PLYK/2024", "phiếu lấy ý kiến thành viên chính phủ"),
        ("31/TTr-BTC", "tờ trình"),
    ]
