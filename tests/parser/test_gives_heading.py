"""A heading in the issuer's guidance that hands work to a body ("giao Sở X ...") is no
statement of the rule (formulas.GIVES held two backspace characters for its word bounds, so
it never matched)."""

from directives.parser.formulas import states_for


def test_a_heading_that_gives_work_is_no_statement() -> None:
    assert states_for("giao so y te thuc hien nhu sau:", True) is False
    assert states_for("cac co so kcb thuc hien nhu sau:", True) is True
    assert states_for("cac co so kcb thuc hien nhu sau:", False) is False
