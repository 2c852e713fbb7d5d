"""Round 40d: a procedure (quy trình) a tax decision issues.

The numbers it gives its forms are no references (README: "a form's number ... is no
reference"), however the page writes them: after a colon ("(mẫu số: 02/QTr-HTNN)"), after the
form's series ("mẫu số C1-04/NS ban hành kèm theo Quyết định số 759/QĐ-BTC"), or bare in the
forms list, once the letter has named the code a form's ("01/QTr-TB" cited as "mẫu số
01/QTr-TB", its list row's "01/QTr-TB2" with the next row's number glued).

Its follow-up chapter gives a task by each clause naming bodies and their work (README, session
18). A body named with the units of it that are meant ("Tổng cục Thuế (Vụ Kê khai ..., Vụ
Tuyên truyền hỗ trợ và các Vụ/đơn vị có liên quan)") is one lead, its brackets kept; the head
of the tax offices by their abbreviation ("Thủ trưởng CQT") leads as "CQT", the title dropped;
and the clause saying which text applies once the cited ones change ("... được sửa đổi, bổ
sung hoặc thay thế thì thực hiện theo văn bản mới ...") is no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_DECISION = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 410/QĐ-TCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 3 năm 2030

QUYẾT ĐỊNH
Ban hành Quy trình hoàn thuế cho khách xuất cảnh

TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ

Căn cứ Thông tư số 72/2029/TT-BTC ngày 30/5/2029 của Bộ Tài chính;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy trình hoàn thuế cho khách xuất cảnh.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
""" + signed("TỔNG CỤC TRƯỞNG")

_STEPS = """
QUY TRÌNH
HOÀN THUẾ CHO KHÁCH XUẤT CẢNH

Chương I
CÁC BƯỚC THỰC HIỆN

1. Bộ phận Kiểm tra lập Thông báo hồ sơ chưa đủ thủ tục (mẫu số 01/QTr-TB ban hành kèm theo
Quy trình này) gửi người nộp thuế.

2. Bộ phận Kế toán lập Lệnh hoàn trả theo mẫu số C1-04/NS ban hành kèm theo Quyết định số
759/QĐ-BTC ngày 16/4/2029 của Bộ trưởng Bộ Tài chính.

3. Cục Thuế gửi báo cáo sơ kết về Tổng cục Thuế (mẫu số: 02/QTr-HTNN).
"""

_FOLLOW_UP = """
Chương II
TỔ CHỨC THỰC HIỆN

1. Tổng cục Thuế (Vụ Kê khai và kế toán thuế, Vụ Tuyên truyền hỗ trợ và các Vụ/đơn vị có liên
quan) có trách nhiệm chỉ đạo, hướng dẫn các Cục Thuế thực hiện Quy trình này.

2. Cục Thuế có trách nhiệm tuyên truyền, hướng dẫn việc hoàn thuế theo đúng Quy trình này.

3. Thủ trưởng CQT có trách nhiệm tổ chức, bố trí cán bộ thực hiện Quy trình này.

4. Quá trình thực hiện, nếu các văn bản đề cập tại Quy trình này được sửa đổi, bổ sung hoặc
thay thế thì thực hiện theo văn bản mới được sửa đổi, bổ sung hoặc thay thế đó.
"""

_FORMS = """
CÁC MẪU BIỂU
STT Tên mẫu biểu Ký hiệu 1 Thông báo về việc hồ sơ chưa đủ thủ tục 01/QTr-TB2 Báo cáo sơ kết
công tác hoàn thuế 02/QTr-HTNN
"""


def test_form_numbers_are_no_references(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION + _STEPS + _FORMS, org, calendar)
    assert [r.number for r in record.references] == ["72/2029/TT-BTC", "759/QĐ-BTC"]


def test_the_follow_up_clauses_leads(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION + _STEPS + _FOLLOW_UP + _FORMS, org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "Tổng cục Thuế (Vụ Kê khai và kế toán thuế, Vụ Tuyên truyền hỗ trợ và các Vụ/đơn vị có "
        "liên quan)",
        "Cục Thuế",
        "CQT",
    ]
