"""Round 27b: a cited document's issuer whose name holds what the parser took for its end: a
comma inside an abbreviation ("Bộ VH,TT&DL"), a branch's place ("Chi nhánh Công ty TNHH X
Việt Nam tại TP. HCM"), and a comma inside a misprinted name bounded by "của" and the
document ("của Giám đốc Sở Văn hóa, Thể thao Du lịch tại Tờ trình số ..."). The parser cut the
first two short and gave the third none; a comma before another body still ends a name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round23a_letters import letter
from tests.parser.round24b_letters import decision

_RECITALS = """Căn cứ Quyết định số 4347/QĐ-BVHTTDL ngày 14/11/2025 của Bộ VH,TT&DL công bố thủ tục
hành chính mới ban hành;

Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao Du lịch tại Tờ trình số 3218/TTr-SVHTTDL ngày
16/11/2025.

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

Điều 2. Giao Sở Y tế niêm yết, công khai thủ tục hành chính theo quy định.

Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""

_REPLY = """Trả lời công văn số 01/KGL ngày 20/11/2025 của Chi nhánh Công ty TNHH KGL Việt Nam
tại TP. HCM về thực hiện quyền xuất khẩu, Cục Hải quan có ý kiến như sau:
Đề nghị Chi nhánh căn cứ quy định tại Nghị định số 09/2018/NĐ-CP để thực hiện.
"""


def test_issuers_whose_names_go_on(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    refs = decision(_RECITALS, org, calendar).references
    assert [(r.number, r.issuer) for r in refs] == [
        ("4347/QĐ-BVHTTDL", "Bộ VH,TT&DL"),
        ("3218/TTr-SVHTTDL", "Giám đốc Sở Văn hóa, Thể thao Du lịch"),
    ]


def test_a_branch_keeps_its_place(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    text = letter(_REPLY, issuer="BỘ TÀI CHÍNH\nCỤC HẢI QUAN", number="512/CHQ-GSQL")
    refs = parse_text(text, org, calendar).references
    assert refs[0].issuer == "Chi nhánh Công ty TNHH KGL Việt Nam tại TP. HCM"


def test_a_comma_before_another_body_ends_the_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = _RECITALS.replace(
        "của Giám đốc Sở Văn hóa, Thể thao Du lịch tại", "của Ủy ban nhân dân xã A, Sở Tư pháp tại"
    )
    refs = decision(body, org, calendar).references
    assert refs[1].issuer != "Ủy ban nhân dân xã A, Sở Tư pháp"
