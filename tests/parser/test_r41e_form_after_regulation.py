"""Round r41e: a regulation's follow-up chapter ends where what it attaches begins: an annex
("PHỤ LỤC 1 / DANH MỤC THÔNG TIN ...") or a form with its own letterhead ("CỘNG HOÀ XÃ HỘI CHỦ
NGHĨA VIỆT NAM" over "BIÊN BẢN ..."), as the forms list ("DANH MỤC MẪU BIỂU") ends it: the
form's lines ("- Trưởng đoàn;", "Ghi chú: ...") are blanks to fill in, no tasks (145/02, whose
only task is the chapter's clause 2). The parser read the form as more of the chapter."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36b_letters import regulation

_CHAPTER = """Chương II
TỔ CHỨC THỰC HIỆN

Điều 8. Hiệu lực thi hành

1. Quy chế này có hiệu lực kể từ ngày ký.

2. Phòng Quản lý chợ có trách nhiệm tổ chức triển khai thực hiện./.

SỞ CÔNG THƯƠNG
ĐOÀN KIỂM TRA
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

BIÊN BẢN KIỂM TRA CHỢ

Hôm nay, ngày ..., thành phần gồm:
1. Đoàn thanh tra, kiểm tra:
- Trưởng đoàn;
- Thành viên.
2. Đại diện ............ (tên người nộp thuế):
- ....................., người đại diện theo pháp luật.
"""


def test_the_form_after_the_chapter_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(regulation(_CHAPTER), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Phòng Quản lý chợ"]
