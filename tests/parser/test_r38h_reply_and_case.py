"""Round 38h: shapes of letters a crawl copied without their letterhead.

- A reply's closing "X trả lời để Công ty biết và đề nghị Công ty liên hệ với ... để được hướng
  dẫn" asks the company for something of its own: a task (README: a request to contact a body
  for guidance), the whole sentence its text, while "... trả lời để Công ty biết./." alone is
  the closing formula.
- A quotation that opens a paragraph ("“Điều 44. ...") is a new one: the law quoted before it,
  left unclosed by the letter, is still quoted up to it, and gives no task.
- A case clause with commas of its own ("Trường hợp cấp có thẩm quyền quyết định ..., phê duyệt
  ..., Ủy ban nhân dân tỉnh X có trách nhiệm ...") ends where a body named in capitals begins:
  that body is the subject, and the task is its own.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.blocks import split_blocks
from directives.parser.clean import clean_text, fold_lines

_REPLY = (
    "**Kính gửi:** Công ty TNHH Minh An.\n\n"
    "Cục Hải quan nhận được Công văn số 12/CV-MA của Công ty TNHH Minh An về thủ tục hải quan.\n"
    "Về vấn đề này, Cục Hải quan có ý kiến như sau:\n\n"
    "**1. Về thủ tục hải quan:**\n\n"
    "- Tại Điều 5 Luật Hải quan quy định:\n\n"
    "*“Điều 5. Thủ tục hải quan*\n\n"
    "*Người khai hải quan phải khai đầy đủ hồ sơ.”*\n\n"
    "- Tại Điều 7 Luật Hải quan quy định:\n\n"
    "*“Điều 7. Địa điểm làm thủ tục*\n\n"
    "*Địa điểm làm thủ tục hải quan là trụ sở Chi cục Hải quan.*\n\n"
    "Chi cục Hải quan tiếp nhận hồ sơ và kiểm tra hàng hóa.\n\n"
    "*“Điều 8. Kiểm tra hàng hóa*\n\n"
    "*Hàng hóa được kiểm tra theo quy định.”*\n\n"
    "{closing}\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nLê Văn Bình\n"
)


def test_a_reply_closing_that_asks_the_company_to_contact_an_office_is_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    closing = (
        "Cục Hải quan trả lời để Công ty TNHH Minh An biết và đề nghị Công ty liên hệ với\n"
        "Chi cục Hải quan khu vực I để được hướng dẫn thực hiện./."
    )
    record = parse_text(_REPLY.format(closing=closing), org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Công ty",
            "Cục Hải quan trả lời để Công ty TNHH Minh An biết và đề nghị Công ty liên hệ với "
            "Chi cục Hải quan khu vực I để được hướng dẫn thực hiện",
        )
    ]


def test_a_reply_closing_that_only_answers_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    closing = "Cục Hải quan trả lời để Công ty TNHH Minh An biết./."
    assert parse_text(_REPLY.format(closing=closing), org, calendar).actions == []


_CASE = (
    "Điều 5. Tổ chức thực hiện\n\n"
    "1. Bộ Tài chính hướng dẫn thực hiện Nghị quyết này.\n\n"
    "2. Trường hợp cấp có thẩm quyền quyết định điều chỉnh chủ trương đầu tư, phê duyệt điều\n"
    "chỉnh dự án, Ủy ban nhân dân tỉnh Bình An có trách nhiệm rà soát, cập nhật thông tin Dự\n"
    "án.\n\n"
)


def test_a_body_named_after_a_case_clause_with_commas_is_the_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "**NGHỊ QUYẾT**\n\nVỀ DỰ ÁN TÁI ĐỊNH CƯ\n\n*Căn cứ Luật Đất đai số 31/2024/QH15;*\n\n"
        "*Chính phủ ban hành Nghị quyết về dự án tái định cư.*\n\n"
        + _CASE
        + "Nơi nhận:\n- Lưu: VT.\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLê Văn Bình\n"
    )
    record = parse_text(page, org, calendar)
    assert record.issuer == "Chính phủ"
    assert [a.lead_unit for a in record.actions] == ["Bộ Tài chính", "Ủy ban nhân dân tỉnh Bình An"]


def test_a_quotation_opening_a_paragraph_closes_the_one_left_open_before_it() -> None:
    lines = clean_text(_REPLY.format(closing="Cục Hải quan trả lời để Công ty biết./."))
    blocks = split_blocks(lines, fold_lines(lines))
    quoted = {b.text: b.quoted for b in blocks}
    assert quoted["Chi cục Hải quan tiếp nhận hồ sơ và kiểm tra hàng hóa."]
    assert not quoted["Cục Hải quan trả lời để Công ty biết./."]


def test_a_later_sentence_stating_a_case_goes_on_with_the_items_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "**NGHỊ QUYẾT**\n\nVỀ DỰ ÁN TÁI ĐỊNH CƯ\n\n*Căn cứ Luật Đất đai số 31/2024/QH15;*\n\n"
        "*Chính phủ ban hành Nghị quyết về dự án tái định cư.*\n\n"
        "Điều 5. Tổ chức thực hiện\n\n2. Bộ Tài chính có trách nhiệm:\n\n"
        "a) Căn cứ số thực chi của các địa phương để xem xét, hỗ trợ kịp thời. Trường hợp ngân\n"
        "sách địa phương không đủ, căn cứ đề nghị của Ủy ban nhân dân cấp tỉnh, Bộ Tài chính bổ\n"
        "sung cho ngân sách địa phương.\n\n"
        "Nơi nhận:\n- Lưu: VT.\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLê Văn Bình\n"
    )
    actions = parse_text(page, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Tài chính"]
    assert actions[0].text.endswith("Bộ Tài chính bổ sung cho ngân sách địa phương")
