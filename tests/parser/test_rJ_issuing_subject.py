"""The subject that issued a cited letter, named less plainly than "X đã có công văn số N":
after a purpose clause the page set with no comma before the subject ("Để ... thực hiện Bộ Tài
chính đã có công văn số ..."), and over a list of the documents it has issued ("Tổng cục Thuế đã
có các văn bản hướng dẫn ..., bao gồm: công văn số A ...; công văn số B ..."), each of them its
document (README: the subject of "X đã ban hành / có ... số N")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2468/TCT-KK
V/v triển khai Thông tư số 45/2018/TT-BTC
Hà Nội, ngày 20 tháng 7 năm 2018
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

Ngày 10/5/2018 Bộ Tài chính đã ban hành Thông tư số 45/2018/TT-BTC hướng dẫn về quản lý
khấu trừ thuế.
Trước đây chưa có hướng dẫn tại Thông tư. Để kịp thời tháo gỡ vướng mắc trong triển khai Bộ
Tài chính đã có công văn số 5566/BTC-TCT ngày 12/3/2018 về việc hạch toán khấu trừ thuế.
Tổng cục Thuế đã có các văn bản hướng dẫn một số nội dung của Thông tư, bao gồm: công văn
số 2211/TCT-KK ngày 02/7/2018 về việc phân công nhiệm vụ khấu trừ thuế; công văn số
2299/TCT-KK ngày 09/7/2018 về việc cấp quyền sử dụng ứng dụng.
Tổng cục Thuế đề nghị các Cục Thuế tổ chức phổ biến Thông tư tới cán bộ thuế trên địa bàn./.
Nơi nhận:
- Như trên;
- Lưu: VT, KK.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Lê Văn Hùng
"""


def test_a_purpose_clause_with_no_comma_is_no_part_of_the_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    issuers = {r.number: r.issuer for r in record.references}
    assert issuers["5566/BTC-TCT"] == "Bộ Tài chính"


def test_the_subject_over_a_list_of_its_documents_issued_each(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    issuers = {r.number: r.issuer for r in record.references}
    assert (issuers["2211/TCT-KK"], issuers["2299/TCT-KK"]) == ("Tổng cục Thuế", "Tổng cục Thuế")
