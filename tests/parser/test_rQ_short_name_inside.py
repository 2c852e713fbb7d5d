"""A cited document's issuer whose short form stands inside its name, before the name's own
words ("của Hợp tác xã dịch vụ (HTXDV) Tân Phú ..."): the initials spell the words before
it, so the name goes on past the brackets, up to what came with the document ("kèm theo")."""

from __future__ import annotations

from directives.parser.cited_issuer import issuer_after
from directives.parser.clean import fold_keep


def test_the_name_goes_on_past_its_short_form() -> None:
    text = (
        "Sở nhận được Tờ trình số 15/TTr-HTX ngày 02/4/2026 của Hợp tác xã dịch vụ (HTXDV) "
        "Tân Phú Đông kèm theo hồ sơ đề nghị hỗ trợ kinh phí."
    )
    at = text.index(" của")
    assert issuer_after(text, fold_keep(text), at) == "Hợp tác xã dịch vụ (HTXDV) Tân Phú Đông"
