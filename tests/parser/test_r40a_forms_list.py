"""A procedure a decision issues, its follow-up part ("Phần III" / "TỔ CHỨC THỰC HIỆN") followed
by the list of its blank forms ("DANH MỤC MẪU BIỂU", no "Phụ lục" before it) and the forms
themselves: the list ends the part, so no line of a form ("Độc lập - Tự do - Hạnh phúc", "Cơ
quan Thuế thông báo cho người nộp thuế ...") is read as a task. In the part, a section on
reporting ("I. Báo cáo, đánh giá kết quả giải quyết hồ sơ") asks for results to report, no
findings; its items are the tasks of the office's sections ("Bộ phận TTHT ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.bodies import heading_bodies

_DECISION = """TỔNG CỤC THUẾ
Số: 2469/QĐ-TCT
Hà Nội, ngày 31 tháng 12 năm 2015

QUYẾT ĐỊNH
Ban hành Quy trình tiếp nhận hồ sơ thuế theo cơ chế một cửa

Điều 1. Ban hành kèm theo Quyết định này Quy trình tiếp nhận hồ sơ thuế theo cơ chế một cửa.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Trần Văn Minh

QUY TRÌNH
TIẾP NHẬN HỒ SƠ THUẾ THEO CƠ CHẾ MỘT CỬA

Phần I
QUY ĐỊNH CHUNG
1. Quy trình này áp dụng tại cơ quan thuế các cấp.
Phần II
NỘI DUNG QUY TRÌNH
1. Bộ phận một cửa tiếp nhận hồ sơ của người nộp thuế và ghi sổ theo dõi.
Phần III
TỔ CHỨC THỰC HIỆN
I. Báo cáo, đánh giá kết quả giải quyết hồ sơ
1. Bộ phận TTHT thực hiện tổng hợp báo cáo tình hình giải quyết hồ sơ hằng tháng.
II. Tổ chức thực hiện
1. Vụ Tuyên truyền - Hỗ trợ người nộp thuế chịu trách nhiệm hướng dẫn các cơ quan thuế \
thực hiện quy trình này.
DANH MỤC MẪU BIỂU
(Ban hành kèm theo Quyết định số 2469/QĐ-TCT ngày 31/12/2015 của Tổng cục Thuế)
Mẫu số 01/QTr-MC
CỤC THUẾ TỈNH ...
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
THÔNG BÁO
Về việc trả lại hồ sơ
Cơ quan Thuế thông báo cho người nộp thuế được biết, và gửi trả lại hồ sơ.
"""


def test_a_section_is_a_body() -> None:
    assert heading_bodies("Bộ phận TTHT") == ["Bộ phận TTHT"]


def test_a_forms_list_ends_the_follow_up_part(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Bộ phận TTHT",
            "Bộ phận TTHT thực hiện tổng hợp báo cáo tình hình giải quyết hồ sơ hằng tháng",
        ),
        (
            "Vụ Tuyên truyền - Hỗ trợ người nộp thuế",
            "Vụ Tuyên truyền - Hỗ trợ người nộp thuế chịu trách nhiệm hướng dẫn các cơ quan thuế"
            " thực hiện quy trình này",
        ),
    ]
