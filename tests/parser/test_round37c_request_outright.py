"""Round 37c: a paragraph that is a request and nothing before it ("Đề nghị Ủy ban Kiểm tra
Tỉnh ủy, Ban Nội chính Tỉnh ủy phối hợp kiểm tra, giám sát ...") asks particular bodies, named
with capitals though no list knows them, for work of their own: a task, wherever it stands
(last before "Nơi nhận" too); a request to all those concerned only to carry it out is the
closing formula still."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 51/QĐ-UBND
Hà Nam, ngày 12 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc phê duyệt danh mục dự án năm 2026

QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh mục dự án năm 2026 kèm theo Quyết định này.
Điều 2. Sở Tài chính hướng dẫn các chủ đầu tư lập hồ sơ.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành
Quyết định này.
{request}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Bình
"""


@pytest.mark.parametrize(
    ("request_", "lead", "partners"),
    [
        (
            "Đề nghị Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy phối hợp kiểm tra, giám sát"
            " việc thực hiện Quyết định này.",
            "Ủy ban Kiểm tra Tỉnh ủy",
            ["Ban Nội chính Tỉnh ủy"],
        ),
        (
            "Đề nghị Ban Dân vận Tỉnh ủy phối hợp giám sát việc thực hiện.",
            "Ban Dân vận Tỉnh ủy",
            [],
        ),
    ],
)
def test_a_request_to_named_bodies_last_before_the_recipients_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar, request_: str, lead: str, partners: list[str]
) -> None:
    actions = parse_text(_DECISION.format(request=request_), org, calendar).actions
    asked = [a for a in actions if a.text.startswith("Đề nghị")]
    assert [(a.lead_unit, a.coordinating_units) for a in asked] == [(lead, partners)]


@pytest.mark.parametrize(
    "request_",
    [
        "Đề nghị các cơ quan, đơn vị liên quan phối hợp thực hiện.",
        "Đề nghị bộ, ngành, địa phương quan\ntâm thực hiện./.",
        # a named body asked only to help carry it out: nothing of its own
        "Đề nghị Ban Dân vận Tỉnh ủy quan tâm, phối hợp thực hiện./.",
    ],
)
def test_a_request_only_to_carry_it_out_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar, request_: str
) -> None:
    request = request_
    actions = parse_text(_DECISION.format(request=request), org, calendar).actions
    assert [a for a in actions if a.text.startswith("Đề nghị")] == []
