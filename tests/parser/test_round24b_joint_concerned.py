"""Round 24b: a decision's article opens with a body named jointly with the plural of those
concerned ("Điều 3. Sở Y tế và các cơ quan, đơn vị có liên quan có trách nhiệm tổ chức niêm
yết ..."): a task, the body its lead and the plural, named jointly as a lead, a coordinating
unit. The parser read "có" of "có liên quan" as the subject's verb, found no body acting and
dropped the article's first paragraph; and the issuer of a document "... của X vẫn giữ nguyên
giá trị pháp lý" ran on into what the sentence says of the document."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round24b_letters import decision

_BODY = """Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Các nội dung khác tại Quyết định
số 18/QĐ-UBND ngày 23 tháng 10 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh vẫn giữ nguyên
giá trị pháp lý.

Điều 3. Sở Y tế và các cơ quan, đơn vị có liên quan có trách nhiệm tổ chức niêm yết, công
khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công.
Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm chủ trì, phối hợp với Sở Y tế cập nhật thủ tục
hành chính lên Cơ sở dữ liệu quốc gia.

Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế chịu trách nhiệm thi hành
Quyết định này./.
"""


def test_a_body_and_those_concerned_lead_jointly(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = decision(_BODY, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Sở Y tế", ["các cơ quan, đơn vị có liên quan"]),
        ("Văn phòng Ủy ban nhân dân tỉnh", ["Sở Y tế"]),
    ]
    assert actions[0].text.startswith("Sở Y tế và các cơ quan, đơn vị có liên quan có trách")


def test_the_issuer_stops_before_what_the_document_keeps(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = decision(_BODY, org, calendar).references
    assert [(r.number, r.issuer) for r in refs] == [("18/QĐ-UBND", "Chủ tịch Ủy ban nhân dân tỉnh")]
