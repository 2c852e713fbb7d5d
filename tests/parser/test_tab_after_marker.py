"""A tab after an item's marker reads as a space does, also where the marker continues a bold
label wrapped over two lines ("**Điều" / "14.<tab>Trách nhiệm của Sở ...**"): the label's
lines are put back on one before each line is read, so the tab no longer opened its line and
was taken for a column gap, splitting the article's number from its title; the regulation's
duty articles then lost their titles and their items their tasks (41/02, 41/03, 43/04)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_round21_decision_regulation import _DECISION

_DUTIES = """
**Điều
3. Trách nhiệm của Sở Khoa học và Công nghệ**

1. Chủ trì vận hành Hệ thống bảo đảm thông suốt, an toàn.

2. Hướng dẫn các cơ quan, đơn vị sử dụng Hệ thống:

a) Đăng ký tài khoản cho cán bộ tiếp nhận phản ánh;

- Công bố địa chỉ Hệ thống trên Cổng thông tin điện tử tỉnh.

**Điều
4. Trách nhiệm của Sở Tài chính**

Bố trí kinh phí duy trì, vận hành Hệ thống theo quy định.
"""


def _read(
    duties: str, org: OrgDirectory, calendar: WorkingCalendar
) -> list[tuple[str | None, str]]:
    text = _DECISION.format(articles=duties, forms="")
    return [(a.lead_unit, a.text) for a in parse_text(text, org, calendar).actions]


def test_a_tab_after_the_markers_gives_the_tasks_a_space_gives(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    spaced = _read(_DUTIES, org, calendar)
    tabbed = _DUTIES.replace("3. Tr", "3.\tTr").replace("4. Tr", "4.\tTr")
    tabbed = tabbed.replace("1. Ch", "1.\tCh").replace("a) ", "a)\t").replace("- C", "-\tC")
    assert len(spaced) >= 3
    assert _read(tabbed, org, calendar) == spaced
