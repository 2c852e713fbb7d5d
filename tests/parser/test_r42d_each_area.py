"""Round 42d: "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương", "Sở Tài chính các tỉnh,
thành phố", "Kho bạc Nhà nước các tỉnh": the body of that kind in each area, one name as
written (README: a body whose own name holds "các" is named and stays), the lead in full."""

from __future__ import annotations

from pathlib import Path

import pytest

from directives.org import load_org
from directives.parser.mentions import MentionFinder
from directives.parser.units import assign_units

_FIND = MentionFinder(load_org(Path("config/org.yaml")), False)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "Đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương báo cáo Ủy ban nhân dân"
            " cấp tỉnh chỉ đạo thực hiện.",
            "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương",
        ),
        (
            "Sở Tài chính các tỉnh, thành phố trực thuộc TW có trách nhiệm hướng dẫn thực hiện.",
            "Sở Tài chính các tỉnh, thành phố trực thuộc TW",
        ),
        ("Đề nghị Sở Xây dựng các tỉnh rà soát hồ sơ.", "Sở Xây dựng các tỉnh"),
    ],
)
def test_the_body_in_each_area_leads_as_written(sentence: str, lead: str) -> None:
    assert assign_units(sentence, _FIND, None).lead == lead
