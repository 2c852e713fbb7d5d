"""Round 38g: a council resolution's follow-up articles and recitals.

- "Điều 4. Hội đồng nhân dân tỉnh giao" (the council giving the bodies under it their work,
  a colon or none) is a follow-up article beside "Điều 3. Điều khoản thi hành": its clauses
  are tasks too, not only the one the final-provisions article holds;
- the council's organs named jointly keep a delegates' entry whose council name lost its "dân"
  ("... và đại biểu Hội đồng nhân tỉnh giám sát ..."), as written;
- a cited document's issuer ends before what was done to the document ("của Chính phủ được
  sửa đổi, bổ sung tại ...") and before the draft a proposal brings ("Tờ trình ... của Ủy ban
  nhân dân tỉnh X dự thảo Nghị quyết về ...").
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import resolution

_FINAL = """1. Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026. Ủy ban nhân \
dân tỉnh chỉ đạo rà soát mức hỗ trợ cho giai đoạn 2027 - 2030 trình Hội đồng nhân dân tỉnh quyết \
định.

2. Bãi bỏ Nghị quyết số 05/2024/NQ-HĐND ngày 10 tháng 3 năm 2024 của Hội đồng nhân dân tỉnh \
Bình An."""

_GIVES = """Điều 4. Hội đồng nhân dân tỉnh giao{colon}

1. Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.

2. Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội \
đồng nhân tỉnh giám sát việc thực hiện Nghị quyết này."""

_OLD_LAST = (
    "Điều 4. Hiệu lực thi hành\n\n"
    "Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026."
)

_RECITALS = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Luật Phí và lệ phí; Nghị định số 120/2016/NĐ-CP ngày 23 tháng 8 năm 2016 của Chính phủ \
được sửa đổi, bổ sung tại Nghị định số 82/2023/NĐ-CP ngày 28 tháng 11 năm 2023;

Xét Tờ trình số 405/TTr-UBND ngày 06 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh Bình An dự thảo \
Nghị quyết về mức hỗ trợ người cao tuổi;"""


def _letter(colon: str) -> str:
    letter = resolution(_FINAL).replace("Điều 3. Tổ chức thực hiện", "Điều 3. Điều khoản thi hành")
    letter = letter.replace(_OLD_LAST, _GIVES.format(colon=colon))
    return letter.replace(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", _RECITALS
    )


def test_the_council_gives_article_holds_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    for colon in ("", ":"):
        actions = parse_text(_letter(colon), org, calendar).actions
        assert [a.lead_unit for a in actions] == [
            "Ủy ban nhân dân tỉnh",
            "Ủy ban nhân dân tỉnh",
            "Thường trực Hội đồng nhân dân",
        ]
        assert actions[1].text == "Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết"
        assert actions[2].coordinating_units == [
            "các Ban Hội đồng nhân dân",
            "các Tổ đại biểu",
            "đại biểu Hội đồng nhân tỉnh",
        ]


def test_cited_issuer_ends_before_amendment_and_draft(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    references = parse_text(_letter(""), org, calendar).references
    issuers = {r.number: r.issuer for r in references}
    assert issuers["120/2016/NĐ-CP"] == "Chính phủ"
    assert issuers["405/TTr-UBND"] == "Ủy ban nhân dân tỉnh Bình An"
