"""A letter of the issuer's own guidance ("V/v Hướng dẫn quyết toán thuế ...", "Tổng cục Thuế
lưu ý một số nội dung như sau:") in Roman-numbered sections: what the sections lay down is how
the rule runs, no one's task, while an item there whose sentence has the issuer put a request
to a body ("..., Tổng cục Thuế đề nghị Cục Thuế/Chi cục Thuế đẩy mạnh ...") is one, the
request's speaker standing before it as in "Bộ Y tế đề nghị ...". The grounds the letter lists
under the "Kính gửi" line ("- Căn cứ Luật ...;") are its body, not more recipients."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 883/TCT-DNNCN
V/v Hướng dẫn quyết toán thuế TNCN
Hà Nội, ngày 24 tháng 3 năm 2022

Kính gửi: Cục thuế các tỉnh, thành phố trực thuộc Trung ương
.
- Căn cứ Luật Thuế thu nhập cá nhân; Nghị định số 65/2013/NĐ-CP ngày 27/6/2013 của Chính phủ;
- Căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13/06/2019 của Quốc hội.
Để đảm bảo kịp thời hướng dẫn cho các tổ chức, cá nhân thực hiện việc quyết toán thuế TNCN, \
Tổng cục Thuế lưu ý một số nội dung như sau:
I. ĐỐI TƯỢNG PHẢI QUYẾT TOÁN THUẾ
1. Đối với cá nhân trực tiếp quyết toán với cơ quan Thuế
Cá nhân cư trú có thu nhập từ hai nơi trở lên thì phải trực tiếp khai quyết toán thuế TNCN \
với cơ quan thuế nếu có số thuế nộp thừa đề nghị hoàn hoặc bù trừ vào kỳ khai thuế tiếp theo.
II. ĐỐI TƯỢNG KHÔNG PHẢI QUYẾT TOÁN THUẾ
Cá nhân có số thuế phải nộp thêm sau quyết toán từ 50.000 đồng trở xuống không phải quyết toán.
III. TRÁCH NHIỆM CỦA CƠ QUAN THUẾ
- Cơ quan thuế có trách nhiệm tuyên truyền, hướng dẫn người nộp thuế thực hiện quyết toán thuế.
- Để thúc đẩy việc cá nhân sử dụng dịch vụ khai thuế điện tử, Tổng cục Thuế đề nghị Cục \
Thuế/Chi cục Thuế đẩy mạnh hơn nữa việc cấp tài khoản giao dịch thuế điện tử cho cá nhân.
- Cơ quan thuế tổ chức thực hiện việc tiếp nhận hồ sơ quyết toán thuế thu nhập cá nhân.
Trên đây là hướng dẫn của Tổng cục Thuế về một số nội dung quyết toán thuế thu nhập cá nhân. \
Trong quá trình triển khai nếu có vướng mắc, đề nghị các Cục Thuế phản ánh về Tổng cục Thuế \
để có hướng dẫn xử lý kịp thời./.
"""


def test_the_grounds_under_the_address_are_no_recipients(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert record.recipients == ["Cục thuế các tỉnh, thành phố trực thuộc Trung ương"]


def test_the_issuers_request_inside_its_guidance_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [a.text for a in record.actions] == [
        "Để thúc đẩy việc cá nhân sử dụng dịch vụ khai thuế điện tử, Tổng cục Thuế đề nghị Cục"
        " Thuế/Chi cục Thuế đẩy mạnh hơn nữa việc cấp tài khoản giao dịch thuế điện tử cho cá nhân"
    ]


_NOTES = """BỘ TÀI CHÍNH
Số: 5977/BTC-TCT
V/v triển khai thực hiện Nghị định số 41/2020/NĐ-CP
Hà Nội, ngày 20 tháng 5 năm 2020

Kính gửi:
- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Ngày 8/4/2020, Chính phủ đã ban hành Nghị định số 41/2020/NĐ-CP về gia hạn thời hạn nộp thuế.
Nhằm kịp thời hỗ trợ doanh nghiệp gặp khó khăn do tác động của dịch Covid-19, Bộ Tài chính đề \
nghị các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực \
thuộc trung ương phối hợp chỉ đạo các cơ quan liên quan triển khai Nghị định số 41/2020/NĐ-CP. \
Trong quá trình thực hiện, Bộ Tài chính xin lưu ý nội dung liên quan đến gia hạn nộp thuế thu \
nhập doanh nghiệp (TNDN) tại Điều 3 Nghị định số 41/2020/NĐ-CP như sau:
1. Gia hạn nộp thuế TNDN
a) Số thuế TNDN còn phải nộp theo quyết toán của kỳ tính thuế năm 2019 được gia hạn không bao \
gồm số thuế TNDN tạm nộp theo quý.
b) Trường hợp doanh nghiệp có kỳ tính thuế TNDN theo năm tài chính thì thời hạn nộp thuế được \
gia hạn xác định phù hợp với kỳ tính thuế TNDN của doanh nghiệp.
2. Gia hạn nộp thuế GTGT
a) Kho bạc nhà nước chưa thực hiện khấu trừ thuế GTGT (trong thời gian gia hạn) trên số tiền \
thanh toán các công trình đối với trường hợp nhà thầu thuộc đối tượng được gia hạn.
Bộ Tài chính kính đề nghị các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân \
các tỉnh, thành phố trực thuộc trung ương quan tâm - chỉ đạo các cơ quan chức năng thuộc lĩnh \
vực, địa bàn phụ trách phối hợp chặt chẽ với cơ quan thuế để triển khai thực hiện Nghị định số \
41/2020/NĐ-CP ngày 8/4/2020 của Chính phủ, nếu phát sinh vướng mắc đề nghị gửi Bộ Tài chính để \
giải quyết./.
"""


def test_a_request_then_the_issuers_own_notes(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    """ "..., Bộ Tài chính đề nghị các Bộ ... triển khai Nghị định số 41/2020/NĐ-CP. Trong quá
    trình thực hiện, Bộ Tài chính xin lưu ý ... như sau:": the request is a task, whole to its
    stop; the notes the issuer gives under it state how the decree runs, none a task, and the
    last words that urge the bodies to see the decree carried out ("... quan tâm - chỉ đạo ...
    để triển khai thực hiện Nghị định ...") are a closing formula."""
    record = parse_text(_NOTES + signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"), org, calendar)
    assert [a.text for a in record.actions] == [
        "Nhằm kịp thời hỗ trợ doanh nghiệp gặp khó khăn do tác động của dịch Covid-19, Bộ Tài"
        " chính đề nghị các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các"
        " tỉnh, thành phố trực thuộc trung ương phối hợp chỉ đạo các cơ quan liên quan triển khai"
        " Nghị định số 41/2020/NĐ-CP"
    ]
    assert record.actions[0].lead_unit == "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"
