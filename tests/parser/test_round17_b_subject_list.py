"""Round 17b: a resolution's subject list that runs on past the bodies the finder knows
("Bộ Nội vụ, Bộ Công an và Ủy ban nhân dân cấp tỉnh căn cứ ...", "Đề nghị Ủy ban trung ương
Mặt trận Tổ quốc Việt Nam, ..., tổ chức đại diện của người sử dụng lao động và các tổ chức
chính trị - xã hội tham gia ..."): every entry before the verb acts with the lead; and the
bodies under the Government and the National Assembly's committees are named whole."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round17b_letters import resolution_actions


def _units(item: str, org: OrgDirectory, calendar: WorkingCalendar) -> tuple[str | None, list[str]]:
    actions = resolution_actions(f"Điều 1. Tổ chức thực hiện\n1. {item}", org, calendar)
    assert len(actions) == 1
    return actions[0].lead_unit, actions[0].coordinating_units


@pytest.mark.parametrize(
    ("item", "lead", "partners"),
    [
        (
            "Đề nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn Lao động Việt "
            "Nam, tổ chức đại diện của người sử dụng lao động và các tổ chức chính trị - xã hội "
            "tham gia tuyên truyền, vận động và giám sát việc thực hiện Nghị quyết này.",
            "Ủy ban trung ương Mặt trận Tổ quốc Việt Nam",
            [
                "Tổng Liên đoàn Lao động Việt Nam",
                "tổ chức đại diện của người sử dụng lao động",
                "các tổ chức chính trị - xã hội",
            ],
        ),
        (
            "Trường hợp phát sinh nội dung chi khác, đề nghị Bộ Nội vụ, Bộ Công an và Ủy ban "
            "nhân dân cấp tỉnh căn cứ tình hình thực tế để quyết định mức chi cụ thể.",
            "Bộ Nội vụ",
            ["Bộ Công an", "Ủy ban nhân dân cấp tỉnh"],
        ),
        (
            "Bộ Nội vụ, Bộ Y tế và Viện Hàn lâm Khoa học và Công nghệ Việt Nam tổng hợp kinh "
            "phí thực hiện các nhiệm vụ được giao, gửi Bộ Tài chính tổng hợp.",
            "Bộ Nội vụ",
            ["Bộ Y tế", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"],
        ),
        (
            "Đề nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam, Phòng Thương mại và Công "
            "nghiệp Việt Nam và các tổ chức đoàn thể chính trị tham gia phổ biến Nghị quyết này.",
            "Ủy ban trung ương Mặt trận Tổ quốc Việt Nam",
            ["Phòng Thương mại và Công nghiệp Việt Nam", "các tổ chức đoàn thể chính trị"],
        ),
    ],
)
def test_every_entry_of_the_subject_list_acts_with_the_lead(
    item: str, lead: str, partners: list[str], org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _units(item, org, calendar) == (lead, partners)


def test_plurals_asked_jointly_with_the_lead_stay(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "các cơ quan báo chí" and "các đơn vị có liên quan" name no body of their own, but asked
    # jointly with the lead as leads they stay, as written (README: the joint-lead rule holds
    # "with or without các"; round 38f); only a plural after "phối hợp" is left out
    item = (
        "Đề nghị Bộ Tài chính, Bộ Y tế, các cơ quan báo chí và các đơn vị có liên quan "
        "tuyên truyền Nghị quyết này."
    )
    partners = ["Bộ Y tế", "các cơ quan báo chí", "các đơn vị có liên quan"]
    assert _units(item, org, calendar) == ("Bộ Tài chính", partners)


def test_bodies_a_lead_directs_are_not_its_partners(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "chỉ đạo X, Y ...": those directed act for the lead, they are no list it opens
    item = "Bộ Y tế chỉ đạo Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh thực hiện Nghị quyết này."
    assert "Trung tâm Kiểm soát bệnh tật tỉnh" not in _units(item, org, calendar)[1]
