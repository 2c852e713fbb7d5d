"""Round 37c: a plan or a programme cited as one "of action" ("Kế hoạch hành động số
12-KH/TU", "Chương trình hành động số 7-CTr/TU") is of that kind as written, whatever its
number's code names, and with the word cut short by a misprint ("Chương trình hành độ số")
copied as printed; a plan named by what it does otherwise stays a plan."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(r.number, r.type) for r in find_references(text, fold_keep(text), None, 2025)]


def test_a_plan_of_action_is_typed_as_written() -> None:
    assert _types(
        "Thực hiện Kế hoạch hành động số 12-KH/TU ngày 3/4/2025 của Ban Thường vụ Tỉnh ủy và "
        "Kế hoạch hành động số 88-KHHĐ/TU ngày 5/6/2025 của Thành ủy; Kế hoạch hành động "
        "71-KH/TU ngày 7/7/2025 của Tỉnh ủy;"
    ) == [
        ("12-KH/TU", "kế hoạch hành động"),
        ("88-KHHĐ/TU", "kế hoạch hành động"),
        ("71-KH/TU", "kế hoạch hành động"),
    ]


def test_a_programme_of_action_and_its_misprint() -> None:
    assert _types(
        "Căn cứ Chương trình hành động số 7-CTr/TU ngày 1/2/2025 của Tỉnh ủy; thực hiện "
        "Chương trình hành độ số 9-CTr/TU ngày 3/3/2025 của Tỉnh ủy;"
    ) == [("7-CTr/TU", "chương trình hành động"), ("9-CTr/TU", "chương trình hành độ")]


def test_a_plan_alone_stays_a_plan() -> None:
    assert _types("Thực hiện Kế hoạch số 15/KH-UBND ngày 2/1/2025 của Ủy ban nhân dân tỉnh;") == [
        ("15/KH-UBND", "kế hoạch")
    ]
