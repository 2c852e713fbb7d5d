"""Round 22: a Government resolution on a bill dates itself on a line with no comma between
the place and "ngày", the date wrapped onto the next line ("Hà Nội ngày 01" / "tháng 12 năm
2025"), and names its issuer ("CHÍNH PHỦ") in capitals right under its subject (round 21
read no place and no date there, and took the issuer's name into the subject)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """CHÍNH PHỦ
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Số: 512/NQ-CP

*Hà Nội ngày 03
tháng 12 năm 2025*

NGHỊ QUYẾT
VỀ VIỆC TIẾP THU, GIẢI TRÌNH DỰ ÁN LUẬT QUẢN LÝ NỢ CÔNG (SỬA ĐỔI)
CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ,

QUYẾT NGHỊ:

Điều 1. Thông qua Báo cáo tiếp thu, giải trình ý kiến của các Đại biểu Quốc hội về dự án
Luật Quản lý nợ công (sửa đổi).

Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.

Điều 3. Các Bộ trưởng, Thủ trưởng các cơ quan có liên quan chịu trách nhiệm thi hành Nghị
quyết này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Nguyễn Văn An
"""


def test_a_place_and_date_with_no_comma_wrapped_onto_two_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RESOLUTION, org, calendar)
    assert (record.place, str(record.issued_on)) == ("Hà Nội", "2025-12-03")


def test_the_issuer_under_the_subject_is_no_part_of_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RESOLUTION, org, calendar)
    assert record.subject == "TIẾP THU, GIẢI TRÌNH DỰ ÁN LUẬT QUẢN LÝ NỢ CÔNG (SỬA ĐỔI)"


def test_the_minister_who_takes_in_the_comments_is_given_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """ "Điều 2. Bộ trưởng Bộ X tiếp thu, giải trình ...": "tiếp thu" is the sentence's verb,
    so the minister's body leads (round 21 read no subject there and no task)."""
    text = _RESOLUTION.replace(
        "Điều 2. Nghị quyết",
        "Điều 2. Bộ trưởng Bộ Tài chính tiếp thu, giải trình đầy đủ ý kiến Thành viên Chính phủ,"
        "\nhoàn thiện hồ sơ dự án Luật theo quy định.\n\nĐiều 3. Nghị quyết",
    ).replace("Điều 3. Các Bộ", "Điều 4. Các Bộ")
    actions = parse_text(text, org, calendar).actions
    assert [(a.lead_unit, a.text) for a in actions] == [
        (
            "Bộ Tài chính",
            "Bộ trưởng Bộ Tài chính tiếp thu, giải trình đầy đủ ý kiến Thành viên Chính phủ, hoàn"
            " thiện hồ sơ dự án Luật theo quy định",
        )
    ]
