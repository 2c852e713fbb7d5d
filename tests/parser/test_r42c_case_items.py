"""Round 42c: lettered items that frame a case, under a request that asks a body to act "như
sau:". An item that only frames its case in a sentence of its own ("(a) Đối với trường hợp X.")
goes on with the paragraphs under it, which give its work, up to a label over a list of its own
("Lưu ý:"), and leads as the body its later sentence names ("KBNN, NHTM thực hiện ...": both,
by their abbreviations, the first leading); an item that opens its case with a colon ("(b) Đối
với trường hợp Y:") holds what follows, the options a cited rule lists ("- ...") and the request
they ground, as one task of the body asked. On a page of text runs the bracketed letter alone on
its line ("(b)") opens the item on the next."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed

_LETTER = """BỘ TÀI CHÍNH
KHO BẠC NHÀ NƯỚC
Số: 1250/KBNN-KT
Hà Nội, ngày 14 tháng 4 năm 2016
V/v chứng từ thu phí đường bộ
Kính gửi: KBNN các tỉnh, thành phố trực thuộc trung ương.
1. Về chứng từ thu phí đường bộ. Để thống nhất thực hiện, đề nghị KBNN các tỉnh, thành phố \
phối hợp với các NHTM trên địa bàn thực hiện như sau:
(a) Đối với trường hợp chủ phương tiện nộp phí tại các điểm thu của KBNN, NHTM.
KBNN, NHTM thực hiện ký, đóng dấu trên biên lai thu phí theo quy định tại Thông tư số \
12/2015/TT-BTC ngày 02/02/2015.
(Các NHTM đã có hướng dẫn nội bộ về việc đóng dấu biên lai).
Lưu ý:
- KBNN, NHTM không được đóng dấu treo trên biên lai cấp cho chủ phương tiện.
- Đối với biên lai điện tử, các đơn vị KBNN ký và đóng dấu đầy đủ theo quy định.
(b) Đối với trường hợp chủ phương tiện nộp phí bằng phương thức điện tử:
Việc nộp phí điện tử thực hiện theo Thông tư số 20/2015/TT-BTC ngày 10/02/2015. Theo điều 5 \
của thông tư quy định: chủ phương tiện có thể lựa chọn các hình thức sau đây để nộp phí:
- Giao dịch qua ngân hàng nơi chủ phương tiện mở tài khoản.
- Thông qua Cổng dịch vụ công quốc gia.
Theo các quy định nêu trên, đề nghị NHTM in và ký xác nhận trên biên lai thu phí.
2. Một số nội dung khác
Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về KBNN để giải quyết./.
Nơi nhận:
- Như trên;
- Lưu: VT, KT.
KT. TỔNG GIÁM ĐỐC
PHÓ TỔNG GIÁM ĐỐC
Trần Văn Minh
"""


def test_a_case_framed_item_goes_on_with_the_paragraphs_that_give_its_work(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    first = actions[0]
    assert first.text.startswith("Đối với trường hợp chủ phương tiện nộp phí tại các điểm thu")
    assert "KBNN, NHTM thực hiện ký, đóng dấu" in first.text
    assert first.text.endswith("(Các NHTM đã có hướng dẫn nội bộ về việc đóng dấu biên lai)")
    assert (first.lead_unit, first.coordinating_units) == ("KBNN", ["NHTM"])


def test_the_notes_under_it_are_tasks_of_their_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions[1:3]] == [
        ("KBNN", ["NHTM"]),
        ("các đơn vị KBNN", []),
    ]


def test_a_case_opened_with_its_colon_holds_the_rules_it_cites_and_the_request(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert len(actions) == 4
    case = actions[3]
    assert case.text.startswith("Đối với trường hợp chủ phương tiện nộp phí bằng phương thức")
    assert "để nộp phí: - Giao dịch qua ngân hàng" in case.text
    assert "- Thông qua Cổng dịch vụ công quốc gia." in case.text
    assert case.text.endswith("đề nghị NHTM in và ký xác nhận trên biên lai thu phí")
    assert case.lead_unit == "KBNN các tỉnh, thành phố"


_FILL = "\n".join(["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "y;"] * 8)


def test_a_bracketed_letter_alone_on_its_run_opens_the_item_below() -> None:
    runs = "\n".join(["(b)", "Đối với trường hợp nộp phí bằng phương thức điện tử:", "Việc nộp"])
    lines = reflowed(runs + "\n" + _FILL).splitlines()
    assert "(b) Đối với trường hợp nộp phí bằng phương thức điện tử:" in lines
