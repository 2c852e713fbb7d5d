"""Round rP: a council resolution's closing article hands the supervision to the council's
organs, "Đại biểu" capitalised among them, and to the councils under it ("Thường trực Hội đồng
nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và các đại biểu Hội đồng
nhân dân tỉnh, Hội đồng nhân dân cấp xã giám sát ..."): the standing committee leads, every
other organ named, the lower councils too, works with it."""

from __future__ import annotations

import pytest

from directives.parser.council import council_organs

_OWN = "Hội đồng nhân dân tỉnh"


@pytest.mark.parametrize(
    ("listed", "last"),
    [
        (f"các Tổ đại biểu và các đại biểu {_OWN}, Hội đồng nhân dân cấp xã", "HĐND cấp xã"),
        (f"các Tổ đại biểu {_OWN} và Đại biểu {_OWN}", f"Đại biểu {_OWN}"),
    ],
)
def test_all_the_supervisors(listed: str, last: str) -> None:
    text = f"Thường trực {_OWN}, các Ban của {_OWN}, {listed} giám sát việc thực hiện Nghị quyết."
    organs = council_organs(text)
    assert organs is not None
    assert organs[0][-1] == last.replace("HĐND", "Hội đồng nhân dân")
    assert text[organs[1] :].startswith(" giám sát")
