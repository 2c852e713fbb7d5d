"""Round 51j (198/01): a regulation's heading cites the decision that issues it, its number
split by the page's text runs after "số:" ("số: 260" / "1" / "/QĐ-TCT"), read whole; and the
heads' titles listed before a kind's units without "các" ("Thủ trưởng cơ quan Thuế các cấp,
Trưởng đơn vị có liên quan thuộc cơ quan Thuế các cấp ...") are dropped as with it."""

from __future__ import annotations

from directives.parser.shreds import reflowed
from directives.parser.subjects import subject_bodies

_FILL = "\n".join(
    ["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 8
)


def test_a_serial_split_after_so_colon_is_whole() -> None:
    runs = "(Ban hành kèm theo Quyết\nđịnh s\nố\n: 260\n1\n/QĐ-TCT ngày 30 tháng 12 năm 2016 của"
    text = reflowed(_FILL + "\n" + runs)
    assert "số: 2601/QĐ-TCT ngày 30 tháng 12 năm 2016" in text


def test_heads_of_units_without_cac() -> None:
    said = (
        "Thủ trưởng cơ quan Thuế các cấp, Trưởng đơn vị có liên quan thuộc cơ quan Thuế các cấp"
        " có trách nhiệm hướng dẫn thực hiện Quy chế này."
    )
    assert subject_bodies(said) == [
        "cơ quan Thuế các cấp",
        "đơn vị có liên quan thuộc cơ quan Thuế các cấp",
    ]
