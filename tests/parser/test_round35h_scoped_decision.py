"""Round 35h: a decision that lays down rules itself, its first article titled for its scope
("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"), is a regulation in form: like a regulation
issued by a decision, only its articles on carrying it out ("Trách nhiệm thi hành", "Tổ chức
thực hiện") give tasks. The powers it delegates ("Điều 3. Nội dung phân cấp / a) Quyết định
việc ..."), the bodies it concerns ("2. Đối tượng áp dụng / Sở X và cơ quan, tổ chức ... có
liên quan đến ...") and the measures its rule articles list ("Chủ tịch Ủy ban nhân dân cấp xã
chỉ đạo ...", "Lực lượng Công an phối hợp ...") are its rules, no tasks (the parser read each as
one). The delegate's accountability for the powers handed down ("Chịu trách nhiệm trước pháp
luật và Ủy ban nhân dân tỉnh về ...; đúng trình tự ... đối với các thủ tục được phân cấp") is
none either, like that for powers "được ủy quyền".
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 41/2025/QĐ-UBND

Bình An, ngày 10 tháng 11 năm 2025

QUYẾT ĐỊNH
{title}

ỦY BAN NHÂN DÂN TỈNH BÌNH AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Theo đề nghị của Giám đốc Sở Tư pháp.

"""

_TAIL = """
Nơi nhận:
- Như Điều 5;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
"""

_DELEGATING = """**Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng**

1. Phạm vi điều chỉnh

Quyết định này quy định phân cấp cho Sở Tư pháp ký quyết định về hộ tịch có yếu tố nước ngoài.

2. Đối tượng áp dụng

Sở Tư pháp và cơ quan, tổ chức, cá nhân có liên quan đến giải quyết thủ tục hành chính được
phân cấp trong lĩnh vực hộ tịch.

**Điều 2. Nội dung phân cấp**

1. Ủy ban nhân dân tỉnh phân cấp thẩm quyền cho Sở Tư pháp ký các quyết định sau:

a) Quyết định việc đăng ký hộ tịch có yếu tố nước ngoài đối với người cư trú ở nước ngoài.

b) Quyết định việc đăng ký lại hộ tịch có yếu tố nước ngoài.

2. Ủy ban nhân dân tỉnh phân cấp thẩm quyền cho Sở Tư pháp có ý kiến về việc ghi chú hộ tịch.

**Điều 3. Trách nhiệm thi hành**

1. Sở Tư pháp

a) Chịu trách nhiệm trước pháp luật và Ủy ban nhân dân tỉnh về việc tổ chức thực hiện có hiệu
quả; đúng trình tự, thủ tục, thời hạn đối với các thủ tục được phân cấp theo Điều 2 Quyết định
này.

b) Chủ trì xây dựng quy trình nội bộ giải quyết thủ tục hành chính được phân cấp.

c) Định kỳ hàng năm báo cáo Ủy ban nhân dân tỉnh về kết quả thực hiện phân cấp.

2. Các cơ quan, đơn vị có liên quan căn cứ Quyết định này triển khai thực hiện.

**Điều 4. Hiệu lực thi hành**

Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.

**Điều 5.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi
hành Quyết định này./.
"""

_MEASURES = """**Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng**

1. Phạm vi điều chỉnh

Quyết định này quy định cấp cảnh báo lũ quét trên địa bàn tỉnh.

2. Đối tượng áp dụng

Quyết định này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.

**Điều 2. Cấp cảnh báo và biện pháp ứng phó**

1. Cảnh báo cấp I

a) Đặc trưng: Mưa vừa, khả năng xảy ra lũ quét thấp.

b) Biện pháp ứng phó bao gồm:

Chủ tịch Ủy ban nhân dân cấp xã chỉ đạo lực lượng xung kích kiểm tra các khu vực ven suối.

Lực lượng Công an phối hợp với chính quyền địa phương tăng cường tuần tra các tuyến đường.

**Điều 3. Điều khoản thi hành**

Quyết định có hiệu lực thi hành kể từ ngày 20 tháng 11 năm 2025.

**Điều 4. Tổ chức thực hiện**

1. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các đơn vị có liên quan thông tin cấp
cảnh báo lũ quét hàng ngày trên các phương tiện thông tin đại chúng.

2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở chịu trách nhiệm thi hành Quyết định
này./.
"""


def test_delegating_decision_gives_only_its_side_duties(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _HEAD.format(title="Phân cấp thẩm quyền về hộ tịch") + _DELEGATING + _TAIL
    actions = parse_text(text, org, calendar).actions
    assert [(a.lead_unit, a.text[:30]) for a in actions] == [
        ("Sở Tư pháp", "Chủ trì xây dựng quy trình nội"),
        ("Sở Tư pháp", "Định kỳ hàng năm báo cáo Ủy ba"),
        ("Các cơ quan, đơn vị có liên quan", "Các cơ quan, đơn vị có liên qu"),
    ]


def test_measures_a_rule_article_lists_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _HEAD.format(title="Quy định cấp cảnh báo lũ quét") + _MEASURES + _TAIL
    actions = parse_text(text, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Nông nghiệp và Môi trường"]
    assert actions[0].text.startswith("Giao Sở Nông nghiệp và Môi trường chủ trì")
