"""Round 44c: partners named by one kind of body and their own names, listed with no colon
("phối hợp chặt chẽ với các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn,
Tư pháp để ..."), are each that kind's body, as with the colon ("các Bộ: Xây dựng, Y tế")."""

from __future__ import annotations

from directives.org import OrgDirectory
from directives.parser.mentions import MentionFinder
from directives.parser.units import assign_units


def test_the_ministries_listed_without_a_colon_each_work_with_the_lead(org: OrgDirectory) -> None:
    text = (
        "Bộ Tài chính chủ trì, phối hợp chặt chẽ với các Bộ Tài nguyên và Môi trường, Nông nghiệp"
        " và Phát triển nông thôn, Tư pháp để khẩn trương hoàn thiện dự thảo Đề án."
    )
    units = assign_units(text, MentionFinder(org, False), None)
    assert units.lead == "Bộ Tài chính"
    assert units.coordinating == [
        "Bộ Tài nguyên và Môi trường",
        "Bộ Nông nghiệp và Phát triển nông thôn",
        "Bộ Tư pháp",
    ]
