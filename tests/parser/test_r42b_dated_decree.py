"""The references of a letter that opens, right under its one recipient, with the day a decree
was issued ("Kính gửi: Cục Thuế ..." / "Ngày 19 tháng 10 năm 2020, Chính phủ ban hành Nghị
định số 125/2020/NĐ-CP ..."): the decree takes that day, whichever of its mentions comes first
(README, session 19's call); a document that sentence names in brackets ("(thay thế Nghị định
số 20/2017/NĐ-CP ... và Nghị định số 68/2020/NĐ-CP ...)") does not; and a ";" that ends a run
of one kind ends its list ("... Luật số 38/2019/QH14 ngày 13 tháng 6 năm 2019; Nghị định số
129/2013/NĐ-CP ngày ... của Chính phủ": the law's issuer null), while a run of one kind goes on
across it ("Thông tư số A ngày ...; Thông tư số B ngày ... của Bộ Tài chính")."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 4818/TCT-PC
V/v triển khai thực hiện Nghị định số 125/2020/NĐ-CP
Hà Nội, ngày 12 tháng 11 năm 2020
Kính gửi:
Cục Thuế các tỉnh, thành phố trực thuộc Trung ương
Ngày 19 tháng 10 năm 2020, Chính phủ ban hành Nghị định số 125/2020/NĐ-CP quy định xử phạt \
vi phạm hành chính về thuế, hóa đơn (thay thế Nghị định số 129/2013/NĐ-CP ngày 16/10/2013 và \
Nghị định số 49/2016/NĐ-CP), có hiệu lực thi hành từ ngày 05 tháng 12 năm 2020.
1. Áp dụng quy định tại Chương XV Luật số 38/2019/QH14 ngày 13 tháng 6 năm 2019; Nghị định số \
109/2013/NĐ-CP ngày 24 tháng 9 năm 2013 của Chính phủ.
2. Căn cứ Thông tư số 156/2013/TT-BTC ngày 06/11/2013; Thông tư số 39/2014/TT-BTC ngày \
31/3/2014 của Bộ Tài chính, đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương triển \
khai thực hiện Nghị định số 125/2020/NĐ-CP từ ngày 05/12/2020.
"""


def test_the_decrees_day_and_the_lists_issuers(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    refs = {r.number: (r.issuer, r.issued_on) for r in record.references}
    assert refs["125/2020/NĐ-CP"] == ("Chính phủ", date(2020, 10, 19))
    assert refs["49/2016/NĐ-CP"][1] is None
    assert refs["38/2019/QH14"] == (None, date(2019, 6, 13))
    assert refs["109/2013/NĐ-CP"][0] == "Chính phủ"
    assert refs["156/2013/TT-BTC"][0] == "Bộ Tài chính"
