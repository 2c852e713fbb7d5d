"""Round 41d: bodies an older directive names in lower case, and the verbs after them.

A name's lower-case run stops before the verb a sentence lists after its subject ("Tổng cục
quản lý ruộng đất tuyên truyền, giải thích ..." names "Tổng cục quản lý ruộng đất"; "Vụ KK
phân tích, nâng cấp ..." names "Vụ KK"). Agencies named by their fields, listed under one "Các
cơ quan" before a body named in particular ("Các cơ quan tuyên truyền, báo chí, Ủy ban phát
thanh và truyền hình có kế hoạch phối hợp ..."), lead together with it: "có kế hoạch" is their
task; a single body that "có kế hoạch ..." tells of its own plan.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.name_words import name_part
from directives.parser.subjects import subject_acts
from tests.parser.signed import signed

_LETTER = """THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 301/TTg

Hà Nội, ngày 12 tháng 11 năm 1980

CHỈ THỊ
VỀ CÔNG TÁC ĐĂNG KÝ RUỘNG ĐẤT

Để nắm chắc diện tích ruộng đất, Thủ tướng Chính phủ chỉ thị:
a) Tổng cục thống kê có trách nhiệm xây dựng các biểu mẫu thống kê ruộng đất.
b) Bộ Nông nghiệp cử cán bộ tham gia công tác đăng ký ruộng đất.
Các cơ quan tuyên truyền, báo chí, Ủy ban phát thanh và truyền hình có kế hoạch phối hợp với \
Tổng cục quản lý ruộng đất tuyên truyền, giải thích để nhân dân hiểu và thực hiện.
"""


def test_agencies_of_fields_lead_with_the_body_after_them_and_the_name_stops_at_the_verb(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _LETTER + signed("KT. THỦ TƯỚNG CHÍNH PHỦ\nPHÓ THỦ TƯỚNG")
    last = parse_text(text, org, calendar).actions[-1]
    assert last.lead_unit == "Các cơ quan tuyên truyền, báo chí"
    assert last.coordinating_units == [
        "Ủy ban phát thanh và truyền hình",
        "Tổng cục quản lý ruộng đất",
    ]


def test_a_single_body_that_has_a_plan_tells_of_it() -> None:
    assert not subject_acts("Cục Thuế có kế hoạch nâng cấp hệ thống Quản lý thuế.")
    assert subject_acts("Các cơ quan tuyên truyền, báo chí, Đài Truyền hình có kế hoạch đưa tin.")


def test_a_name_stops_before_the_first_of_the_verbs_listed_after_it() -> None:
    assert name_part("Vụ KK phân tích, nâng cấp ứng dụng") == "Vụ KK"
    assert name_part("Tổng cục quản lý ruộng đất tuyên truyền, giải thích") == (
        "Tổng cục quản lý ruộng đất"
    )
