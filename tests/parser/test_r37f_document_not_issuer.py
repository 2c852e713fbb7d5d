"""A decision is "một bộ phận không tách rời của Quyết định chủ trương đầu tư số ...": the
words after "của" name the document it belongs to, no body that issued it."""

from __future__ import annotations

from directives.parser.clean import fold_keep
from directives.parser.references import find_references

TEXT = (
    "Quyết định này là một bộ phận không tách rời của Quyết định chủ trương đầu tư số "
    "415/QĐ-BQLKCN cấp lần đầu ngày 12/3/2019.\n"
)


def test_the_document_it_belongs_to_is_no_issuer() -> None:
    (ref,) = find_references(TEXT, fold_keep(TEXT), None, None)
    assert ref.issuer is None
