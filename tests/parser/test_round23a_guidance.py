"""Round 23a: a ministry's guidance letter opens its items with "Bộ Y tế hướng dẫn thực hiện
một số nội dung liên quan đến quy định tại Điều 22 như sau:" (words between "hướng dẫn" and
"như sau"). Its items state how the rule applies ("Quỹ BHYT thanh toán ...", "Các cơ sở KCB
thực hiện mã hóa ... như sau:" over "+ Chọn mã số ..."): no tasks. Only the items that ask a
body ("a) Đề nghị Thủ trưởng các đơn vị ...:", "5. Bộ Y tế đề nghị BHXH Việt Nam ...") are.
Round 22 knew the guidance only when "hướng dẫn" stood right before "như sau:", and read each
"+ Chọn ..." line as a task of the bodies the sub-item names."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round23a_letters import letter

_LETTER = letter(
    """
Thực hiện quy định tại Điều 22 Luật Bảo hiểm y tế, sau khi thống nhất với Bảo hiểm xã hội Việt
Nam, Bộ Y tế hướng dẫn thực hiện một số nội dung liên quan đến quy định tại Điều 22 như sau:
1. Thanh toán chi phí khám bệnh đối với người bệnh chuyển tuyến:
a) Quỹ BHYT thanh toán theo mức hưởng quy định tại khoản 3 Điều 22 Luật BHYT;
b) Quỹ BHYT không thanh toán các chi phí của đợt điều trị ngoại trú đã kết thúc.
2. Mã hóa dữ liệu trong trường hợp người bệnh tự đi khám không đúng tuyến:
- Được quỹ BHYT chi trả chi phí điều trị nội trú theo mức hưởng đúng tuyến;
- Các cơ sở khám bệnh thực hiện mã hóa, ghi chép như sau:
+ Chọn mã số “3” để ghi vào Trường số 16 của Bảng 1;
+ Ghi mức hưởng tương ứng với mã mức hưởng ghi trên thẻ BHYT tại trường số 17 của Bảng 2.
3. Để bảo đảm sử dụng quỹ BHYT hợp lý, hiệu quả, Bộ Y tế:
a) Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với Bảo hiểm xã hội tỉnh:
- Thường xuyên quán triệt đến viên chức thực hiện nghiêm các quy định của pháp luật về BHYT.
- Thực hiện đúng quy định về bảng kê chi phí khám bệnh.
b) Định kỳ, Bộ Y tế sẽ phối hợp với các cơ quan có liên quan tổ chức kiểm tra việc thực hiện.
4. Bộ Y tế đề nghị Bảo hiểm xã hội Việt Nam chỉ đạo Bảo hiểm xã hội các tỉnh phối hợp với các
đơn vị triển khai thực hiện đúng các nội dung hướng dẫn tại công văn này.
""",
    issuer="BỘ Y TẾ",
    number="410/BYT-BH",
    subject="hướng dẫn thực hiện một số quy định của Luật BHYT",
    dated="ngày 12 tháng 3 năm 2024",
    recipient=(
        "\n- Sở Y tế các tỉnh, thành phố trực thuộc Trung ương;"
        "\n- Các bệnh viện trực thuộc Bộ Y tế."
    ),
    distribution="- Như trên;\n- Lưu: VT, BH.",
    signer="KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn B",
)


def test_the_guidance_items_are_no_tasks_and_the_asks_are(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [(a.text[:30], a.lead_unit) for a in actions] == [
        ("Thường xuyên quán triệt đến vi", "các đơn vị"),
        ("Thực hiện đúng quy định về bản", "các đơn vị"),
        ("Bộ Y tế đề nghị Bảo hiểm xã hộ", "Bảo hiểm xã hội Việt Nam"),
    ]
