"""Round 36c, a province's plan in parts: its "Mục tiêu tổng quát" states aims (the bodies an
aim helps are given nothing); a sector heading "Các ngành, lĩnh vực khác" after sector
headings ("1. Nông nghiệp", "2. Y tế") is one more topic, its items no body's task unless a
sentence names it as its subject; and in the part on carrying the plan out, "Khuyến khích X
..." encourages the body X to do the work, X the lead."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.test_plans import plan

_FOLLOW_UP = """IV. TỔ CHỨC THỰC HIỆN

1. Sở Tư pháp chủ trì rà soát các quy định về dữ liệu.
"""


def test_the_general_aims_give_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = plan(
        "I. MỤC TIÊU TỔNG QUÁT\n\n"
        "1. Cụ thể hóa việc thực hiện Chương trình chuyển đổi số của Trung ương. Giúp các"
        " Sở, ban, ngành, UBND các phường, xã căn cứ để triển khai chuyển đổi số.\n\n" + _FOLLOW_UP,
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Sở Tư pháp"]


_SECTORS = """III. PHÁT TRIỂN KINH TẾ SỐ NGÀNH, LĨNH VỰC

1. Nông nghiệp

Phát triển nông nghiệp số. Các nhiệm vụ trọng tâm bao gồm:

a) Xây dựng nền tảng số nông nghiệp.

2. Y tế

a) Triển khai hồ sơ sức khỏe điện tử.

3. Các ngành, lĩnh vực khác

{other}

"""


def test_the_other_sectors_are_one_more_topic(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    other = (
        "Đối với các ngành tài chính, ngân hàng và các lĩnh vực khác: tập trung phát triển"
        " kinh tế số trong từng ngành. Các nhiệm vụ trọng tâm bao gồm:\n\n"
        "a) Xây dựng kế hoạch phát triển kinh tế số trong ngành, lĩnh vực.\n\n"
        "b) Tổ chức đào tạo kỹ năng số chuyên ngành."
    )
    record = plan(_SECTORS.format(other=other) + _FOLLOW_UP, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Tư pháp"]


def test_a_sentence_naming_the_other_sectors_is_their_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    other = (
        "Các ngành, lĩnh vực khác, căn cứ các nội dung tại mục II của Kế hoạch này, xây dựng"
        " và tổ chức triển khai Kế hoạch hành động phát triển kinh tế số."
    )
    record = plan(_SECTORS.format(other=other) + _FOLLOW_UP, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Các ngành, lĩnh vực khác", "Sở Tư pháp"]


def test_bodies_a_heading_names_before_the_others_keep_their_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\na) Triển khai hồ sơ sức khỏe điện tử.\n\n"
        "2. Các sở, ngành khác\n\na) Phối hợp triển khai hồ sơ sức khỏe điện tử.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Sở Y tế", "Các sở, ngành khác"]


def test_a_body_encouraged_in_the_follow_up_part_leads(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        _FOLLOW_UP
        + "\n2. Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây dựng kế hoạch"
        " hành động và chủ động tham gia phát triển kinh tế số.\n\n"
        "3. Khuyến khích Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh chỉ đạo các cơ sở đoàn"
        " tham gia mạng lưới hỗ trợ chuyển đổi số.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Sở Tư pháp", []),
        ("Liên đoàn Lao động tỉnh", ["Hội Nông dân tỉnh"]),
        ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", []),
    ]
    assert record.actions[1].text.startswith("Khuyến khích Liên đoàn Lao động tỉnh")
