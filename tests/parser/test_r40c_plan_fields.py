"""A plan whose tasks carry their fields as labelled lines ("- Đơn vị thực hiện:", "- Thời gian
thực hiện:"), the value often on the line under its label: the label reads that line as its
value, so the task above it (a section's title "A. Ban hành ...", an item "5. Hoạt động ...")
takes the lead and the due date, and the line is no task of its own. Sections lettered in
capitals ("A.", "B.", "C.") sit between "II." and "1.". A numbered label among a section's
items ("1.3. Đơn vị thực hiện:" over "- Các Vụ/đơn vị ...;", "1.4. Thời gian thực hiện: Năm
2025.") fills the tasks of the section it closes; one with no value ("3.2. Đơn vị thực hiện:")
has the items under it for tasks, each naming its doer, and the next label fills them too.
A time cell reads "Cả năm 2025 (sau khi ...)" as that year and "Từ năm 2025 đến năm 2030" as
due by the end of the last year."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.parser.shreds import reflowed
from directives.records import DeadlineKind
from tests.parser.signed import signed

_PLAN = """TỔNG CỤC THUẾ
Số: 200/QĐ-TCT
Hà Nội, ngày 07 tháng 02 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch phổ biến pháp luật năm 2025

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phổ biến pháp luật năm 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

KẾ HOẠCH
PHỔ BIẾN PHÁP LUẬT NĂM 2025
(Kèm theo Quyết định số 200/QĐ-TCT ngày 07/02/2025 của Tổng cục Thuế)

I. MỤC ĐÍCH, YÊU CẦU
1. Cung cấp kịp thời thông tin pháp luật đến người nộp thuế.
II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN
A. Ban hành văn bản hướng dẫn các đơn vị triển khai công tác phổ biến pháp luật
- Đơn vị thực hiện:
Vụ Pháp chế
- Kết quả thực hiện:
Văn bản hướng dẫn của Tổng cục Thuế.
- Thời gian thực hiện:
Quý I năm 2025.
B. Triển khai công tác phổ biến pháp luật
1. Phổ biến các văn bản quy phạm pháp luật về thuế
1.1. Văn bản thực hiện phổ biến
- Thực hiện phổ biến các văn bản quy phạm pháp luật đã được áp dụng từ năm 2024 \
nhưng có nhiều điểm mới.
- Phổ biến các văn bản quy phạm pháp luật được người nộp thuế quan tâm.
- Phổ biến, tuyên truyền văn bản quy phạm pháp luật mới có hiệu lực thi hành từ năm 2025.
1.2. Hình thức:
Tùy theo điều kiện, cơ quan thuế lựa chọn hình thức phù hợp như:
a) Phổ biến trên các phương tiện thông tin đại chúng;
b) Tổ chức hội nghị tập huấn.
1.3. Đơn vị thực hiện:
- Các Vụ/đơn vị thuộc Tổng cục Thuế;
- Cục Thuế các tỉnh, thành phố trực thuộc trung ương.
1.4. Thời gian thực hiện: Năm 2025.
2. Hoạt động triển khai “Ngày pháp luật tài chính”.
- Đơn vị thực hiện:
Vụ Pháp chế hướng dẫn triển khai thực hiện theo kế hoạch của Bộ Tài chính.
- Thời gian thực hiện:
Quý III, IV/2025.
3. Đăng tải đề cương lên trang thông tin điện tử
3.1. Hình thức thực hiện:
Đăng tải trên trang thông tin điện tử ngành thuế.
3.2. Đơn vị thực hiện:
- Vụ Pháp chế biên tập đề cương, chuyển các đơn vị thực hiện đăng tải.
- Các Cục Thuế: thực hiện đăng tải đề cương trên trang thông tin điện tử của Cục Thuế.
3.3. Thời gian thực hiện:
Cả năm 2025 (sau khi văn bản được ban hành).
C. Triển khai hỗ trợ pháp lý cho doanh nghiệp
1. Các đơn vị thuộc Tổng cục Thuế thực hiện hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa.
- Thời gian thực hiện:
Năm 2025.
2. Vụ Pháp chế phối hợp với các đơn vị có liên quan tổ chức đối thoại với doanh nghiệp.
- Thời gian thực hiện: Từ năm 2025 đến năm 2030.
III. TỔ CHỨC THỰC HIỆN
1. Vụ Pháp chế có trách nhiệm:
- Báo cáo kết quả thực hiện Kế hoạch theo quy định.
"""


def _plan(org: OrgDirectory, calendar: WorkingCalendar):  # type: ignore[no-untyped-def]
    return parse_text(_PLAN + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)


def test_a_label_reads_the_line_under_it(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = _plan(org, calendar).actions
    first = actions[0]
    assert first.text == (
        "Ban hành văn bản hướng dẫn các đơn vị triển khai công tác phổ biến pháp luật"
    )
    assert first.lead_unit == "Vụ Pháp chế"
    assert (first.deadline_kind, first.deadline_text) == (DeadlineKind.QUARTER, "Quý I năm 2025")
    day = next(a for a in actions if a.text.startswith("Hoạt động triển khai"))
    assert day.lead_unit == "Vụ Pháp chế"
    assert day.deadline_text == "Quý III, IV/2025"
    assert not any(a.text.startswith("Vụ Pháp chế hướng dẫn") for a in actions)
    helped = next(a for a in actions if "hỗ trợ pháp lý" in a.text)
    assert helped.deadline_text == "Năm 2025"
    talks = next(a for a in actions if "đối thoại" in a.text)
    assert (talks.deadline, talks.deadline_text) == (
        date(2030, 12, 31),
        "Từ năm 2025 đến năm 2030",
    )


def test_a_numbered_label_fills_its_section(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = _plan(org, calendar).actions
    # (the documents a task names by the year they take effect: no closing formula)
    spread = [a for a in actions if a.lead_unit == "Các Vụ/đơn vị thuộc Tổng cục Thuế"]
    assert len(spread) == 3
    for action in spread:
        assert action.lead_unit == "Các Vụ/đơn vị thuộc Tổng cục Thuế"
        assert action.coordinating_units == ["Cục Thuế các tỉnh, thành phố trực thuộc trung ương"]
        assert action.deadline_text == "Năm 2025"
    assert not any("hội nghị" in a.text or "đại chúng" in a.text for a in actions)
    assert len(actions) == 10


def test_the_items_under_an_empty_doers_label(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = _plan(org, calendar).actions
    posted = [a for a in actions if "đề cương" in a.text]
    assert [(a.lead_unit, a.deadline_text) for a in posted] == [
        ("Vụ Pháp chế", "Cả năm 2025"),
        ("Các Cục Thuế", "Cả năm 2025"),
    ]
    assert posted[0].text == "Vụ Pháp chế biên tập đề cương, chuyển các đơn vị thực hiện đăng tải"


def test_a_time_cell_of_a_whole_year_or_a_span(calendar: WorkingCalendar) -> None:
    issued = date(2025, 2, 7)
    whole = "Cả năm 2025 (sau khi văn bản QPPL được ban hành)"
    found = find_deadline(whole, fold_keep(whole), issued, calendar, cell=True)
    assert found is not None
    assert (found.deadline, found.kind, found.text) == (
        date(2025, 12, 31),
        DeadlineKind.BY,
        "Cả năm 2025",
    )
    span = "Từ năm 2023 đến năm 2030"
    found = find_deadline(span, fold_keep(span), issued, calendar, cell=True)
    assert found is not None
    assert (found.deadline, found.text) == (date(2030, 12, 31), span)
    opened = "Từ năm 2024"  # when the work starts, no due date
    assert find_deadline(opened, fold_keep(opened), issued, calendar, cell=True) is None


_WRAPPED = """---
so_hieu: "QD 200.2025 PHO BIEN"
source: "EBOOK"
---

# QD 200.2025 PHO BIEN

B. Triển khai công
tác phổ biến pháp luật
1. Phổ biến các văn bản
QPPL về thuế
1.1. Văn bản thực hiện phổ
biến
- Thực hiện phổ biến các
văn bản QPPL đã được áp
dụng từ năm 2024.
"""


def test_a_heading_wrapped_before_an_abbreviation_goes_on() -> None:
    # (a page of text runs: forty lines and more, most short ones going on under them)
    items = "- Thực hiện phổ biến các\nvăn bản QPPL đã được áp\ndụng từ năm 2024.\n" * 12
    lines = reflowed(_WRAPPED + items).splitlines()
    assert "1. Phổ biến các văn bản QPPL về thuế" in lines
    assert "1.1. Văn bản thực hiện phổ biến" in lines
