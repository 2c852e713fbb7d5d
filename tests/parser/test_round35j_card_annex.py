"""Round 35j: a decision by the head of a state body issuing a regulation on a card.

- The signer signs in the title the decision's authority line gives ("TỔNG THANH TRA KIỂM
  ĐỊNH" over "Căn cứ ...", again over the name), a title the list of known titles lacks: the
  parser found no signer.
- The regulation's annexes "PHỤ LỤC 01 / MẪU THẺ ...", "PHỤ LỤC 02 / MẪU / DANH SÁCH ..." are
  the card's mock-up (its two faces) and the forms to fill in (a small letterhead, "TT"
  cells): no task (the parser read each of their lines as a task under the letterhead's body).
- "Vụ Tổ chức cán bộ" is the whole lead.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """KIỂM ĐỊNH NHÀ NƯỚC
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 412/QĐ-KĐNN

Hà Nội, ngày 10 tháng 9 năm 2025

QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH VỀ MẪU THẺ KIỂM ĐỊNH VIÊN

TỔNG THANH TRA KIỂM ĐỊNH

Căn cứ Luật Kiểm định số 12/2019/QH14 ngày 20 tháng 6 năm 2019;

Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định về mẫu thẻ kiểm định viên.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Thủ trưởng các đơn vị trực thuộc chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TỔNG THANH TRA KIỂM ĐỊNH
Trần Minh Khoa

QUY ĐỊNH
VỀ MẪU THẺ KIỂM ĐỊNH VIÊN
(Ban hành kèm theo Quyết định số 412/QĐ-KĐNN ngày 10 tháng 9 năm 2025 của Tổng Thanh tra
Kiểm định)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định về mẫu thẻ kiểm định viên.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 2. Điều khoản thi hành

1. Kinh phí làm thẻ do ngân sách nhà nước cấp.

2. Vụ Tổ chức cán bộ có trách nhiệm theo dõi, hướng dẫn, kiểm tra tình hình thực hiện
Quy định này./.

PHỤ LỤC 01
MẪU THẺ KIỂM ĐỊNH VIÊN
(Ban hành kèm theo Quyết định 412/QĐ-KĐNN ngày 10 tháng 9 năm 2025 của Tổng Thanh tra
Kiểm định)

MẶT TRƯỚC

MẶT SAU

1. Mặt trước: Thẻ được in màu; nền là hoa văn màu xanh nhạt.

PHỤ LỤC 02
MẪU
DANH SÁCH ĐỀ NGHỊ CẤP THẺ KIỂM ĐỊNH VIÊN
(Ban hành kèm theo Quyết định 412/QĐ-KĐNN ngày 10 tháng 9 năm 2025 của Tổng Thanh tra
Kiểm định)

KIỂM ĐỊNH NHÀ NƯỚC
KIỂM ĐỊNH NHÀ NƯỚC/
KHU VỰC/VỤ....

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

DANH SÁCH ĐỀ NGHỊ CẤP THẺ KIỂM ĐỊNH VIÊN

TT

Họ và Tên

Ngày sinh

Chức vụ

Ghi chú

1

2

...ngày ... tháng ...
năm ...
THỦ TRƯỞNG ĐƠN VỊ
(Ký tên, đóng dấu)
"""


def _parse(org: OrgDirectory, calendar: WorkingCalendar):  # type: ignore[no-untyped-def]
    return parse_text(_DECISION, org, calendar)


def test_signer_in_the_authority_title(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = _parse(org, calendar)
    assert record.signer is not None
    assert record.signer.capacity is None
    assert record.signer.title == "TỔNG THANH TRA KIỂM ĐỊNH"
    assert record.signer.name == "Trần Minh Khoa"


def test_card_mock_up_gives_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = _parse(org, calendar)
    assert [a.text for a in record.actions] == [
        "Vụ Tổ chức cán bộ có trách nhiệm theo dõi, hướng dẫn, kiểm tra tình hình thực hiện "
        "Quy định này"
    ]


def test_whole_lead(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = _parse(org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Vụ Tổ chức cán bộ"]


def test_mock_up_annex_is_no_task_source() -> None:
    from directives.parser import appendix_tables
    from directives.parser.clean import fold_lines

    lines = _DECISION.split("\n")
    end = lines.index("Nơi nhận:")
    assert appendix_tables(fold_lines(lines), end) == []
