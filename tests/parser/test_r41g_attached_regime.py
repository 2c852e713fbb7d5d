"""Round 41g: a decision that issues a regime of reporting ("CHẾ ĐỘ THỐNG KÊ THUẾ NỘI ĐỊA",
under the issuer's name "TỔNG CỤC THUẾ" over it) attaches rules, as "QUY ĐỊNH" does: its last
chapter on carrying it out gives the tasks, its chapter label in capitals broken from its number
("CHƯƠNG" / "II") put back, and its other chapters stay the content."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.cut_heads import rejoin_cut_heads

_DECISION = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 1500/QĐ-TCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 3 tháng 10 năm 2031
QUYẾT ĐỊNH
Về việc ban hành Chế độ thống kê thuế nội địa
TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ
Căn cứ Luật Thống kê số 04/2029/QH11 ngày 17/6/2029;
QUYẾT ĐỊNH:
Điều 1. Ban hành Chế độ thống kê thuế nội địa kèm theo Quyết định này.
Điều 2. Quyết định này có hiệu lực thi hành từ ngày 1/1/2032.
Điều 3. Thủ trưởng các Vụ/đơn vị thuộc Tổng cục Thuế, Cục trưởng Cục Thuế các tỉnh, thành \
phố chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như trên;
- Lưu: VT, KK.
TỔNG CỤC TRƯỞNG
Trần Văn Minh
"""

_REGIME = """TỔNG CỤC THUẾ
CHẾ ĐỘ THỐNG
KÊ THUẾ NỘI ĐỊA
(Ban hành kèm theo Quyết định số 1500/QĐ-TCT ngày 3 tháng 10 năm 2031 của Tổng cục trưởng \
Tổng cục Thuế)
CHƯƠNG I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi thống kê
Bộ phận thống kê tại cơ quan thuế các cấp có trách nhiệm kiểm tra chất lượng thông tin thống kê.
CHƯƠNG
II
TỔ CHỨC THỰC HIỆN
Điều
5
.
Trách nhiệm thực hiện
1. Thủ trưởng các đơn vị thuộc và trực thuộc Tổng cục Thuế căn cứ Quyết định này ban hành các \
văn bản hướng dẫn công tác thống kê thuế.
2. Cục Thuế các tỉnh, thành phố có trách nhiệm hướng dẫn và tổ chức triển khai thực hiện đến \
từng đơn vị trực thuộc.
"""


def test_a_chapter_label_in_capitals_broken_from_its_number_is_put_back() -> None:
    lines = rejoin_cut_heads(["a.", "CHƯƠNG", "II", "TỔ CHỨC THỰC HIỆN"])
    assert lines == ["a.", "CHƯƠNG II", "TỔ CHỨC THỰC HIỆN"]


def test_an_attached_regime_gives_its_last_chapters_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION + _REGIME, org, calendar).actions
    texts = [a.text for a in actions]
    assert len(texts) == 2
    assert texts[0].startswith("Thủ trưởng các đơn vị thuộc và trực thuộc Tổng cục Thuế căn cứ")
    assert texts[1].startswith("Cục Thuế các tỉnh, thành phố có trách nhiệm hướng dẫn")
