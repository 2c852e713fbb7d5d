"""Round 21b: the parser reads every en or em dash as "-" (its rules match one mark), but the
fields it reads are written back with the page's own characters, as the blind labels copy the
letter (examples/blind/README.md: "spelling and diacritics as written ..., the older tone
placement included ("Uỷ ban")"); a unit of the org directory keeps its directory name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.as_written import AsWritten

_TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Lê\n"
_CITY = (
    """UỶ BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc

Số: 563/UBND–CN.XDCB
V/v tiêm vắc xin phòng Covid – 19 tại các sở - ngành và quận – huyện

Thành phố Hồ Chí Minh, ngày 10 tháng 3 năm 2025

Kính gửi:
- Thủ trưởng các sở - ban – ngành thành phố;
- Ủy ban nhân dân các quận – huyện.

Căn cứ Công văn số 12/PVCFC-KT ngày 02/3/2025 của Tổng Công ty Phân bón và Hóa chất Dầu khí \
– CTCP về vắc xin;

1. Giao Sở Y tế chủ trì, phối hợp với Sở Lao động – Thương binh và Xã hội xây dựng kế hoạch \
tiêm vắc xin giai đoạn 2026 – 2030, hoàn thành trước ngày 30/4/2025.

2. Giao Sở Tài chính hướng dẫn các sở - ngành, quận – huyện bố trí kinh phí.

"""
    + _TAIL
)


def test_the_fields_read_keep_the_pages_dashes_where_it_sets_them(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_CITY, org, calendar)
    assert record.number == "563/UBND–CN.XDCB"
    assert record.subject == "tiêm vắc xin phòng Covid – 19 tại các sở - ngành và quận – huyện"
    assert record.recipients == [
        "Thủ trưởng các sở - ban – ngành thành phố",
        "Ủy ban nhân dân các quận – huyện",
    ]
    assert [(r.number, r.issuer) for r in record.references] == [
        ("12/PVCFC-KT", "Tổng Công ty Phân bón và Hóa chất Dầu khí – CTCP")
    ]
    first, second = record.actions
    assert "phối hợp với Sở Lao động – Thương binh và Xã hội" in first.text
    assert "giai đoạn 2026 – 2030" in first.text
    assert first.coordinating_units == ["Sở Lao động – Thương binh và Xã hội"]
    assert second.text == "Giao Sở Tài chính hướng dẫn các sở - ngành, quận – huyện bố trí kinh phí"


def test_a_header_in_capitals_keeps_its_older_tone_placement(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_CITY, org, calendar)
    assert record.issuer == "Uỷ ban nhân dân Thành phố Hồ Chí Minh"


_HOME = """UBND TỈNH KIÊN GIANG
SỞ NGOẠI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc

Số: 48/SNV–VP
V/v đón đoàn khách quốc tế

Kiên Giang, ngày 10 tháng 3 năm 2025

Kính gửi: Các phòng thuộc Sở.

1. Giao Phòng Lãnh sự – Lễ tân chủ trì, phối hợp với Văn phòng Sở chuẩn bị lễ tân đón đoàn, \
hoàn thành trước ngày 30/4/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC

Nguyễn Văn An
"""


def test_a_unit_of_the_directory_keeps_its_directory_name_while_the_text_is_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_HOME, org, calendar)
    assert record.number == "48/SNV–VP"
    (action,) = record.actions
    assert action.text.startswith("Giao Phòng Lãnh sự – Lễ tân chủ trì")
    assert action.lead_unit == "Phòng Lãnh sự - Lễ tân"  # config/org.yaml's name


def test_a_dash_the_page_writes_both_ways_is_taken_from_the_passage_read() -> None:
    page = "Các sở - ngành thực hiện.\nỦy ban nhân dân quận – huyện và các sở – ngành báo cáo."
    written = AsWritten(page)
    assert written.back("Các sở - ngành thực hiện") == "Các sở - ngành thực hiện"
    assert written.back("các sở - ngành báo cáo") == "các sở – ngành báo cáo"
    assert written.back("quận - huyện") == "quận – huyện"
    # a passage the page writes both ways, nothing around it to tell them apart: as the page
    # writes it at the place the field is read (its first place at or after it)
    assert written.back("sở - ngành") == "sở - ngành"
    assert written.back("sở - ngành", after=len("Cácsở-ngànhthựchiện.")) == "sở – ngành"
    # the parser's own hyphen (a number it put together) is no dash of the page
    assert written.back("12/UBND-VP") == "12/UBND-VP"


def test_a_page_without_other_dashes_is_left_as_read() -> None:
    assert AsWritten("Sở Lao động - Thương binh").back("Sở Lao động - Thương binh") == (
        "Sở Lao động - Thương binh"
    )


_BOTH_WAYS = (
    """UỶ BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH

Số: 1205/UBND-THKH
V/v thống kê thủ tục hành chính

Thành phố Hồ Chí Minh, ngày 10 tháng 3 năm 2025

Kính gửi:
- Thủ trưởng các sở - ban – ngành thành phố;
- Công ty Phân bón Dầu khí - CTCP.

Trả lời công văn số 25/PB-KD của Công ty Phân bón Dầu khí – CTCP về thủ tục, Ủy ban nhân dân \
thành phố có ý kiến như sau:

1. Đề nghị Thủ trưởng các sở-ban-ngành thành phố đẩy nhanh tiến độ thống kê thủ tục hành chính.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội.

2. Giao Sở Tài chính hướng dẫn thủ tục bổ sung kinh phí.
- Cơ quan thực hiện: Sở Tài chính chủ trì, phối hợp với Sở Lao động – Thương binh và Xã hội.

"""
    + _TAIL
)


def test_a_name_the_page_writes_with_both_dashes_takes_the_one_where_it_is_read(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_BOTH_WAYS, org, calendar)
    assert record.recipients[0] == "Thủ trưởng các sở - ban – ngành thành phố"  # the header's
    assert record.recipients[1] == "Công ty Phân bón Dầu khí - CTCP"
    assert [r.issuer for r in record.references] == ["Công ty Phân bón Dầu khí – CTCP"]
    assert [a.coordinating_units for a in record.actions] == [
        ["Sở Lao động - Thương binh và Xã hội"],
        ["Sở Lao động – Thương binh và Xã hội"],
    ]


def test_a_dash_that_opens_a_line_is_a_marker_not_the_texts_dash() -> None:
    page = "có điều kiện kinh tế\n– xã hội hóa các nguồn lực;\nphát triển kinh tế - xã hội bền vững"
    written = AsWritten(page)
    assert written.back("kinh tế - xã hội") == "kinh tế - xã hội"


def test_an_invisible_mark_beside_a_dash_does_not_hide_it() -> None:
    written = AsWritten("phối hợp với Sở Lao động\u200b – Thương binh và Xã hội")
    assert written.back("Sở Lao động - Thương binh và Xã hội") == (
        "Sở Lao động – Thương binh và Xã hội"
    )


_PLACE_FIRST = (
    """BỘ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2025

Số: 1205/BXD-KHTC
V/v thống kê thủ tục hành chính

Kính gửi: Sở Lao động – Thương binh và Xã hội thành phố Hà Nội.

Ngày 01/3/2025, Sở Lao động - Thương binh và Xã hội thành phố Hà Nội có báo cáo về thủ tục \
hành chính. Bộ Xây dựng đề nghị Sở Lao động - Thương binh và Xã hội thành phố Hà Nội thống kê \
thủ tục hành chính.

"""
    + _TAIL
)


def test_a_place_named_again_in_the_letter_does_not_move_where_the_header_is_read(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_PLACE_FIRST, org, calendar)
    assert record.recipients == ["Sở Lao động – Thương binh và Xã hội thành phố Hà Nội"]
