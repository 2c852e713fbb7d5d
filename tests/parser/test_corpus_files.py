"""The corpus loader takes a letter as its office delivered it: a real .docx or .pdf file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes
from tests.parser.corpus import generate, load_corpus

LETTER = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Số: 12/UBND-KT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 5 tháng 3 năm 2025
V/v báo cáo tiến độ
Kính gửi: Sở Tài chính.
Ủy ban nhân dân tỉnh đề nghị Sở Tài chính báo cáo tiến độ trước ngày 20/3/2025.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_real_office_file_is_read_as_given(
    tmp_path: Path, fmt: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    data = generate(LETTER, fmt)
    (tmp_path / f"01-letter.{fmt}").write_bytes(data)
    (tmp_path / "01-letter.expected.json").write_text(json.dumps({"number": "12/UBND-KT"}))
    (case,) = load_corpus(tmp_path)
    assert case.filename == f"01-letter.{fmt}"
    assert case.data == data  # the file's own bytes, not a text rendering of it
    got = parse_bytes(case.data, case.filename, org, calendar)
    assert got.number == "12/UBND-KT"
