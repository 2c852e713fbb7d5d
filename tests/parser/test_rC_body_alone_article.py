"""Round rC: "is this article headed by a body alone" is one check, ``body_articles.
body_heading``, for ``blocks`` (a heading line over its paragraph) and ``statute`` (a chapter's
duty article, ``body_article`` and ``_body_title``); the statute asks it with ``asked``, for an
article that asks the bodies it names is theirs ("Điều 19. Đề nghị Tòa án nhân dân tỉnh, ...")."""

from __future__ import annotations

from directives.parser.blocks import Block
from directives.parser.body_articles import body_heading
from directives.parser.clean import fold_keep
from directives.parser.statute import _body_title, body_article

_ASKED = "Điều 19. Đề nghị Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh"


def _article(text: str) -> Block:
    return Block("article", text, fold_keep(text))


def test_an_asking_verb_heads_no_body_alone_unless_asked() -> None:
    title = "Đề nghị Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh"
    assert not body_heading(title)
    assert body_heading(title, asked=True)
    assert body_heading("Sở Văn hóa và Thể thao", asked=True)


def test_the_statutes_body_article_reads_the_shared_check() -> None:
    assert body_article(_article("Điều 9. Sở Văn hóa và Thể thao"))
    assert body_article(_article(_ASKED))
    # (a name the line broke on its comma, or after its kind: the title goes on below)
    assert not body_article(_article("Điều 9. Sở Văn hóa và Thể thao,"))
    assert not body_article(_article("Điều 9. Sở"))
    assert not body_article(_article("Điều 9. Sở Văn hóa và Thể thao."))


def test_a_chapters_article_asking_bodies_is_theirs() -> None:
    lines = [_ASKED, "", "Căn cứ chức năng, nhiệm vụ, phối hợp cung cấp thông tin."]
    assert _body_title(lines, [fold_keep(line) for line in lines], 0)
    cut = ["Điều 9. Sở Văn hóa và Thể thao,", "", "Chủ trì tổ chức kiểm tra."]
    assert not _body_title(cut, [fold_keep(line) for line in cut], 0)
