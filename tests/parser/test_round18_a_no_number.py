"""Round 18a: a letter of the Prime Minister whose page lost its "Số:" line puts the subject
("V/v: ...") between the issuer and the motto: the letter still starts at its issuer; and an
approval whose later sentence hands a body its task ("Đồng ý .... Bộ X quyết định việc ...")
gives that task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """THỦ TƯỚNG CHÍNH PHỦ
-------
V/v: Hỗ trợ giống lúa cho các tỉnh bị ảnh hưởng của lũ năm 2013
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 12 tháng 11 năm 2013

Kính gửi:
- Bộ Tài chính;
- Bộ Nông nghiệp và Phát triển nông thôn.

{ground}
{approval}

Nơi nhận:
- Như trên;
- Lưu: VT, KTN (3).
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Hoàng Trung Hải
""".format(
    ground="Xét đề nghị của Bộ Tài chính tại văn bản số 1520/BTC-TCDT ngày 05 tháng 11 năm 2013, "
    "Thủ tướng Chính phủ có ý kiến như sau:",
    approval="Đồng ý xuất cấp 500 tấn giống lúa dự trữ quốc gia để hỗ trợ các tỉnh bị ảnh hưởng "
    "của lũ. Bộ Tài chính quyết định việc xuất cấp và phối hợp với các địa phương hướng dẫn sử "
    "dụng đúng mục đích./.",
)


def test_the_issuer_and_subject_above_the_motto_without_a_number(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.issuer == "Thủ tướng Chính phủ"
    assert record.subject == "Hỗ trợ giống lúa cho các tỉnh bị ảnh hưởng của lũ năm 2013"


def test_the_task_after_an_approval(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    (action,) = parse_text(_LETTER, org, calendar).actions
    assert action.lead_unit == "Bộ Tài chính"
    assert action.text.startswith("Bộ Tài chính quyết định việc xuất cấp")
