"""A decision's article giving each body its work under a numbered title that names the body,
on a page cut into short runs: the title wrapped over two runs ("4. Sở Tài chính các" /
"tỉnh"), the body's task opening on the next run with its verb ("Phối hợp với ..."), not the
name going on."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.topic_titles import bodies_title_then_task

HEAD = (
    "BỘ TÀI CHÍNH\nSố: 512/QĐ-BTC\nHà Nội, ngày 9 tháng 4 năm 2024\nQUYẾT ĐỊNH\n"
    "Về việc thí điểm sổ theo dõi nợ phí\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Luật Quản lý thuế;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Thí điểm sổ theo dõi nợ phí tại một số Cục Thuế.\n"
    "Điều 2. Trách nhiệm của các cơ quan\n"
    "1. Tổng cục Thuế\n- Chọn Cục Thuế tham gia thí điểm sổ theo dõi nợ phí.\n"
    "2. Kho bạc Nhà nước\n- Cung cấp số liệu thu phí cho cơ quan thuế.\n"
)
TAIL = (
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n"
)


def _runs(text: str) -> str:
    """``text`` as a page export cut it: three words a line."""
    out = []
    for line in text.splitlines():
        words = line.split()
        out += [" ".join(words[k : k + 3]) for k in range(0, len(words), 3)]
    return "\n".join(out) + "\n"


def test_a_task_verb_after_a_wrapped_bodies_title_opens_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # the page's runs, one a line: the second title ends on the organ word "Bộ"
    body = (
        "3. Sở Tài chính các\ntỉnh\nPhối hợp với\ncơ quan thuế đối chiếu số phí\nđã nộp.\n"
        "4. Các đơn vị thuộc\nvà trực thuộc Bộ\nPhối hợp với\nKho bạc Nhà nước\n"
        "đối chiếu số liệu thu phí.\n"
    )
    text = _runs(HEAD) + body + _runs(TAIL)
    record = parse_text(text, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions[-2:]] == [
        ("Sở Tài chính các tỉnh", "Phối hợp với cơ quan thuế đối chiếu số phí đã nộp"),
        (
            "Các đơn vị thuộc và trực thuộc Bộ",
            "Phối hợp với Kho bạc Nhà nước đối chiếu số liệu thu phí",
        ),
    ]


def test_a_name_going_on_after_a_title_is_no_task() -> None:
    assert bodies_title_then_task("4. Các đơn vị thuộc Bộ", "Phối hợp với")
    assert not bodies_title_then_task("4. Các đơn vị thuộc Bộ", "Tổ chức Cán bộ")
