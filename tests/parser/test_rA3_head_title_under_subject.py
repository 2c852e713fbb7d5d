"""Round rA3: a decision's subject in capitals over the title of the head who issues it, the
head's title a general director's or the State Auditor General's ("TỔNG GIÁM ĐỐC ...", "TỔNG
KIỂM TOÁN NHÀ NƯỚC"), then the grounds: the title is no more of the subject, with or without
the blank line between them (as "CHỦ TỊCH ...", "BỘ TRƯỞNG ..." or "CỤC TRƯỞNG ..." is not).
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.blank_lines import without_blanks

_DECISION = """KIỂM TOÁN NHÀ NƯỚC

Số: 412/QĐ-KTNN

Hà Nội, ngày 3 tháng 3 năm 2026

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ QUẢN LÝ, SỬ DỤNG CON DẤU ĐIỆN TỬ CỦA CÁC ĐƠN VỊ
TRỰC THUỘC KIỂM TOÁN NHÀ NƯỚC

{head}

Căn cứ Luật Kiểm toán nhà nước số 81/2015/QH13;

Theo đề nghị của Chánh Văn phòng Kiểm toán nhà nước.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng con dấu điện tử.

Điều 2. Chánh Văn phòng, Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm thi hành
Quyết định này./.

{head}

Trần Minh Đức
"""


@pytest.mark.parametrize(
    "head", ["TỔNG KIỂM TOÁN NHÀ NƯỚC", "TỔNG GIÁM ĐỐC TỔNG CÔNG TY ĐƯỜNG SẮT BÌNH AN"]
)
def test_the_head_title_is_no_part_of_the_subject_without_blanks(
    head: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _DECISION.format(head=head)
    subject = parse_text(without_blanks(letter), org, calendar).subject or ""
    assert subject.endswith("TRỰC THUỘC KIỂM TOÁN NHÀ NƯỚC"), subject
    assert parse_text(letter, org, calendar).subject == subject
