"""Round 38f: plurals named jointly after a particular lead, before the duty ("Ủy ban nhân dân
tỉnh, các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và các cấp chính quyền địa phương theo
chức năng, nhiệm vụ, tổ chức thực hiện ...", "Ngân hàng X và các ngân hàng thương mại cổ phần
quyết liệt triển khai ...").

By the joint-lead rule (README) the first body leads and the others, plurals introduced by "các"
among them, are coordinating units as written; only a plural after "phối hợp" is left out. The
parser dropped the plurals when one followed the lead after a comma ("X, các sở, ngành ...": read
as one name) or when the list reached the duty only through a cue ("theo chức năng, nhiệm vụ")
or an adverb ("quyết liệt").
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import resolution


@pytest.mark.parametrize(
    ("clause", "lead", "coordinating"),
    [
        (
            "1. Ủy ban nhân dân tỉnh, các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và các cấp"
            " chính quyền địa phương theo chức năng, nhiệm vụ, tổ chức thực hiện Nghị quyết.",
            "Ủy ban nhân dân tỉnh",
            ["các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "các cấp chính quyền địa phương"],
        ),
        (
            "1. Ủy ban nhân dân tỉnh, các sở, ngành tổ chức thực hiện Nghị quyết.",
            "Ủy ban nhân dân tỉnh",
            ["các sở, ngành"],
        ),
        (
            "1. Sở Tài chính, các sở, ngành và Ủy ban nhân dân các xã tổ chức thực hiện Nghị"
            " quyết.",
            "Sở Tài chính",
            ["các sở, ngành", "Ủy ban nhân dân các xã"],
        ),
        (
            "1. Kho bạc Nhà nước tỉnh và các ngân hàng thương mại quyết liệt triển khai chính sách"
            " hỗ trợ.",
            "Kho bạc Nhà nước tỉnh",
            ["các ngân hàng thương mại"],
        ),
    ],
)
def test_plurals_named_with_the_lead_act_with_it(
    clause: str,
    lead: str,
    coordinating: list[str],
    org: OrgDirectory,
    calendar: WorkingCalendar,
) -> None:
    doc = parse_text(resolution(clause), org, calendar)
    first = doc.actions[0]
    assert (first.lead_unit, first.coordinating_units) == (lead, coordinating)


def test_a_plural_after_phoi_hop_stays_out(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    clause = "1. Ủy ban nhân dân tỉnh phối hợp với các sở, ngành tổ chức thực hiện Nghị quyết."
    doc = parse_text(resolution(clause), org, calendar)
    first = doc.actions[0]
    assert (first.lead_unit, first.coordinating_units) == ("Ủy ban nhân dân tỉnh", [])
