"""Round 44c: "thành lập" (to set up) ends the subject as a verb does ("Các Bộ: Công Thương,
Ngoại giao thành lập các Tổ công tác thúc đẩy thị trường mới (Trung Đông, châu Phi, Mỹ La
Tinh...), giải quyết ..."), so the places a bracket lists after it are no bodies of the kind."""

from __future__ import annotations

from directives.parser.subjects import subject_bodies


def test_the_ministries_that_set_up_working_groups() -> None:
    text = (
        "Các Bộ: Công Thương, Nông nghiệp và Môi trường, Ngoại giao thành lập các Tổ công tác"
        " thúc đẩy thị trường mới (Trung Đông, châu Phi, Mỹ La Tinh...), giải quyết các vướng"
        " mắc về các hiệp định FTA hiện có."
    )
    assert subject_bodies(text) == [
        "Bộ Công Thương",
        "Bộ Nông nghiệp và Môi trường",
        "Bộ Ngoại giao",
    ]
