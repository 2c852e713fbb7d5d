""" "Đơn vị phối hợp: Vụ A, Cục Quản lý xử lý vi phạm ... và theo dõi thi hành pháp luật": a
field's list whose last entry is a body's name holding a verb after its "và" still lists bodies
(its verb part of the name), not a sentence naming one body; a list whose verb is the bodies'
own work stays a sentence."""

from __future__ import annotations

from directives.org import OrgDirectory
from directives.parser.fields import cell_bodies
from directives.parser.mentions import MentionFinder


def test_a_name_holding_a_verb_after_its_and_keeps_the_list(org: OrgDirectory) -> None:
    find = MentionFinder(org, True, "Bộ Tư pháp")
    text = (
        "Vụ Pháp luật quốc tế, Cục Bồi thường nhà nước, Cục Quản lý xử lý vi phạm hành chính "
        "và theo dõi thi hành pháp luật"
    )
    assert cell_bodies(text, find, False) == [
        "Vụ Pháp luật quốc tế",
        "Cục Bồi thường nhà nước",
        "Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật",
    ]
    sentence = "Sở Tài chính, Sở Nội vụ hướng dẫn và theo dõi các đơn vị"
    assert cell_bodies(sentence, find, False) == ["Sở Tài chính", "Sở Nội vụ"]
