"""A letter whose lines end in CRLF (or CR CR LF, a CRLF text saved again as CRLF) reads as
the same letter with LF ends, from the export's YAML front matter and its "# <file name>"
heading on: the front matter is the file's, not the letter's, whatever ends its lines."""

from __future__ import annotations

from typing import Any

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes

_LETTER = """---
so_hieu: "QD 812.2021 BXD TEST"
ten: "QD 812.2021 BXD TEST"
source: "EBOOK_MAU"
---

# QD 812.2021 BXD TEST

BỘ XÂY DỰNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 812/QĐ-BXD
Hà Nội, ngày 14 tháng 9 năm 2021

QUYẾT ĐỊNH
Về việc kiểm tra hồ sơ cấp phép xây dựng

BỘ TRƯỞNG BỘ XÂY DỰNG

Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;

QUYẾT ĐỊNH:

Điều 1. Giao Cục Quản lý hoạt động xây dựng kiểm tra hồ sơ cấp phép xây dựng tại các tỉnh, \
báo cáo Bộ trưởng trước ngày 30 tháng 11 năm 2021.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

BỘ TRƯỞNG

Nguyễn Văn Mẫu
"""


def _reading(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> dict[str, Any]:
    record = parse_bytes(text.encode("utf-8"), "812-qd-bxd.md", org, calendar)
    return record.model_dump(mode="json", exclude={"provenance"})


def test_crlf_line_ends_read_as_lf(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    plain = _reading(_LETTER, org, calendar)
    assert plain["number"] == "812/QĐ-BXD"
    assert plain["parent_issuer"] is None
    assert _reading(_LETTER.replace("\n", "\r\n"), org, calendar) == plain
    assert _reading(_LETTER.replace("\n", "\r\r\n"), org, calendar) == plain
