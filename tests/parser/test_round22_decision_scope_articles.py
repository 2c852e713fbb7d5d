"""Round 22: a normative decision's article "Điều 2. Đối tượng áp dụng" lists whom the rules
apply to ("3. Cơ quan, tổ chức, cá nhân khác có liên quan."), no tasks: round 21 matched the
headings of aims and scope only without the article's label, so that item became a task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 61/2025/QĐ-UBND

Gia Lai, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
Quy định giá tính lệ phí trước bạ đối với tàu cá trên địa bàn tỉnh Gia Lai

ỦY BAN NHÂN DÂN TỈNH GIA LAI

Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Phạm vi điều chỉnh

Quyết định này quy định giá tính lệ phí trước bạ đối với tàu cá trên địa bàn tỉnh.

Điều 2. Đối tượng áp dụng

1. Tổ chức, cá nhân có tàu cá thuộc đối tượng chịu lệ phí trước bạ.

2. Cơ quan thuế.

3. Cơ quan, tổ chức, cá nhân khác có liên quan.

Điều 3. Tổ chức thực hiện

1. Sở Tài chính chủ trì tổ chức triển khai thực hiện Quyết định này.

2. Sở Nông nghiệp và Môi trường cung cấp thông tin về tàu cá khi cơ quan thuế đề nghị.

Điều 4. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Anh Tuấn
"""


def test_whom_the_decision_applies_to_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"]


def test_an_intro_ending_in_co_trach_nhiem_opens_a_task_zone(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Các cơ quan ... được phân cấp tại Quyết định này có trách nhiệm:": the items under it
    are tasks, the first too, though it opens with "Quyết định" (round 21 knew "Có trách
    nhiệm:" only alone on its line)."""
    text = _DECISION.replace(
        "Điều 3. Tổ chức thực hiện\n\n1. Sở Tài chính chủ trì tổ chức triển khai thực hiện Quyết"
        " định này.\n\n2. Sở Nông nghiệp và Môi trường cung cấp thông tin về tàu cá khi cơ quan"
        " thuế đề nghị.",
        "Điều 3. Trách nhiệm tổ chức thực hiện\n\nCác cơ quan, đơn vị được phân cấp tại Quyết"
        " định này có trách nhiệm:\n\n1. Quyết định giá tính lệ phí trước bạ theo Quyết định này,"
        " chịu trách nhiệm trước pháp luật về quyết định của mình;\n\n2. Công khai các quyết"
        " định trên Trang thông tin điện tử của cơ quan, đơn vị.",
    )
    actions = parse_text(text, org, calendar).actions
    assert [a.text[:28] for a in actions] == [
        "Quyết định giá tính lệ phí t",
        "Công khai các quyết định trê",
    ]


def test_a_heading_naming_the_other_bodies_with_a_full_stop_heads_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "2. Các cơ quan, tổ chức, đơn vị còn lại." over "a) ..." "b) ...": a heading that only
    names bodies, its full stop notwithstanding (round 21 read it as a task of its own)."""
    text = _DECISION.replace(
        "2. Sở Nông nghiệp và Môi trường cung cấp thông tin về tàu cá khi cơ quan thuế đề nghị.",
        "2. Các cơ quan, tổ chức, đơn vị còn lại.\n\na) Cập nhật kịp thời dữ liệu về tàu cá vào"
        " Phần mềm.\n\nb) Rà soát, lập báo cáo tàu cá gửi cơ quan quản lý cấp trên.",
    )
    actions = parse_text(text, org, calendar).actions
    assert [(a.lead_unit, a.text[:24]) for a in actions] == [
        ("Sở Tài chính", "Sở Tài chính chủ trì tổ "),
        ("Các cơ quan, tổ chức, đơn vị còn lại", "Cập nhật kịp thời dữ liệ"),
        ("Các cơ quan, tổ chức, đơn vị còn lại", "Rà soát, lập báo cáo tàu"),
    ]


def test_the_enacting_formula_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    """A decision under the 2025 law on legal documents closes its grounds with the enacting
    formula in place of "QUYẾT ĐỊNH:" ("Ủy ban nhân dân tỉnh ban hành Quyết định quy định
    ..."): the issuer issuing this very decision, no task (round 21 read it as a task of the
    provincial People's Committee)."""
    text = _DECISION.replace(
        "QUYẾT ĐỊNH:\n",
        "Ủy ban nhân dân tỉnh ban hành Quyết định quy định giá tính lệ phí trước bạ đối với\n"
        "tàu cá trên địa bàn tỉnh Gia Lai.\n",
    )
    actions = parse_text(text, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Tài chính", "Sở Nông nghiệp và Môi trường"]
