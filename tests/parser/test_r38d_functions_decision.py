"""Round 38d: a decision on one body's functions and organisation ("Quy định chức năng, nhiệm
vụ, quyền hạn và cơ cấu tổ chức của Văn phòng Ủy ban nhân dân tỉnh ...") gives a task in its
closing article without naming a body ("1. Chủ trì phối hợp với Sở Nội vụ ... xây dựng đề án
..."): the task is that body's, as a delegating decision's is its delegate's. The page's number
that a web copy left alone between blank lines where a long line stops mid-sentence ("...
trình Ủy ban nhân dân tỉnh sắp xếp lại" / "7" / "Trung tâm Công báo ...") is no part of the
letter: the sentence goes on after it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_OFFICE = "Văn phòng Ủy ban nhân dân tỉnh Quảng Bình"

_POSITION = (
    "Văn phòng Ủy ban nhân dân tỉnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức "
    "năng tham mưu tổng hợp, giúp Ủy ban nhân dân tỉnh tổ chức các hoạt động chung."
)
_TASK_START = (
    "1. Chủ trì phối hợp với Sở Nội vụ, Sở Tài chính và các cơ quan, đơn vị có liên quan xây "
    "dựng đề án, trình Ủy ban nhân dân tỉnh sắp xếp lại"
)
_TASK_END = (
    "Trung tâm Công báo - Tin học thuộc Văn phòng Ủy ban nhân dân tỉnh trên cơ sở tiếp nhận "
    "nguyên trạng chức năng, nhiệm vụ, biên chế hiện có."
)
_CLOSING = (
    "3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nội vụ; Thủ trưởng các cơ quan, đơn "
    "vị có liên quan chịu trách nhiệm thi hành Quyết định này./."
)

_DECISION = f"""ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/2026/QĐ-UBND

Quảng Bình, ngày 16 tháng 3 năm 2026

QUYẾT ĐỊNH
Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {_OFFICE}

ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ;
Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Vị trí và chức năng

{_POSITION}

Điều 2. Điều khoản thi hành

{_TASK_START}


7

{_TASK_END}

2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026.

{_CLOSING}

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


def test_the_unnamed_closing_task_is_the_body_s_the_decision_is_about(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        (_OFFICE, ["Sở Nội vụ", "Sở Tài chính"])
    ]


def test_the_sentence_goes_on_past_the_page_s_number(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_DECISION, org, calendar).actions
    assert action.text == f"{_TASK_START[3:]} {_TASK_END[:-1]}"
