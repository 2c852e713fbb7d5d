"""Round 35i: the transitional article in a regulation's follow-up section. "2. Việc hủy hồ sơ
... được quy định như sau:" sets out a rule, its items ("a) Trưởng Ban Tổ chức Trung ương
quyết định hủy ...") the rule's words, no tasks (the parser read one). "a) Trong thời hạn 5
năm, cơ quan, tổ chức ... có trách nhiệm cập nhật ...": the period given first, then the
subject bound to act, a task (the parser read none)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.informs import amends
from tests.parser.test_round35i_party_regulation import _RULES

_TRANSITION = """**Điều 7. Quy định chuyển tiếp**

1. Kể từ ngày Quy định này có hiệu lực thi hành:

a) Trong thời hạn 5 năm, cơ quan, tổ chức đã lập hồ sơ đảng viên có trách nhiệm
cập nhật hồ sơ đảng viên theo Quy định này.

2. Việc hủy hồ sơ đảng viên đã nộp vào lưu trữ lịch sử của Đảng được quy định như
sau:

a) Trưởng Ban Tổ chức Trung ương quyết định hủy hồ sơ tại lưu trữ lịch sử của Trung
ương Đảng.

b) Hồ sơ đảng viên được hủy khi không cần thiết phải lưu giữ.

Nơi nhận:"""


def _letter() -> str:
    start = _RULES.index("**Điều 7. Quy định chuyển tiếp**")
    return _RULES[:start] + _TRANSITION + _RULES[_RULES.index("Nơi nhận:") + len("Nơi nhận:") :]


def test_a_rule_set_out_below_gives_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_letter(), org, calendar)
    assert not any("quyết định hủy" in a.text for a in record.actions)


def test_a_period_then_the_bound_subject_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_letter(), org, calendar)
    assert any(a.text.startswith("Trong thời hạn 5 năm, cơ quan") for a in record.actions)


def test_a_heading_over_the_rule_it_sets_out() -> None:
    heading = (
        "2. Việc hủy hồ sơ đảng viên đã nộp vào lưu trữ lịch sử của Đảng được quy định như sau:"
    )
    assert amends(fold_keep(heading)[3:])
    assert not amends(fold_keep("Ban Bí thư quy định về công tác hồ sơ đảng viên như sau:"))
