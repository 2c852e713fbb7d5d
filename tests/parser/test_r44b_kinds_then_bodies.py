"""Round 44b: a sentence whose subject lists kinds of body under one "Các", the first kind's
word capitalised as provinces write it ("Các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ
chức có liên quan căn cứ ..."): the kinds lead, the body named after them acts with them, and
"các cơ quan, tổ chức có liên quan" are the kinds concerned ("tổ chức" a noun there, no verb)."""

from __future__ import annotations

import pytest

from directives.parser.bodies import VERBS
from directives.parser.subjects import subject_bodies


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        (
            "Các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ chức có liên quan căn cứ Kế "
            "hoạch này, xây dựng Kế hoạch triển khai tại cơ quan, đơn vị.",
            ["Các Sở, ban, ngành", "UBND xã, phường"],
        ),
        (
            "Các Sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan căn cứ chức "
            "năng, nhiệm vụ được giao tổ chức triển khai thực hiện.",
            ["Các Sở, ngành", "UBND các xã, phường"],
        ),
    ],
)
def test_capitalised_kinds_then_a_body(sentence: str, bodies: list[str]) -> None:
    assert subject_bodies(sentence) == bodies


def test_the_kinds_concerned_hold_no_verb() -> None:
    assert VERBS.search("các cơ quan, tổ chức có liên quan") is None
    assert VERBS.search("các cơ quan, tổ chức liên quan") is None
    assert VERBS.search("Sở Y tế tổ chức tập huấn") is not None
