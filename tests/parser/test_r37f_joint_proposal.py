"""A submission two bodies made together, named between "của" and "tại Tờ trình số" ("Theo đề
nghị của Giám đốc Sở Xây dựng và Sở Tài chính tại Tờ trình số ..."), has both as its issuer,
as written; a "và" before words that open no body still ends the name."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references


def _issuer(text: str) -> str | None:
    (ref,) = find_references(text, fold_keep(text), None, None)
    return ref.issuer


def test_two_bodies_proposing_together_are_the_issuer() -> None:
    text = (
        "Theo đề nghị của Giám đốc Sở Xây dựng và Sở Tài chính tại Tờ trình số\n"
        "112/TTr-LSXDTC ngày 23 tháng 12 năm 2025;\n"
    )
    assert _issuer(text) == "Giám đốc Sở Xây dựng và Sở Tài chính"


def test_a_va_before_no_body_still_ends_it() -> None:
    text = "Theo đề nghị của Sở Xây dựng và đề xuất tại Tờ trình số 112/TTr-SXD ngày 23/12/2025;\n"
    assert _issuer(text) is None
