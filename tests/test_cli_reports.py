"""`directives report`, `bundle`, `bundle verify` and `export` on a SQLite database.

The products are opened again (python-docx, zipfile, openpyxl); refusals print
Vietnamese, exit non-zero and write no file.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import openpyxl

from tests.test_cli import BGD_MEMBER, INSPECTOR, NUMBER, Cli, cli, flat, ingested

__all__ = ["cli", "ingested"]  # the CLI test's fixtures, shared


def finish_first(c: Cli) -> str:
    first = c.codes()[0]
    c.ok("evidence", "add", first, str(c.report), "--as", BGD_MEMBER,
         "--doc-number", "12/KH-SNgV", "--doc-date", "2017-02-10")  # fmt: skip
    c.ok("review", first, "approve", "--as", INSPECTOR)
    return first


def test_report_writes_a_progress_report_with_the_given_number_and_signer(
    ingested: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "bc.docx"
    said = ingested.ok("report", NUMBER, "--out", str(out), "--as-of", "20/03/2017",
                       "--number", "7", "--signer", "Đỗ Thị Hoa", "--signer-title", "Phó Giám đốc",
                       "--signer-capacity", "KT. GIÁM ĐỐC")  # fmt: skip
    assert "Đã lập báo cáo tiến độ thực hiện văn bản số 115/UBND-NCPC" in flat(said)
    doc = docx.Document(str(out))
    assert doc.tables[0].rows[0].cells[0].paragraphs[-1].text == "Số: 7/BC-SNgV"
    signer = [p.text for p in doc.tables[1].rows[0].cells[1].paragraphs if p.text]
    assert signer == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Hoa"]
    text = [p.text for p in doc.paragraphs]
    assert text[text.index("BÁO CÁO") + 1].endswith("(tính đến ngày 20/03/2017)")
    assert any("06 chưa hoàn thành, quá hạn" in t for t in text)


def test_report_refusals_write_nothing(ingested: Cli, tmp_path: Path) -> None:
    out = tmp_path / "bc.docx"
    bad_day = ingested("report", NUMBER, "--out", str(out), "--as-of", "32/01/2017")
    assert bad_day.exit_code == 1 and "không hợp lệ" in flat(bad_day.stderr)
    unknown = ingested("report", "999/UBND-XX", "--out", str(out))
    assert unknown.exit_code == 4 and "Không tìm thấy văn bản" in flat(unknown.stderr)
    assert not out.exists()
    blocker = tmp_path / "tep"
    blocker.write_text("")
    unwritable = ingested("report", NUMBER, "--out", str(blocker / "bc.docx"))
    assert unwritable.exit_code == 1 and "Không ghi được tệp" in flat(unwritable.stderr)


def test_bundle_and_verify_from_the_shell(ingested: Cli, tmp_path: Path) -> None:
    first = finish_first(ingested)
    out = tmp_path / "hs.zip"
    said = ingested.ok("bundle", NUMBER, "--out", str(out))
    assert "Đã lập bộ tài liệu kiểm chứng: 2 tệp" in flat(said)  # the evidence and the letter
    assert "khớp danh mục: 2 tệp" in flat(ingested.ok("bundle", "verify", str(out)))
    with zipfile.ZipFile(out) as zf:
        name = next(n for n in zf.namelist() if n.startswith("Nhiệm vụ 01"))
        entries = [(i, zf.read(i.filename)) for i in zf.infolist()]
    assert name.endswith("12-KH-SNgV - bao-cao.pdf"), first
    altered = tmp_path / "altered.zip"
    with zipfile.ZipFile(altered, "w") as zf:
        for info, data in entries:
            zf.writestr(
                info, data.replace(b"Bao cao", b"Bao cao sua") if info.filename == name else data
            )
        zf.writestr("Nhiệm vụ 01 - Ban Giám đốc Sở/thêm.pdf", b"%PDF-1.4\n")
    result = ingested("bundle", "verify", str(altered))
    assert result.exit_code == 1
    message = flat(result.stderr)
    assert f"Tệp bị thay đổi: {name}" in message
    assert "Tệp không có trong danh mục: Nhiệm vụ 01 - Ban Giám đốc Sở/thêm.pdf" in message
    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"not a zip")
    refused = ingested("bundle", "verify", str(not_zip))
    assert refused.exit_code == 1 and "không phải là bộ hồ sơ .zip" in flat(refused.stderr)
    no_out = ingested("bundle", NUMBER)
    assert no_out.exit_code == 1 and "--out" in flat(no_out.stderr)


def test_export_writes_the_year(ingested: Cli, tmp_path: Path) -> None:
    finish_first(ingested)
    out = tmp_path / "2017.xlsx"
    said = ingested.ok("export", "--year", "2017", "--out", str(out))
    assert "Đã xuất 6 nhiệm vụ năm 2017 của 2 đơn vị" in flat(said)
    wb = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    assert wb.sheetnames == ["Tổng hợp", "Ban Giám đốc Sở", "Văn phòng Sở"]
    assert [c.value for c in wb["Tổng hợp"][4]][1:3] == ["Tổng cộng", 6]
