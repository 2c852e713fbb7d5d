"""Round rC: an article's label ("Điều 2. ") is read by one function, ``article_labels.
article_label``, for ``blocks`` (which opens an article on it) and ``body_articles`` (which
reads the body heading the article after it); a label whose dot the line lost counts only
where the line is already known to head an article."""

from __future__ import annotations

from directives.parser.article_labels import article_label
from directives.parser.blocks import Block
from directives.parser.body_articles import body_article_over
from directives.parser.clean import fold_keep


def _article(text: str) -> Block:
    return Block("article", text, fold_keep(text))


def test_the_label_ends_where_the_articles_words_start() -> None:
    assert article_label(fold_keep("Điều 12. Sở Nội vụ")) == len("Điều 12. ")
    assert article_label(fold_keep("Điều 3: Giao Sở Y tế")) == len("Điều 3: ")
    # (a duty title run into the sentence: the bodies' names start after it)
    run_in = "Điều 2. Trách nhiệm thực hiện Sở Xây dựng, Sở Công Thương"
    assert article_label(fold_keep(run_in)) == len("Điều 2. Trách nhiệm thực hiện ")


def test_a_label_without_its_dot_counts_only_on_a_known_article() -> None:
    lost = fold_keep("Điều 7 Sở Văn hóa và Thể thao")
    assert article_label(lost) == 0
    assert article_label(lost, dotless=True) == len("Điều 7 ")
    assert article_label(fold_keep("Theo Điều 7. Luật")) == 0


def test_an_article_headed_by_a_body_alone_over_its_task() -> None:
    task = "Chủ trì, phối hợp với các đơn vị tổ chức kiểm tra định kỳ."
    assert body_article_over(_article("Điều 9. Sở Văn hóa và Thể thao"), task)
    assert body_article_over(_article("Điều 9 Sở Văn hóa và Thể thao"), task)
    assert not body_article_over(_article("Điều 9. Giao Sở Văn hóa và Thể thao"), task)
    assert not body_article_over(Block("num1", "9. Sở Văn hóa và Thể thao", ""), task)
