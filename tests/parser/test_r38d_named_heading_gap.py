"""Round 38d: a numbered heading that names the body whose duties follow ("1. Trách nhiệm của
Sở Tài chính", also with a full stop: "3. Trách nhiệm của các tổ chức, ... ."), over one
paragraph set off by a blank line, leads that paragraph, on a page that does not set every
paragraph off (its considerations and first articles run line after line): the gap under the
heading ends no section, as it does not where no blank line stands between.

Its partners after "phối hợp" are each listed: "cùng đơn vị liên quan" closes the list as
"và các đơn vị liên quan" does (the name before it kept), and a branch whose later word is
capitalised or whose name ends in the numbered region it serves ("Chi Cục Thuế khu vực 2",
"Chi cục Hải quan khu vực IV") is a partner of its own, whole; so is a kind of body named by
its work after a comma in a heading ("Chủ đầu tư, đơn vị quản lý vận hành bãi đỗ xe, Ban
..."), not the second kind of a plural ("các cơ quan, đơn vị có liên quan")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_FINANCE_TASK = (
    "Chủ trì, phối hợp Sở Xây dựng, Công an tỉnh, Chi Cục Thuế khu vực 2, Chi cục Hải quan "
    "khu vực IV cùng đơn vị liên quan hướng dẫn, kiểm tra "
    "việc thực hiện khung giá dịch vụ trông giữ xe, báo cáo Ủy ban nhân dân tỉnh."
)

_FIRMS_TASK = (
    "Căn cứ khung giá tại Quyết định này để xây dựng giá dịch vụ trông giữ xe cụ thể, niêm "
    "yết công khai tại nơi trông giữ xe."
)

_CLOSING = (
    "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Tài chính, Xây dựng; Chủ tịch Ủy "
    "ban nhân dân các xã, phường; các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
    "Quyết định này./."
)

_DECISION = f"""ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 18/2026/QĐ-UBND

Ninh Bình, ngày 09 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành khung giá dịch vụ trông giữ xe trên địa bàn tỉnh Ninh Bình

ỦY BAN NHÂN DÂN TỈNH NINH BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Luật Giá ngày 19 tháng 6 năm 2023;
Căn cứ Luật Đường bộ ngày 27 tháng 6 năm 2024;
Căn cứ Nghị định số 85/2024/NĐ-CP ngày 10 tháng 7 năm 2024 của Chính phủ;
Theo đề nghị của Sở Tài chính tại Tờ trình số 75/TTr-STC ngày 02/3/2026.

QUYẾT ĐỊNH:

Điều 1. Phạm vi điều chỉnh
1. Khung giá dịch vụ trông giữ xe áp dụng cho các bãi đỗ xe công cộng.
2. Khung giá không áp dụng đối với các bãi đỗ xe trong khu dân cư.

Điều 2. Tổ chức thực hiện
1. Trách nhiệm của Sở Tài chính

{_FINANCE_TASK}

2. Trách nhiệm của Ủy ban nhân dân các xã, phường:

a) Kiểm tra hoạt động trông giữ xe trên địa bàn quản lý.

b) Giải quyết các tranh chấp về giá dịch vụ trông giữ xe theo thẩm quyền.

3. Trách nhiệm của các tổ chức, cá nhân kinh doanh dịch vụ trông giữ xe.

{_FIRMS_TASK}

4. Trách nhiệm của Chủ đầu tư, đơn vị quản lý vận hành bãi đỗ xe, Ban quản lý chợ.

Niêm yết công khai giá dịch vụ trông giữ xe tại nơi trông giữ xe.

Điều 3. Điều khoản thi hành

Quyết định này có hiệu lực sau 10 ngày, kể từ ngày ký.

{_CLOSING}

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""

_COMMUNES = "Ủy ban nhân dân các xã, phường"
_FIRMS = "các tổ chức, cá nhân kinh doanh dịch vụ trông giữ xe"


def _leads(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[tuple[str | None, str]]:
    record = parse_text(text, org, calendar)
    return [(a.lead_unit, a.text.split(",")[0]) for a in record.actions]


def test_a_duties_heading_leads_the_paragraph_a_gap_sets_off(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _leads(_DECISION, org, calendar) == [
        ("Sở Tài chính", "Chủ trì"),
        (_COMMUNES, "Kiểm tra hoạt động trông giữ xe trên địa bàn quản lý"),
        (_COMMUNES, "Giải quyết các tranh chấp về giá dịch vụ trông giữ xe theo thẩm quyền"),
        (_FIRMS, "Căn cứ khung giá tại Quyết định này để xây dựng giá dịch vụ trông giữ xe cụ thể"),
        ("Chủ đầu tư", "Niêm yết công khai giá dịch vụ trông giữ xe tại nơi trông giữ xe"),
    ]


def test_the_same_without_the_gap(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    joined = _DECISION.replace("Sở Tài chính\n\nChủ trì", "Sở Tài chính\nChủ trì")
    assert joined != _DECISION
    assert _leads(joined, org, calendar) == _leads(_DECISION, org, calendar)


def test_each_partner_of_the_list_cung_closes(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    first = parse_text(_DECISION, org, calendar).actions[0]
    assert first.coordinating_units == [
        "Sở Xây dựng",
        "Công an tỉnh",
        "Chi Cục Thuế khu vực 2",
        "Chi cục Hải quan khu vực IV",
    ]


def test_a_kind_named_by_its_work_is_a_body_of_its_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = parse_text(_DECISION, org, calendar).actions[-1]
    assert (last.lead_unit, last.coordinating_units) == (
        "Chủ đầu tư",
        ["đơn vị quản lý vận hành bãi đỗ xe", "Ban quản lý chợ"],
    )


def test_an_article_title_without_its_dot_ends_the_section_on_a_blank_free_page(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    undotted = _DECISION.replace("Điều 3. Điều khoản thi hành", "Điều 3 Điều khoản thi hành")
    assert undotted != _DECISION
    blank_free = "\n".join(line for line in undotted.split("\n") if line.strip())
    assert _leads(blank_free, org, calendar) == _leads(_DECISION, org, calendar)
