"""Bad input: a clear DocumentRejected with a Vietnamese message, or a record with warnings."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from directives.calendar import WorkingCalendar
from directives.errors import DocumentRejected
from directives.org import OrgDirectory
from directives.parser import (
    MAX_INPUT_BYTES,
    parse_bytes,
    parse_file,
    parse_text,
    validate_for_ingest,
)
from tests.conftest import SEED
from tests.parser.corpus import encode_tcvn3, make_docx, make_pdf


def _rejected(data: bytes, name: str, org: OrgDirectory, cal: WorkingCalendar) -> DocumentRejected:
    with pytest.raises(DocumentRejected) as info:
        parse_bytes(data, name, org, cal)
    assert info.value.message_vi and str(info.value)
    return info.value


def test_empty_and_blank(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert "trống" in _rejected(b"", "a.txt", org, calendar).message_vi
    assert "trống" in _rejected(b" \n\t\r\n", "a.txt", org, calendar).message_vi


def test_binary(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    data = bytes(range(256)) * 40
    assert "nhị phân" in _rejected(data, "x.bin", org, calendar).message_vi


def test_too_big(org: OrgDirectory, calendar: WorkingCalendar, tmp_path: Path) -> None:
    big = b"a" * (MAX_INPUT_BYTES + 1)
    assert "vượt giới hạn" in _rejected(big, "big.txt", org, calendar).message_vi
    path = tmp_path / "big.txt"
    path.write_bytes(big)
    with pytest.raises(DocumentRejected):
        parse_file(path, org, calendar)
    with pytest.raises(DocumentRejected):
        parse_text("a" * (MAX_INPUT_BYTES + 1), org, calendar)


def test_missing_file(org: OrgDirectory, calendar: WorkingCalendar, tmp_path: Path) -> None:
    with pytest.raises(DocumentRejected) as info:
        parse_file(tmp_path / "absent.txt", org, calendar)
    assert "Không đọc được" in info.value.message_vi


def test_image_only_pdf(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    blank = make_pdf("\n\n")
    assert "ảnh quét" in _rejected(blank, "scan.pdf", org, calendar).message_vi


def test_truncated_pdf_and_docx(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    text = SEED.read_text(encoding="utf-8")
    pdf = make_pdf(text)
    docx = make_docx(text)
    assert "PDF" in _rejected(pdf[: len(pdf) // 3], "cut.pdf", org, calendar).message_vi
    assert "docx" in _rejected(docx[: len(docx) // 2], "cut.docx", org, calendar).message_vi


def test_zip_that_is_not_a_word_file(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "xin chào")
    assert ".docx" in _rejected(buffer.getvalue(), "a.docx", org, calendar).message_vi


def test_legacy_word_file(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    assert ".doc" in _rejected(data, "old.doc", org, calendar).message_vi


def test_unconvertible_tcvn3_is_refused_naming_the_encoding(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # TCVN3 codes but no Vietnamese words to recognise: refuse, say which encoding it looks like
    data = encode_tcvn3("ộ ợ ỡ ẫ ệ ữ ự ồ ổ ỗ ỵ ỷ ẳ ằ " * 20)
    message = _rejected(data, "cu.txt", org, calendar).message_vi
    assert "TCVN3" in message or "VNI" in message


def test_tcvn3_file_is_converted(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_bytes(encode_tcvn3(SEED.read_text(encoding="utf-8")), "s.txt", org, calendar)
    assert record.number == "115/UBND-NCPC"
    assert record.signer is not None and record.signer.name == "Phạm Vũ Hồng"
    assert "TCVN3" in record.warnings[0]


def test_utf16_and_windows_1258_decode_to_nfc(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    text = SEED.read_text(encoding="utf-8")
    for data in (text.encode("utf-16"), text.encode("utf-16-le")):
        assert parse_bytes(data, "s.txt", org, calendar).number == "115/UBND-NCPC"
    decomposed = parse_text(
        text.replace("Phạm Vũ Hồng", "Pha\u0323m Vu\u0303 Hô\u0300ng"), org, calendar
    )
    assert decomposed.signer is not None and decomposed.signer.name == "Phạm Vũ Hồng"


def test_no_number_no_actions_is_a_record_with_warnings_refused_for_ingest(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text("Kiên Giang, ngày 05 tháng 9 năm 2016\n\nVăn bản thử.", org, calendar)
    assert record.number is None and record.actions == []
    assert "Không tìm thấy số, ký hiệu văn bản." in record.warnings
    assert "Văn bản không có nhiệm vụ nào cần thực hiện." in record.warnings
    with pytest.raises(DocumentRejected) as info:
        validate_for_ingest(record)
    assert "số, ký hiệu" in info.value.message_vi
    numbered = record.model_copy(update={"number": "1/UBND"})
    with pytest.raises(DocumentRejected) as info:
        validate_for_ingest(numbered)
    assert "nhiệm vụ" in info.value.message_vi


def test_seed_passes_ingest_validation(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    validate_for_ingest(parse_file(SEED, org, calendar))


def test_truncated_text_gives_warnings_not_a_traceback(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = SEED.read_text(encoding="utf-8")
    record = parse_text(text[: text.index("- Tăng cường kiểm tra")], org, calendar)
    assert record.number == "115/UBND-NCPC"
    assert len(record.actions) == 4
    assert "Không tìm thấy người ký văn bản." in record.warnings
