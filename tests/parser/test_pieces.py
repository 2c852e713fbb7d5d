"""The parser's parts on their own: deadlines, legacy encodings, names, cleaning."""

from __future__ import annotations

from datetime import date

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.clean import clean_text, fold_keep
from directives.parser.deadlines import find_deadline
from directives.parser.legacy import from_tcvn3, from_vni
from directives.parser.mentions import MentionFinder
from directives.parser.names import org_display
from directives.parser.units import assign_units
from directives.records import DeadlineKind
from tests.parser.corpus import encode_cp1258, encode_tcvn3, encode_vni

ISSUED = date(2017, 1, 25)  # the seed's date, the day before Tết 2017


@pytest.mark.parametrize(
    ("phrase", "kind", "due"),
    [
        ("hoàn thành trước ngày 30/6/2017", DeadlineKind.BEFORE, date(2017, 6, 29)),
        ("chậm nhất ngày 20.7.2017", DeadlineKind.BY, date(2017, 7, 20)),
        ("trước ngày 10 tháng 4 năm 2023", DeadlineKind.BEFORE, date(2023, 4, 7)),
        ("trong quý II năm 2017", DeadlineKind.QUARTER, date(2017, 6, 30)),
        ("báo cáo 6 tháng đầu năm", DeadlineKind.HALF_YEAR, date(2017, 6, 30)),
        ("báo cáo trước 15/12 hằng năm", DeadlineKind.YEARLY, date(2017, 12, 14)),
        # the year's cue before the day: a yearly report, not a one-off date for every item
        (
            "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo",
            DeadlineKind.YEARLY,
            date(2017, 11, 29),
        ),
        # five working days after 25/01/2017 skip the Tết days off (26/01 to 01/02)
        ("trong 05 ngày làm việc", DeadlineKind.WITHIN_WORKING_DAYS, date(2017, 2, 8)),
        ("trong tháng 3/2017", DeadlineKind.BY, date(2017, 3, 31)),
        # a date without a year that has passed means next year's
        ("chậm nhất ngày 15/01", DeadlineKind.BY, date(2018, 1, 15)),
        # 30/4/2017 is a Sunday and a holiday; 1/5 too, and 2/5 is the day off in lieu
        ("chậm nhất ngày 30/4/2017", DeadlineKind.BY, date(2017, 5, 3)),
    ],
)
def test_deadline_phrases(
    phrase: str, kind: DeadlineKind, due: date, calendar: WorkingCalendar
) -> None:
    found = find_deadline(phrase, fold_keep(phrase), ISSUED, calendar)
    assert found is not None
    assert (found.kind, found.deadline) == (kind, due)
    assert found.text in phrase


def test_deadline_from_receipt_is_warned(calendar: WorkingCalendar) -> None:
    phrase = "trong 05 ngày làm việc kể từ ngày nhận văn bản"
    found = find_deadline(phrase, fold_keep(phrase), ISSUED, calendar)
    assert found is not None and found.warning is not None and "ngày nhận" in found.warning


def test_period_named_in_a_report_is_not_a_deadline(calendar: WorkingCalendar) -> None:
    text = "Báo cáo kết quả cải cách hành chính quý III năm 2019, thường xuyên"
    assert find_deadline(text, fold_keep(text), ISSUED, calendar) is None


def test_bare_date_in_a_table_cell(calendar: WorkingCalendar) -> None:
    found = find_deadline("31/3/2017", "31/3/2017", ISSUED, calendar, cell=True)
    assert found is not None and found.kind is DeadlineKind.BY
    assert find_deadline("Thường xuyên", "thuong xuyen", ISSUED, calendar, cell=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        "Người được ủy quyền của tỉnh Kiên Giang; Sở Ngoại vụ đề nghị",
    ],
)
def test_legacy_round_trips(text: str) -> None:
    assert from_tcvn3(encode_tcvn3(text).decode("latin-1")) == text
    assert from_vni(encode_vni(text).decode("cp1252")) == text


def test_known_tcvn3_and_vni_spellings() -> None:
    assert from_tcvn3("Céng hßa x· héi chñ nghÜa ViÖt Nam") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert from_vni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam"
    )


def test_windows_1258_writes_tones_as_combining_marks() -> None:
    data = encode_cp1258("Hồng")
    assert data == b"H\xf4\xccng"  # ô, then the combining grave accent
    assert "Hồng" in clean_text(data.decode("cp1258"))


@pytest.mark.parametrize(
    ("caps", "display"),
    [
        ("UBND TỈNH KIÊN GIANG", "Ủy ban nhân dân tỉnh Kiên Giang"),
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Sở Thông tin và Truyền thông"),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"),
        ("THANH TRA TỈNH", "Thanh tra tỉnh"),
        ("UY BAN NHAN DAN TỈNH KIÊN GIANG", "Ủy ban nhân dân tỉnh Kiên Giang"),
        ("Sở Nội vụ", "Sở Nội vụ"),
    ],
)
def test_org_display(caps: str, display: str) -> None:
    assert org_display(caps) == display


def test_clean_text_splits_flattened_cells_and_drops_footnotes() -> None:
    lines = clean_text("UBND TỈNH | CỘNG HÒA\n**Nơi nhận:**\nĐoàn kiểm tra2 đã ghi\n| a | b | c |")
    assert lines == ["UBND TỈNH", "CỘNG HÒA", "Nơi nhận:", "Đoàn kiểm tra đã ghi", "| a | b | c |"]


@pytest.mark.parametrize(
    ("text", "lead", "coordinating"),
    [
        ("Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở", "Văn phòng Sở", ["Thanh tra Sở"]),
        ("Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Sở Tài chính", "Sở Nội vụ",
         ["Sở Tư pháp", "Sở Tài chính"]),
        ("Chỉ đạo các phòng phối hợp chặt chẽ với Văn phòng Sở thực hiện", "Văn phòng Sở", []),
        ("Phối hợp với Văn phòng Sở cập nhật phiếu", "Ban Giám đốc Sở", ["Văn phòng Sở"]),
        ("Tham mưu Ban Giám đốc Sở, báo cáo UBND tỉnh", "Ban Giám đốc Sở", []),
        ("Công tác thanh tra của Văn phòng Sở", "Ban Giám đốc Sở", []),
    ],
)  # fmt: skip
def test_lead_and_coordinating_units(
    text: str, lead: str, coordinating: list[str], org: OrgDirectory
) -> None:
    units = assign_units(text, MentionFinder(org), org.addressee.name)
    assert (units.lead, units.coordinating) == (lead, coordinating)


def test_periods_from_receipt_are_recounted_at_ingest(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    from directives.parser import parse_bytes, resolve_from_receipt
    from tests.parser.corpus import CORPUS

    data = (CORPUS / "03-thong-bao-ket-luan.txt").read_bytes()
    record = parse_bytes(data, "03.txt", org, calendar)
    assert record.actions[1].deadline == date(2017, 2, 8)  # 10 working days from 18/01
    assert any(w.startswith("Nhiệm vụ 2: thời hạn") for w in record.warnings)
    received = resolve_from_receipt(record, date(2017, 2, 6), calendar)
    assert received.actions[1].deadline == date(2017, 2, 20)  # 10 working days from 06/02
    assert received.actions[2].deadline == record.actions[2].deadline  # a fixed date stays
    assert not any(w.startswith("Nhiệm vụ 2: thời hạn") for w in received.warnings)


def test_flattened_number_and_subject_line_and_plus_subitems(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    from directives.parser import parse_text

    record = parse_text(
        "SỞ NỘI VỤ\nSố: 77/SNV-CCHC V/v đôn đốc báo cáo\nKiên Giang, ngày 3 tháng 5 năm 2018\n\n"
        "Sở Nội vụ đề nghị:\n- Văn phòng Sở:\n+ Rà soát hồ sơ trước ngày 15/5/2018;\n"
        "+ Báo cáo kết quả.\n- Thanh tra Sở:\n+ Kiểm tra đột xuất.\n\nQ. GIÁM ĐỐC\nLý Minh Tâm\n",
        org,
        calendar,
    )
    assert (record.number, record.subject) == ("77/SNV-CCHC", "đôn đốc báo cáo")
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        ("Văn phòng Sở", "Rà soát hồ sơ trước ngày 15/5/2018"),
        ("Văn phòng Sở", "Báo cáo kết quả"),
        ("Thanh tra Sở", "Kiểm tra đột xuất"),
    ]
    assert record.signer is not None and (record.signer.capacity, record.signer.name) == (
        "Q.",
        "Lý Minh Tâm",
    )


@pytest.mark.parametrize(
    "text",
    ["Ủy ban Nhân dân ĐỒNG THÁP", "“Sở” – Nội vụ…", "ﬁ Ω Ǆ ß", "a\u0301b", "Kiên Giang"],
)
def test_fold_keep_keeps_length_and_matches_the_table(text: str) -> None:
    from directives.parser.clean import _FOLD_TABLE

    folded = fold_keep(text)
    assert len(folded) == len(text)
    assert folded == text.translate(_FOLD_TABLE) or text.isascii()


def test_a_half_year_reported_on_gives_way_to_the_due_date(calendar: WorkingCalendar) -> None:
    issued = date(2024, 3, 11)
    for text, kind, due in (
        (
            "Báo cáo 6 tháng đầu năm, gửi trước ngày 15/6 hằng năm",
            DeadlineKind.YEARLY,
            date(2024, 6, 14),
        ),
        (
            "báo cáo 6 tháng đầu năm 2024 trong 05 ngày làm việc",
            DeadlineKind.WITHIN_WORKING_DAYS,
            date(2024, 3, 18),
        ),
        ("báo cáo kết quả 6 tháng đầu năm", DeadlineKind.HALF_YEAR, date(2024, 7, 1)),
    ):
        found = find_deadline(text, fold_keep(text), issued, calendar)
        assert found is not None and (found.kind, found.deadline) == (kind, due), text


def test_a_month_in_a_deadline_cell(calendar: WorkingCalendar) -> None:
    found = find_deadline("Tháng 3/2024", "thang 3/2024", ISSUED, calendar, cell=True)
    assert found is not None and (found.kind, found.deadline) == (DeadlineKind.BY, date(2024, 4, 1))
    assert find_deadline("báo cáo tháng 3/2024", "bao cao thang 3/2024", ISSUED, calendar) is None


def test_clean_text_splits_a_column_layout_on_wide_gaps() -> None:
    lines = clean_text("UBND TỈNH KIÊN GIANG        CỘNG HÒA\nSố: 48/SNV-HTQT\tKiên Giang\na  b")
    assert lines == ["UBND TỈNH KIÊN GIANG", "CỘNG HÒA", "Số: 48/SNV-HTQT", "Kiên Giang", "a b"]


def test_a_table_cell_keeps_names_that_hold_va_or_a_comma(org: OrgDirectory) -> None:
    from directives.parser.units import match_cell

    cell = "Sở Kế hoạch và Đầu tư, Sở Văn hóa, Thể thao và Du lịch, Phòng HTQT và Các phòng"
    assert match_cell(cell, MentionFinder(org)) == [
        ("Sở Kế hoạch và Đầu tư", False),
        ("Sở Văn hóa, Thể thao và Du lịch", False),
        ("Phòng Hợp tác quốc tế", True),
        ("Các phòng", False),
    ]


def test_an_issuer_whose_name_holds_a_stop_word() -> None:
    from directives.parser.references import find_references

    text = (
        "Thực hiện Công văn số 512/BNG-LS ngày 10/01/2024 của Bộ Ngoại giao về việc bảo hộ; "
        "Kế hoạch số 7/KH-SGTVT ngày 02/01/2024 của Sở Giao thông vận tải giao nhiệm vụ"
    )
    refs = find_references(text, fold_keep(text), None, 2024)
    assert [r.issuer for r in refs] == ["Bộ Ngoại giao", "Sở Giao thông vận tải"]


def test_inline_unit_headings_nested_capacity_and_a_closing_deadline(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    from directives.parser import parse_text

    record = parse_text(
        "UBND TỈNH KIÊN GIANG\nSố: 9/CT-UBND\nKiên Giang, ngày 15 tháng 5 năm 2023\n\nCHỈ THỊ\n"
        "Về việc quản lý đoàn ra\n\nChủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
        "1. Công an tỉnh: Quản lý người nước ngoài; phối hợp với Sở Ngoại vụ xử lý vụ việc.\n"
        "2. Thủ trưởng các sở, ban, ngành tỉnh: Chấp hành nghiêm chế độ báo cáo.\n\n"
        "Báo cáo gửi về Sở Ngoại vụ trước ngày 01/6/2023.\n\n"
        "Giám đốc Sở yêu cầu các phòng nghiêm túc triển khai thực hiện./.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTạ Văn Khôi\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units, a.text, a.deadline) for a in record.actions] == [
        ("Công an tỉnh", ["Ban Giám đốc Sở"],
         "Quản lý người nước ngoài; phối hợp với Sở Ngoại vụ xử lý vụ việc", date(2023, 5, 31)),
        ("Ban Giám đốc Sở", [], "Chấp hành nghiêm chế độ báo cáo", date(2023, 5, 31)),
    ]  # fmt: skip
    assert record.signer is not None
    assert (record.signer.capacity, record.signer.title) == ("KT.", "PHÓ CHỦ TỊCH")
