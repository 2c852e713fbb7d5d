"""Round rL: the plural of those concerned is named by more kinds of body than agencies and
units: an office's sections and the mass organisations ("Các bộ phận, ngành, đoàn thể có liên
quan phối hợp ...") and the province's departments with their level ("Các sở, ban, ngành tỉnh
có liên quan có trách nhiệm ..."): the plural, "có liên quan" included, leads."""

from __future__ import annotations

import pytest

from directives.parser.subjects import subject_bodies


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "Các bộ phận, ngành, đoàn thể có liên quan phối hợp với bộ phận Văn hóa - Xã hội "
            "thực hiện các nhiệm vụ được giao trong Kế hoạch",
            "Các bộ phận, ngành, đoàn thể có liên quan",
        ),
        (
            "Các sở, ban, ngành tỉnh có liên quan có trách nhiệm phối hợp với Sở Tư pháp rà "
            "soát các văn bản",
            "Các sở, ban, ngành tỉnh có liên quan",
        ),
    ],
)
def test_the_plural_of_those_concerned_leads_whole(sentence: str, lead: str) -> None:
    assert subject_bodies(sentence)[:1] == [lead]
