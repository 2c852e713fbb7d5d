"""Round 23a: "Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương số
72/2025/QH15": the subject that passed a law, its name between the kind and the number, issued
it (the label rule's "X đã ban hành / có / ra / thông qua ... số N"); the day it was passed
is not the date the labels give it. Round 22 read the
subject only right before "Luật số N", and not after "thông qua"; a document named in another
one's title ("Nghị định ... của Luật Đất đai số N") still takes no issuer from the subject."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _refs(text: str) -> list[tuple[str, str | None, str | None, object]]:
    refs = find_references(text, fold_keep(text), None, 2026)
    return [(r.number, r.type, r.issuer, r.issued_on) for r in refs]


def test_the_body_that_passed_the_named_law_issued_it() -> None:
    text = (
        "Ngày 16/6/2025, Quốc hội đã thông qua Luật Tổ chức chính quyền địa phương số "
        "72/2025/QH15 với những quy định mới. Chính phủ đã ban hành Nghị định quy định chi tiết "
        "một số điều của Luật Đất đai số 31/2024/QH15."
    )
    assert _refs(text) == [
        ("72/2025/QH15", "luật", "Quốc hội", None),
        ("31/2024/QH15", "luật", None, None),
    ]
