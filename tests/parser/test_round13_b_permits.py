"""Round 13 (b): a permit cited by its kind ("Giấy phép khai thác khoáng sản số ..."), on a
synthetic sentence: its type is the kind as written, and its issuer the body that "cho
phép" in the same sentence ("được Bộ X cho phép khai thác ... tại Giấy phép ... số N")."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def test_a_permit_takes_its_kind_as_written_and_the_body_that_permits() -> None:
    text = (
        "Công ty cổ phần Đá Xanh được Ủy ban nhân dân tỉnh Hòa Bình cho phép khai thác đá "
        "vôi tại mỏ Đồng Chanh, xã Lạc Sơn tại Giấy phép khai thác khoáng sản số 21/GP-UBND "
        "ngày 14/7/2025. Công ty đã có Giấy phép môi trường số 35/GPMT-UBND ngày 02/6/2025."
    )
    refs = find_references(text, fold_keep(text), None, 2025)
    assert [(r.number, r.type) for r in refs] == [
        ("21/GP-UBND", "giấy phép khai thác khoáng sản"),
        ("35/GPMT-UBND", "giấy phép môi trường"),
    ]
    assert refs[0].issuer == "Ủy ban nhân dân tỉnh Hòa Bình"
