"""Round 23a: a customs reply asks the company in the consequence of what it found ("Đồng
thời, vướng mắc của Công ty liên quan đến quy định tại Nghị định số ... nên đề nghị Công ty
liên hệ với Bộ Khoa học và Công nghệ để được hướng dẫn"): the body asked after "nên" leads,
named as the letter names it there ("Công ty"), as after "do vậy". Round 22 found no one asked
and gave the task to the recipient's full name."""

from __future__ import annotations

from directives.parser.asked import asked_bodies


def test_the_body_asked_after_nen_is_the_one_asked() -> None:
    sentence = (
        "Đồng thời, vướng mắc của Công ty liên quan đến quy định tại Nghị định số "
        "60/2014/NĐ-CP ngày 19/6/2014 của Chính phủ nên đề nghị Công ty liên hệ với Bộ Khoa "
        "học và Công nghệ để được hướng dẫn theo thẩm quyền."
    )
    assert asked_bodies(sentence) == ["Công ty"]
