"""Round 14 (c): the header of a document printed in the gazette. "Số:" may stand alone above
its number; a resolution's number line may name its kind ("Nghị quyết số: 12/2023/UBTVQH15");
a resolution with no "<place>, ngày" line is dated by the day it was passed ("... thông qua
ngày ..."), never by a date a wrapped sentence of its body puts alone on a line; the gazette's
part heading ("VĂN BẢN QUY PHẠM PHÁP LUẬT") and its repeat of the issuer name no parent body;
the letter's own number in its forms and a blank form's number are no references."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_TAIL = "\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nNguyễn Văn An\n"


def test_a_number_under_its_own_so_line_keeps_the_letterhead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "CHÍNH PHỦ\n_______\n\nSố:\n07/2025/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 5 năm 2025\n\n"
        "NGHỊ QUYẾT\nVề gia hạn thời hạn nộp hồ sơ\n\nCăn cứ Luật Tổ chức Chính phủ;\n\n"
        "Điều 1. Bộ Tài chính hướng dẫn việc gia hạn nộp hồ sơ." + _TAIL,
        org,
        calendar,
    )
    assert (record.number, record.issuer) == ("07/2025/NQ-CP", "Chính phủ")


def test_a_standing_committee_resolution_is_numbered_named_and_dated_by_its_passing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nNghị quyết số: 12/2023/UBTVQH15\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "NGHỊ QUYẾT\nVề kéo dài thời gian chi trả trợ cấp\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQUYẾT NGHỊ:\n\n"
        "Điều 1. Kéo dài thời gian chi trả trợ cấp\n"
        "Việc chi trả trợ cấp cho các đối tượng được hoàn thành chậm nhất vào\n"
        "ngày 15 tháng 10 năm 2023.\n"
        "Điều 2. Hiệu lực thi hành\nNghị quyết này có hiệu lực thi hành kể từ ngày thông qua.\n\n"
        "Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV, phiên họp thứ 20 thông qua "
        "ngày 14 tháng 9 năm 2023./.\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n\nTrần Văn B\n",
        org,
        calendar,
    )
    assert (record.number, record.issuer, record.issued_on) == (
        "12/2023/UBTVQH15",
        "Ủy ban Thường vụ Quốc hội",
        date(2023, 9, 14),
    )


def test_the_gazettes_part_and_its_repeat_of_the_issuer_are_no_parent_body(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "VĂN BẢN QUY PHẠM PHÁP LUẬT\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
        "Số: 15/2024/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 02 tháng 4 năm 2024\n\n"
        "QUYẾT ĐỊNH\nQuy định về hỗ trợ học phí\n\nCăn cứ Luật Tổ chức Chính phủ;\n\n"
        "Điều 1. Bộ Giáo dục và Đào tạo hướng dẫn việc hỗ trợ học phí." + _TAIL + "\n"
        "Phụ lục\n(Kèm theo Quyết định số 15/2024/QĐ-TTg ngày 02 tháng 4 năm 2024)\n"
        "DANH SÁCH ĐỀ NGHỊ HỖ TRỢ THEO QUYẾT ĐỊNH SỐ 15/2024/QĐ-TTG\n"
        "Căn cứ Quyết định số..../2024/QĐ-TTg, tôi đề nghị được hỗ trợ.\n",
        org,
        calendar,
    )
    assert (record.issuer, record.parent_issuer) == ("Thủ tướng Chính phủ", None)
    assert record.references == []


def test_the_assemblys_committee_and_the_front_asked_to_supervise_lead_their_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nNghị quyết số: 30/2023/UBTVQH15\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "NGHỊ QUYẾT\nVề hỗ trợ tiền điện\n\nQUYẾT NGHỊ:\n\n"
        "Điều 1. Tổ chức thực hiện\n"
        "1. Ủy ban Thường vụ Quốc hội, các Ủy ban của Quốc hội giám sát việc thực hiện Nghị "
        "quyết này.\n"
        "2. Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn Lao động Việt Nam "
        "tham gia tuyên truyền và giám sát việc thực hiện Nghị quyết này.\n\n"
        "Nghị quyết này được Ủy ban Thường vụ Quốc hội thông qua ngày 14 tháng 9 năm "
        "2023./.\n\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n\nTrần Văn B\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Ủy ban Thường vụ Quốc hội",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]


def test_what_a_cited_resolution_suspends_is_no_part_of_its_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "CHÍNH PHỦ\n\nSố: 20/2025/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 5 năm 2025\n\n"
        "NGHỊ QUYẾT\nVề hiệu lực của quy định cấp phép\n\nCăn cứ Luật Tổ chức Chính phủ;\n\n"
        "Điều 1. Nghị quyết này thay thế Nghị quyết số 07/2025/NQ-CP ngày 04 tháng 02 năm 2025 "
        "của Chính phủ tạm ngưng hiệu lực Nghị định số 15/2024/NĐ-CP.\n"
        "Điều 2. Bộ Y tế hướng dẫn thực hiện Nghị quyết này." + _TAIL,
        org,
        calendar,
    )
    assert record.references[0].issuer == "Chính phủ"
