"""Round 36c, subjects read in a plan's part on carrying it out: associations listed by their
kinds ("Hội, hiệp hội xã hội nghề nghiệp chủ động ...") are a paragraph's subject, so the
paragraph is their task, not more of the item above; and a sentence opened by how often
("Định kỳ 06 tháng các cơ quan có liên quan báo cáo ...") names its own bodies, a task of its
own after the sentence before it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.subject_openings import without_opening
from directives.parser.subjects import subject_bodies
from tests.parser.test_plans import plan


def test_associations_listed_by_kind_are_the_subject() -> None:
    assert subject_bodies("Hội, hiệp hội xã hội nghề nghiệp chủ động tham gia phản biện") == [
        "Hội, hiệp hội xã hội nghề nghiệp"
    ]
    assert subject_bodies("Hội nghị tổng kết chủ động tổ chức") == []


def test_a_paragraph_naming_associations_is_their_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Tư pháp chủ trì rà soát các quy định về dữ liệu.\n\n"
        "2. Báo tỉnh chủ động tuyên truyền về nội dung Kế hoạch.\n\n"
        "Hội, hiệp hội xã hội nghề nghiệp chủ động, tích cực tham mưu, phản biện chính sách;"
        " phát động hội viên làm chủ công nghệ.\n\n"
        "3. Các doanh nghiệp công nghệ số chủ động tham gia triển khai Kế hoạch.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Sở Tư pháp",
        "Báo tỉnh",
        "Hội, hiệp hội xã hội nghề nghiệp",
        "Các doanh nghiệp công nghệ số",
    ]
    assert record.actions[1].text == "Báo tỉnh chủ động tuyên truyền về nội dung Kế hoạch"


def test_how_often_opens_before_the_bodies() -> None:
    assert without_opening("Định kỳ 06 tháng các cơ quan có liên quan báo cáo kết quả") == (
        "các cơ quan có liên quan báo cáo kết quả"
    )
    assert without_opening("Định kỳ kiểm tra việc thực hiện") == "Định kỳ kiểm tra việc thực hiện"


def test_a_report_every_six_months_by_the_bodies_named_is_their_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Tư pháp chủ trì rà soát các quy định về dữ liệu.\n\n"
        "Yêu cầu các sở, ban, ngành, UBND các phường, xã căn cứ nhiệm vụ được phân công triển"
        " khai thực hiện tốt các nhiệm vụ được giao. Định kỳ 06 tháng các cơ quan có liên quan"
        " báo cáo kết quả thực hiện gửi về Sở Tư pháp để tổng hợp.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text[:30]) for a in record.actions] == [
        ("Sở Tư pháp", "Sở Tư pháp chủ trì rà soát các"),
        ("các sở, ban, ngành", "Yêu cầu các sở, ban, ngành, UB"),
        ("các cơ quan có liên quan", "Định kỳ 06 tháng các cơ quan c"),
    ]
