"""A contract cited by its kind before "số" ("Hợp đồng kinh tế mua bán XMCN số ...") is typed
with that kind as written, in lower case with an abbreviation's capitals kept (README:
a kind written before "số" is typed with its words, a contract's kind included)."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.permits import cited_permit


def test_a_contract_is_typed_by_its_kind() -> None:
    text = "theo Hợp đồng kinh tế mua bán XMCN số 58/HĐKT/C3/2025 với Công ty cổ phần Sông Đà"
    permit = cited_permit(text, fold_keep(text), text.index("58/"))
    assert permit is not None and permit.kind == "hợp đồng kinh tế mua bán XMCN"
