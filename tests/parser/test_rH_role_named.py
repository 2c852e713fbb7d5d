"""A body named by its role in making a text ("Cơ quan trình đề án, tờ trình ...", "Cơ quan
chủ trì soạn thảo ..."), the kinds of text it submits of its name, is a sentence's subject;
and a paragraph opening with its work, no subject, is the task of the body its later sentence
opens with. Made-up snippets, none from the corpora."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.subjects import subject_acts, subject_bodies
from tests.parser.test_structure import letter


def test_a_body_named_by_the_texts_it_submits_is_the_subject() -> None:
    sentence = "Cơ quan trình đề án, báo cáo, tờ trình gửi đủ hồ sơ trước phiên họp 10 ngày."
    assert subject_bodies(sentence) == ["Cơ quan trình đề án, báo cáo, tờ trình"]
    assert subject_acts(sentence)
    drafting = "Cơ quan chủ trì soạn thảo tổ chức lấy ý kiến các đơn vị có liên quan."
    assert subject_bodies(drafting) == ["Cơ quan chủ trì soạn thảo"]


def test_a_paragraph_opening_with_its_work_is_the_later_sentences_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = letter(
        "Điều 2. Tổ chức thực hiện\n"
        "1. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Chương trình này.\n"
        "Nâng cao chất lượng khâu chuẩn bị các phiên họp của Chính phủ. Cơ quan trình "
        "đề án, tờ trình bảo đảm chất lượng hồ sơ, gửi tài liệu đúng thời hạn.\n"
        "2. Văn phòng Chính phủ tổng hợp kết quả, báo cáo Thủ tướng Chính phủ hằng quý.",
        org,
        calendar,
    )
    leads = [(a.lead_unit, a.text[:22]) for a in record.actions]
    assert ("Cơ quan trình đề án, tờ trình", "Nâng cao chất lượng kh") in leads
