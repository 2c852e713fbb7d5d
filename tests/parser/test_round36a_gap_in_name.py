"""Round 36a: a page that put a blank line inside a sentence, in the middle of a cited document's
issuer ("... Quyết định số 1849/QĐ-UBND ngày ... của Ủy ban nhân dân thành" / "" / "phố Cần Thơ
về việc ban hành ..."): the line after the gap goes on with the sentence (it opens in lower case,
no item marker, and the line above ends no sentence), so the issuer is read whole ("Ủy ban nhân
dân thành phố Cần Thơ"; the parser cut it at the gap, "Ủy ban nhân dân thành"). A blank line
after a sentence's end, or before an item "a) ...", still parts paragraphs.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36_letters import binh_an_decision

_ARTICLES = """Điều 1. Ban hành kèm theo Quyết định này Quy định tiêu chí đánh giá công tác dân vận.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định số
1849/QĐ-UBND ngày 20 tháng 8 năm 2024 của Ủy ban nhân dân thành

phố Bình An về việc ban hành Quy chế đánh giá công tác dân vận; Quyết định số 824/QĐ-UBND
ngày 11 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh

a) Sở Nội vụ có trách nhiệm hướng dẫn thực hiện Quyết định này.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.
"""
_LETTER = binh_an_decision(
    "2210/QĐ-UBND",
    21,
    "Ban hành Quy định tiêu chí đánh giá công tác dân vận",
    _ARTICLES,
    last=3,
)


def test_an_issuer_is_read_across_a_blank_line_inside_its_sentence(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    references = {r.number: r for r in parse_text(_LETTER, org, calendar).references}
    assert references["1849/QĐ-UBND"].issuer == "Ủy ban nhân dân thành phố Bình An"
    # (a blank line before an item "a) ..." parts it from the issuer above)
    assert references["824/QĐ-UBND"].issuer == "Ủy ban nhân dân tỉnh"
