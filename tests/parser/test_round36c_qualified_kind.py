"""Round 36c: a report cited by its kind and what it is before its number ("Báo cáo tiếp thu,
giải trình số 507/UBND-KT ...") is a report, though the number's code names no kind; a kind
written right before the number still rules ("Tờ trình đề nghị ban hành Kế hoạch số ...")."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(r.number, r.type) for r in find_references(text, fold_keep(text), None, 2025)]


def test_a_report_named_with_what_it_is() -> None:
    assert _types(
        "Xét Báo cáo thẩm tra số 165/BC-KTNS ngày 24/11/2025 của Ban Kinh tế ngân sách; Báo cáo"
        " tiếp thu, giải trình số 507/UBND-KT ngày 26/11/2025 của Ủy ban nhân dân tỉnh;"
    ) == [("165/BC-KTNS", "báo cáo"), ("507/UBND-KT", "báo cáo")]


def test_the_kind_right_before_the_number_rules() -> None:
    assert _types("Xét Tờ trình đề nghị ban hành Kế hoạch số 12/KH-UBND ngày 2/11/2025;") == [
        ("12/KH-UBND", "kế hoạch")
    ]
    # a letter's number cited with no kind before it stays a letter
    assert _types("theo đề nghị tại văn bản số 88/UBND-KT ngày 2/11/2025;") == [
        ("88/UBND-KT", "công văn")
    ]
