"""A plan's aims ("I. Mục đích" / "Bộ Chỉ số ... nhằm phục vụ ...") open with a set of things
("Bộ chỉ số", "Bộ tiêu chí"), no ministry: no task. A plan's section on whom an evaluation
covers ("II. Đối tượng và thời gian đánh giá" / "a) Đối tượng được đánh giá:"), like "Đối tượng
áp dụng", lists bodies without giving them work: a heading naming them there ("Các Cục/Vụ/đơn
vị thuộc Tổng cục Thuế:") opens no task zone, its items are no tasks; the plan's section on
carrying it out still gives its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subject_checks import named_subject
from tests.parser.signed import signed

_PLAN = """TỔNG CỤC THUẾ
Số: 121/QĐ-TCT
Hà Nội, ngày 10 tháng 8 năm 2022

QUYẾT ĐỊNH
Ban hành Kế hoạch đánh giá chất lượng phục vụ người nộp thuế

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch đánh giá chất lượng phục vụ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

KẾ HOẠCH
ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ NGƯỜI NỘP THUẾ
(Kèm theo Quyết định số 121/QĐ-TCT ngày 10/08/2022 của Tổng cục Thuế)

I. Đối tượng và thời gian đánh giá
a) Đối tượng được đánh giá:
Các Cục/Vụ/đơn vị thuộc và trực thuộc Tổng cục Thuế:
- Cục Thuế các tỉnh, thành phố trực thuộc Trung ương;
- Các đơn vị chủ trì soạn thảo văn bản quy phạm pháp luật có quy định thủ tục hành chính.
b) Thời gian đánh giá thực hiện dựa trên dữ liệu thời gian thực.
II. Tổ chức thực hiện
1. Văn phòng Tổng cục có trách nhiệm:
- Theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.
"""


def test_whom_an_evaluation_covers_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_PLAN + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [a.text for a in record.actions] == [
        "Theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này"
    ]
    assert record.actions[0].lead_unit == "Văn phòng Tổng cục"


def test_a_set_of_things_is_no_ministry() -> None:
    assert not named_subject("Bộ Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ")
    assert not named_subject("Bộ tiêu chí đánh giá được xây dựng nhằm phục vụ công tác")
    assert named_subject("Bộ Tài chính chỉ đạo các đơn vị triển khai")


_AIMS = """TỔNG CỤC THUẾ
Số: 120/QĐ-TCT
Hà Nội, ngày 10 tháng 8 năm 2022

QUYẾT ĐỊNH
Ban hành Kế hoạch triển khai Bộ chỉ số phục vụ người dân và doanh nghiệp

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Bộ chỉ số.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

KẾ HOẠCH
TRIỂN KHAI BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN
(Kèm theo Quyết định số 120/QĐ-TCT ngày 10/08/2022 của Tổng cục Thuế)

I. Mục đích
Bộ Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trên môi \
trường điện tử nhằm phục vụ Lãnh đạo Tổng cục Thuế trong việc đánh giá kết quả cải cách thủ \
tục hành chính của các đơn vị.
II. Tổ chức thực hiện
1. Cục Công nghệ thông tin có trách nhiệm:
- Chủ trì kết nối, đồng bộ dữ liệu hồ sơ lên Cổng dịch vụ công quốc gia.
2. Văn phòng có trách nhiệm:
- Theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này.
"""


def test_a_plans_aims_opening_with_a_set_of_things_are_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_AIMS + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [a.text for a in record.actions] == [
        "Chủ trì kết nối, đồng bộ dữ liệu hồ sơ lên Cổng dịch vụ công quốc gia",
        "Theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch này",
    ]
