"""A letter whose lead-in asks the tax offices to carry out its items, one item a topic line
over a paragraph that gives a body its work in a full sentence and ends "Cụ thể như sau:" over
"-" steps. The colon sentence starts inside the paragraph: no heading (README), the paragraph
and its steps are one action led by the body it names. A period in working days counted from
the receipt of another document ("kể từ ngày nhận được quyết định phê duyệt ...") dates
nothing: the day is no one's to know."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/TCT-CS
V/v triển khai thu phí bảo vệ nguồn nước ngầm
Hà Nội, ngày 12 tháng 3 năm 2019
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

Ngày 20/2/2019, Chính phủ ban hành Nghị định số 15/2019/NĐ-CP quy định về phí bảo vệ nguồn
nước ngầm.

Trong khi chờ hướng dẫn chi tiết, Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố thực
hiện một số nội dung sau:
1. Lập danh sách các cơ sở đang khai thác nước ngầm trên địa bàn để theo dõi việc kê khai
phí bảo vệ nguồn nước ngầm.
2. Về thông báo số phí phải nộp:
Cơ quan thuế có trách nhiệm tiếp nhận quyết định phê duyệt số phí từ cơ quan cấp phép và ra
thông báo nộp phí theo quy định. Cụ thể như sau:
- Trong thời hạn 03 ngày làm việc, kể từ ngày nhận được quyết định phê duyệt số phí, cơ quan
cấp phép gửi bản sao quyết định cho Cục Thuế nơi có giếng khai thác.
- Chậm nhất là 07 ngày làm việc, kể từ ngày nhận được bản sao quyết định, Cục Thuế ra thông
báo nộp phí gửi cơ sở khai thác.
- Việc nộp phí thực hiện theo quy định của pháp luật về quản lý thuế.
Trong quá trình thực hiện nếu có vướng mắc, đề nghị các Cục Thuế phản ánh về Tổng cục Thuế
để được hướng dẫn./.
Nơi nhận:
- Như trên;
- Lưu: VT, CS.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Trần Văn Bình
"""

_DUTY = (
    "Cơ quan thuế có trách nhiệm tiếp nhận quyết định phê duyệt số phí từ cơ quan cấp phép và"
    " ra thông báo nộp phí theo quy định. Cụ thể như sau: - Trong thời hạn 03 ngày làm việc, kể"
    " từ ngày nhận được quyết định phê duyệt số phí, cơ quan cấp phép gửi bản sao quyết định"
    " cho Cục Thuế nơi có giếng khai thác. - Chậm nhất là 07 ngày làm việc, kể từ ngày nhận được"
    " bản sao quyết định, Cục Thuế ra thông báo nộp phí gửi cơ sở khai thác. - Việc nộp phí thực"
    " hiện theo quy định của pháp luật về quản lý thuế"
)


def test_a_paragraph_announcing_its_details_is_one_action_with_them(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    got = [(a.lead_unit, a.text) for a in record.actions]
    assert got[1:] == [("Cơ quan thuế", _DUTY)]


def test_a_period_from_another_documents_receipt_dates_nothing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    duty = next(a for a in record.actions if "03 ngày làm việc" in a.text)
    assert (duty.deadline, duty.deadline_kind) == (None, DeadlineKind.NONE)
