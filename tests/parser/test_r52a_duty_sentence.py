"""Round 52a (batch 197): an intro that first tells of a body ("Tổ công tác do ... làm Tổ
trưởng.") and ends on a sentence giving a body its duties ("Ban X có trách nhiệm:") hands
the lettered items below to that body, as the sentence alone would; a last sentence in which
the writer tells others the items ("Tổng cục Thuế thông báo ... thực hiện các nội dung sau:")
does not. A steering board named after its body ("Ban Chỉ đạo Cục Thuế") is one name, the
body in it not one directed ("chỉ đạo Cục Thuế")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import TCT_4153
from tests.parser.signed import signed

_BODY = """Tổng cục Thuế đề nghị các đơn vị thực hiện một số nhiệm vụ sau:
1. Thành lập Tổ công tác
Tổ công tác do một lãnh đạo Vụ Chính sách làm Tổ trưởng. {duty}:
a) Xây dựng kế hoạch triển khai thực hiện Nghị quyết;
b) Hướng dẫn, đôn đốc, kiểm tra các Chi cục Thuế thực hiện kế hoạch đã đề ra;
c) Hàng quý, tổng hợp, đánh giá tình hình thực hiện.
2. Vụ Chính sách chủ trì tổng hợp vướng mắc báo cáo Tổng cục Thuế."""


def _leads(duty: str, org: OrgDirectory, calendar: WorkingCalendar) -> dict[str, str | None]:
    text = TCT_4153 + _BODY.format(duty=duty) + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    return {a.text[:20]: a.lead_unit for a in parse_text(text, org, calendar).actions}


def test_the_last_sentence_names_whose_duties(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    leads = _leads("Ban Chỉ đạo Tổng cục Thuế có trách nhiệm", org, calendar)
    assert leads["Xây dựng kế hoạch tr"] == "Ban Chỉ đạo Tổng cục Thuế"
    assert leads["Hàng quý, tổng hợp, "] == "Ban Chỉ đạo Tổng cục Thuế"
    assert leads["Vụ Chính sách chủ tr"] == "Vụ Chính sách"
    leads = _leads("Cục Thuế các tỉnh, thành phố thực hiện các nội dung sau", org, calendar)
    assert leads["Hướng dẫn, đôn đốc, "] == "Cục Thuế các tỉnh, thành phố"


def test_the_writer_telling_the_items_names_no_one(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = _leads(
        "Tổng cục Thuế thông báo các Vụ, Cục thuộc Tổng cục thực hiện các nội dung sau",
        org,
        calendar,
    )
    assert leads["Xây dựng kế hoạch tr"] == "các đơn vị"


def test_a_steering_board_of_a_body_is_no_body_directed(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("Ban Chỉ đạo Cục Thuế": the board's name, not "chỉ đạo Cục Thuế", Cục Thuế directed)
    leads = _leads("Ban Chỉ đạo Cục Thuế chịu trách nhiệm", org, calendar)
    assert leads["Xây dựng kế hoạch tr"] == "Ban Chỉ đạo Cục Thuế"


def test_a_numbered_task_then_the_duties_of_the_body_it_sets_up(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("1. Giao X thành lập Ban Y. Ban Y có trách nhiệm:": X's own task, then Y's items)
    body = _BODY.replace(
        "1. Thành lập Tổ công tác\nTổ công tác do một lãnh đạo Vụ Chính sách làm Tổ trưởng."
        " {duty}:",
        "1. Giao Vụ Chính sách thành lập Ban Chỉ đạo. Ban Chỉ đạo Tổng cục Thuế có trách nhiệm:",
    )
    text = TCT_4153 + body + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    leads = {a.text[:20]: a.lead_unit for a in parse_text(text, org, calendar).actions}
    assert leads["Giao Vụ Chính sách t"] == "Vụ Chính sách"
    assert leads["Xây dựng kế hoạch tr"] == "Ban Chỉ đạo Tổng cục Thuế"


def test_a_board_named_by_its_kind_and_work(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    # ("Tổ công tác có trách nhiệm:": the board the heading sets up, no name in capitals)
    leads = _leads("Tổ công tác có trách nhiệm", org, calendar)
    assert leads["Xây dựng kế hoạch tr"] == "Tổ công tác"
