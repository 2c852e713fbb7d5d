"""Round 39e: in a partner list, "có liên quan" followed by the list's "," or ";" says which
bodies of a kind are meant, no verb: the list goes on to the bodies after it ("phối hợp với
Liên đoàn Lao động tỉnh; các sở, ngành có liên quan; Ủy ban nhân dân các huyện, thành phố"),
the kind itself named by "các" staying out (README's "các" rule), while "có liên quan" before
the task's verb still ends the list."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nSố: 12/KH-UBND\n\nAn Bình, ngày 04 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH\nPhát triển quan hệ lao động hài hòa\n\n"
    "II. NHIỆM VỤ\n\n"
    "1. Tăng cường thanh tra, kiểm tra việc chấp hành pháp luật lao động tại doanh nghiệp.\n"
    "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh; {partners}.\n"
    "- Thời gian thực hiện: Thường xuyên hằng năm.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"
)


def test_partners_go_on_after_a_kind_of_related_bodies(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    partners = "các sở, ngành có liên quan; Ủy ban nhân dân các huyện, thành phố"
    actions = parse_text(_PAGE.format(partners=partners), org, calendar).actions
    assert len(actions) == 1
    assert actions[0].lead_unit == "Sở Nội vụ"
    assert actions[0].coordinating_units == [
        "Liên đoàn Lao động tỉnh",
        "Ủy ban nhân dân các huyện, thành phố",
    ]


def test_related_bodies_before_the_verb_end_the_list(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (
        "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính, các cơ quan có liên quan xây dựng kế "
        "hoạch kiểm tra.\n\n"
    )
    head, tail = _PAGE.split("1. Tăng cường")
    page = head + text + tail[tail.index("Nơi nhận:") :]
    actions = parse_text(page, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [("Sở Y tế", ["Sở Tài chính"])]


def test_the_older_hyphenated_culture_department_is_a_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "Sở Văn hóa - Thể thao và Du lịch", as "Sở Lao động - Thương binh và Xã hội" is written
    partners = "các sở, ngành có liên quan"
    page = _PAGE.format(partners=partners).replace(
        "Sở Nội vụ chủ trì", "Sở Văn hóa - Thể thao và Du lịch chủ trì"
    )
    actions = parse_text(page, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Văn hóa - Thể thao và Du lịch"]
