"""Round 35f: what a follow-up article's clause opens with before its subject.

- "Từ ngày 01 tháng 01 năm 2026, Trung tâm A, Trung tâm B tổ chức thực hiện ...": a phrase
  saying from when, then the bodies and their work; a task of the first body, the second
  working with it, dated by nothing (the parser found no subject after the phrase and took
  no task).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 2210/QĐ-UBND

Quảng Bình, ngày 18 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ
tục hành chính;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính thực hiện không phụ
thuộc vào địa giới hành chính (Phụ lục kèm theo).

Điều 2. Tổ chức thực hiện:

1. Sở Tư pháp rà soát các quy định về thủ tục hành chính, hướng dẫn cách thức thực hiện.

2. {clause}

Điều 3. Quyết định này có hiệu lực kể từ ngày ban hành.

Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tư pháp và các cơ quan, đơn vị có liên quan chịu
trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH
Lê Văn Cường
"""

_FROM_WHEN = (
    "**Từ ngày 01 tháng 01 năm\n2026**, Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Phục vụ "
    "hành chính công cấp xã tổ chức thực hiện việc tiếp nhận, trả kết quả giải quyết thủ tục "
    "hành chính không phụ thuộc vào địa giới hành chính."
)


def test_a_from_when_phrase_before_the_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION.format(clause=_FROM_WHEN), org, calendar).actions
    assert len(actions) == 2
    task = actions[1]
    assert task.text.startswith("Từ ngày 01 tháng 01 năm 2026, Trung tâm Phục vụ")
    assert task.lead_unit == "Trung tâm Phục vụ hành chính công tỉnh"
    assert task.coordinating_units == ["Trung tâm Phục vụ hành chính công cấp xã"]
    assert (task.deadline, task.deadline_kind.value) == (None, "none")
