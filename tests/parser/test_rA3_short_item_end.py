"""Round rA3: on a page cut at a fixed width, a lettered clause of a list (its clauses but the
last ending on ";") ends a sentence on a short line, and a paragraph of its own opens under it
in a capital ("... trước khi khởi công." / "Ủy ban nhân dân cấp xã có trách nhiệm ..."): the
page broke the line there, the next word fitting on it, so the paragraph stays apart from the
clause with or without the blank line between them (a page that breaks its lines at every full
stop, with no width, still lets the clause take the paragraphs under it in).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.blank_lines import same_without_blanks, without_blanks

_RESOLUTION = """CHÍNH PHỦ

Số: 88/NQ-CP

Hà Nội, ngày 9 tháng 3 năm 2026

NGHỊ QUYẾT
Về cơ chế thực hiện dự án đường vành đai Tây Bắc

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;

QUYẾT NGHỊ:

Điều 1. Cơ chế thực hiện Dự án

1. Việc giải phóng mặt bằng để thực hiện Dự án được
thực hiện như sau:

a) Căn cứ bản đồ hiện trạng được cơ quan có thẩm quyền
xác nhận, tổ chức làm nhiệm vụ giải phóng mặt bằng lập danh sách các thửa đất
nằm trong phạm vi của Dự án theo từng đoạn tuyến.

Danh sách các thửa đất được công khai tại trụ sở Ủy ban nhân dân cấp xã và
nhà văn hóa của các thôn có đất nằm trong phạm vi Dự án;

b) Trên cơ sở danh sách tại điểm a khoản này, tổ chức
làm nhiệm vụ giải phóng mặt bằng được đo đạc, kiểm đếm cây trồng, vật kiến trúc
và các tài sản khác gắn liền với đất trước khi khởi công.

Ủy ban nhân dân cấp xã có trách nhiệm phối hợp với tổ
chức làm nhiệm vụ giải phóng mặt bằng tổ chức đo đạc, kiểm đếm, lập biên bản
xác nhận hiện trạng đất đai và tài sản.

Người có đất trong phạm vi Dự án có trách nhiệm phối hợp với tổ chức làm
nhiệm vụ giải phóng mặt bằng trong quá trình đo đạc, kiểm đếm theo kế hoạch;

c) Sau khi Dự án được phê duyệt, cơ quan có thẩm quyền
ban hành quyết định thu hồi đất và sử dụng kết quả đo đạc, kiểm đếm đã thực
hiện tại điểm b khoản này để lập phương án bồi thường.

Điều 2. Tổ chức thực hiện

1. Bộ Xây dựng chủ trì, phối hợp với các bộ, ngành và địa
phương hướng dẫn, kiểm tra việc thực hiện Nghị quyết này; định kỳ hằng quý báo
cáo Chính phủ về kết quả thực hiện.

2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban
nhân dân các tỉnh có liên quan chịu trách nhiệm thi hành Nghị quyết này./.

TM. CHÍNH PHỦ
THỦ TƯỚNG

Nguyễn Văn An
"""


def test_the_paragraph_under_a_short_clause_end_stays_apart_without_blanks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (its own task, led by the commune's people's committee, as with the blank line above it)
    led = {
        a.lead_unit: a.text for a in parse_text(without_blanks(_RESOLUTION), org, calendar).actions
    }
    assert led["Ủy ban nhân dân cấp xã"].startswith(
        "Ủy ban nhân dân cấp xã có trách nhiệm phối hợp"
    )
    same_without_blanks(_RESOLUTION, org, calendar)
