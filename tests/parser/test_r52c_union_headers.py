"""Round 52c (batch 200): headers of bodies outside the state's ministries and committees.

A trade union's letterhead wraps its parent's name over three lines ("CÔNG ĐOÀN" / "BƯU
CHÍNH VIỄN THÔNG" / "VIỆT NAM"): a kind of body alone is no name, and the country's name alone
ends the name above it. Its number's code is two words ("Số: 47 - GTT/ CĐ VNPT-BN"), read
whole and never cited as another document. A summons ("GIẤY TRIỆU TẬP") and the other kinds
of Nghị định 30/2020/NĐ-CP's list are kinds, by their line or by their code. A subject in
mixed case ends where the body's grounds begin ("Thực hiện chương trình công tác ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.header_words import type_from_number
from directives.records import ParsedDirective
from tests.parser.signed import signed

_SUMMONS = """CÔNG ĐOÀN
BƯU CHÍNH VIỄN THÔNG
VIỆT NAM
CÔNG ĐOÀN VNPT BẮC NINH
Số: 47 - GTT/ CĐ VNPT-BN
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 03 tháng 6 năm 2025
GIẤY TRIỆU TẬP
Dự Hội nghị tập huấn nghiệp vụ an toàn lao động năm 2025
Thực hiện chương trình công tác năm 2025 của Công đoàn VNPT Bắc Ninh;
Căn cứ Kế hoạch số 31/KH-CĐVNPT-BN ngày 08/4/2025 của Công đoàn VNPT Bắc Ninh;
Công đoàn VNPT Bắc Ninh triệu tập các thành phần tham dự tập huấn như sau:
1- Thời gian: 07h30 ngày 05/6/2025.
2- Tổ chức thực hiện: Các bộ phận Phòng chức năng phối hợp thực hiện các nội dung tập huấn.
"""


def _variant(old: str, new: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    """The summons with ``old`` written ``new``, read."""
    return parse_text(_SUMMONS.replace(old, new) + signed("CHỦ TỊCH"), org, calendar)


def test_a_unions_summons(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_SUMMONS + signed("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH"), org, calendar)
    assert got.document_type == "GIẤY TRIỆU TẬP"
    assert got.number == "47-GTT/CĐ VNPT-BN"
    assert (got.parent_issuer, got.issuer) == (
        # (a union named by its fields, capitalised: 200/02's and 200/03's labels, round 53a)
        "Công đoàn Bưu chính Viễn thông Việt Nam",
        "Công đoàn VNPT Bắc Ninh",
    )
    assert got.subject == "Dự Hội nghị tập huấn nghiệp vụ an toàn lao động năm 2025"
    assert [r.number for r in got.references] == ["31/KH-CĐVNPT-BN"]


def test_the_kinds_of_the_decrees_list_by_their_codes() -> None:
    assert type_from_number("47-GTT/CĐ") == "GIẤY TRIỆU TẬP"
    assert type_from_number("12/PA-UBND") == "PHƯƠNG ÁN"
    assert type_from_number("05/ĐA-UBND") == "ĐỀ ÁN"
    assert type_from_number("88/GGT-SNV") == "GIẤY GIỚI THIỆU"


def test_a_subject_in_capitals_keeps_its_wrapped_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # the new stop is for a subject in mixed case: one in capitals wraps as before
    got = _variant(
        "Dự Hội nghị tập huấn nghiệp vụ an toàn lao động năm 2025",
        "DỰ HỘI NGHỊ TẬP HUẤN\nNGHIỆP VỤ AN TOÀN LAO ĐỘNG NĂM 2025",
        org,
        calendar,
    )
    assert got.subject == "DỰ HỘI NGHỊ TẬP HUẤN NGHIỆP VỤ AN TOÀN LAO ĐỘNG NĂM 2025"


def test_a_centres_name_wrapped_after_its_first_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # Round 52g (batch 206): "TRUNG TÂM QUY HOẠCH & ĐIỀU TRA" / "TÀI NGUYÊN NƯỚC QUỐC GIA": a
    # line no body's name or area opens goes on with the name above it
    got = _variant(
        "CÔNG ĐOÀN\nBƯU CHÍNH VIỄN THÔNG\nVIỆT NAM\nCÔNG ĐOÀN VNPT BẮC NINH",
        "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nTRUNG TÂM QUY HOẠCH & ĐIỀU TRA\nTÀI NGUYÊN NƯỚC QUỐC GIA",
        org,
        calendar,
    )
    assert (got.parent_issuer, got.issuer) == (
        "Bộ Tài nguyên và Môi trường",
        "Trung tâm Quy hoạch & điều tra tài nguyên nước quốc gia",
    )


def test_a_labour_federation_over_its_union(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    # Round 52k (batch 210): "LIÊN ĐOÀN LAO ĐỘNG" / "THÀNH PHỐ HỒ CHÍ MINH": a federation of
    # labour names its area on the next line, its field capitalised as a committee's is
    got = _variant(
        "CÔNG ĐOÀN\nBƯU CHÍNH VIỄN THÔNG\nVIỆT NAM\nCÔNG ĐOÀN VNPT BẮC NINH",
        "LIÊN ĐOÀN LAO ĐỘNG\nTHÀNH PHỐ HỒ CHÍ MINH\nCÔNG ĐOÀN GIÁO DỤC",
        org,
        calendar,
    )
    assert (got.parent_issuer, got.issuer) == (
        "Liên đoàn Lao động Thành phố Hồ Chí Minh",
        "Công đoàn Giáo dục",  # (its field capitalised: 210/01's and 210/02's labels)
    )
