"""Round 40d: the numbers a procedure gives its forms are no references (README: "a form's
number ... is no reference"), however the page writes them: after a colon ("(mẫu số:
02/QTr-HTNN)"), after the form's series ("mẫu số C1-04/NS ban hành kèm theo Quyết định số
759/QĐ-BTC"), or bare in the forms list, once the letter has named the code a form's ("01/QTr-TB"
cited as "mẫu số 01/QTr-TB", its list row's "01/QTr-TB2" with the next row's number glued)."""

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

QUY TRÌNH

1. Bộ phận Kiểm tra lập Thông báo hồ sơ chưa đủ thủ tục (mẫu số 01/QTr-TB ban hành kèm theo
Quy trình này) gửi người nộp thuế.

2. Bộ phận Kế toán lập Lệnh hoàn trả theo mẫu số C1-04/NS ban hành kèm theo Quyết định số
759/QĐ-BTC ngày 16/4/2029 của Bộ trưởng Bộ Tài chính.

3. Cục Thuế gửi báo cáo sơ kết về Tổng cục Thuế (mẫu số: 02/QTr-HTNN).

CÁC MẪU BIỂU
STT Tên mẫu biểu Ký hiệu 1 Thông báo về việc hồ sơ chưa đủ thủ tục 01/QTr-TB2 Báo cáo sơ kết
công tác hoàn thuế 02/QTr-HTNN
""" + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")


def test_form_numbers_are_no_references(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    numbers = [r.number for r in parse_text(_DECISION, org, calendar).references]
    assert numbers == ["72/2029/TT-BTC", "759/QĐ-BTC"]
