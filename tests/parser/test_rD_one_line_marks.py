"""A page flattened onto one line (see test_one_line) gets its lines back the same way when a
web page left zero-width spaces between its words or no-break spaces for some of its spaces:
its lines are put back from the characters the parser reads."""

from __future__ import annotations

from typing import Any

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

FLAT = (
    "BAN CHẤP HÀNH HUYỆN***Số: 45 - QĐ/HĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Quảng Nam, ngày 8 tháng 9 năm "
    "2021 QUYẾT ĐỊNHVề việc ban hành Quy định về công tác văn thư--------- BAN THƯỜNG VỤ HUYỆN "
    "ĐOÀN QUẾ SƠN- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Để thống nhất công tác văn thư của cơ "
    "quan Huyện đoàn, QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy định về công tác "
    "văn thư, gồm soạn thảo, ký ban hành, quản lý văn bản đi, văn bản đến và lập hồ sơ công việc "
    "của các ban, đơn vị thuộc cơ quan Huyện đoàn. Điều 2. Giao Văn phòng Huyện đoàn hướng dẫn, "
    "kiểm tra việc thực hiện Quyết định "
    "này. Điều 3. Quyết định này có hiệu lực từ ngày ký./. Nơi nhận: - Như điều 3; - Lưu VP. "
    "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀNBÍ THƯ (đã ký) Lê Thị Mẫu"
)


def _reading(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> dict[str, Any]:
    return parse_text(text, org, calendar).model_dump(mode="json", exclude={"provenance"})


def _every_fifth(text: str, mark: str) -> str:
    words = text.split(" ")
    return " ".join(w + mark if k % 5 == 4 else w for k, w in enumerate(words))


def test_a_flattened_page_with_a_web_pages_marks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    plain = _reading(FLAT, org, calendar)
    assert plain["number"] == "45-QĐ/HĐTN-VP"
    assert _reading(_every_fifth(FLAT, "\u200b"), org, calendar) == plain
    assert _reading(FLAT.replace(" H", "\u00a0H"), org, calendar) == plain
