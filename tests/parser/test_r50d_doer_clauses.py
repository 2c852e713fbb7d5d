"""Round 50d: a "Cơ quan thực hiện:" field written as sentences, one body's work, then after a
";" the work of other bodies as a clause with its own subject ("Bộ Công an tiến hành rà soát
...; các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh ... rà soát ..."), names those bodies
jointly with the first, who leads; a ";" that goes on listing the partners after "phối hợp
với" ("... phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan và Ủy ban nhân dân
các huyện, thành phố") still lists partners only."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed


def _record(doers: str) -> str:
    return (
        "QUYẾT ĐỊNH\n\n"
        "Điều 1. Ban hành Kế hoạch triển khai thi hành Luật.\n\n"
        "**II. NỘI DUNG**\n\n"
        "4. Rà soát văn bản quy phạm pháp luật\n\n"
        "- Nội dung: rà soát các văn bản quy phạm pháp luật có liên quan đến Luật.\n\n"
        f"- Cơ quan thực hiện: {doers}\n\n"
        "- Thời gian thực hiện: năm 2026." + signed("KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG")
    )


def test_the_bodies_of_a_later_clause_work_jointly(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = _record(
        "Bộ Công an tiến hành rà soát các văn bản có liên quan đến Luật; các bộ, cơ quan"
        " ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương rà soát văn bản"
        " có liên quan đến Luật."
    )
    (action,) = parse_text(page, org, calendar).actions
    assert action.lead_unit == "Bộ Công an"
    assert action.coordinating_units == [
        "các bộ, cơ quan ngang bộ",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]


def test_partners_listed_past_a_semicolon_stay_partners(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = _record(
        "Sở Tư pháp chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan"
        " và Ủy ban nhân dân các huyện, thành phố."
    )
    (action,) = parse_text(page, org, calendar).actions
    assert action.lead_unit == "Sở Tư pháp"
    assert action.coordinating_units == [
        "Liên đoàn Lao động tỉnh",
        "Ủy ban nhân dân các huyện, thành phố",
    ]
