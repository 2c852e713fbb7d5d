"""The draft page's letter is numbered as the parser's provenance numbers it: on a page whose
header is a flattened table (the parser splits its cells into lines of their own) the line a
field points at still holds that field's words."""

from __future__ import annotations

from pathlib import Path

from directives.calendar import load_calendar
from directives.org import load_org
from directives.parser import parse_bytes
from directives.portal.intake_view import letter_lines

ROOT = Path(__file__).resolve().parents[2]

PAGE = """| ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| --- | --- |
| Số: 77/UBND-KT | Độc lập - Tự do - Hạnh phúc |
| V/v rà soát hồ sơ đất đai | Bình Định, ngày 03 tháng 3 năm 2026 |

Kính gửi: Sở Tài chính.

**Ủy ban nhân dân tỉnh** giao:

1. Sở Tài chính chủ trì rà soát hồ sơ giao đất của các dự án chậm, báo cáo trước ngày 30/4/2026.

2. Sở Xây dựng kiểm tra việc cấp phép xây dựng tại các khu đô thị mới.

| Nơi nhận: - Như trên; - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn An |
"""


def test_each_field_points_at_a_line_of_the_page_that_holds_it() -> None:
    org = load_org(ROOT / "config" / "org.yaml")
    calendar = load_calendar(ROOT / "config" / "calendar.yaml")
    data = PAGE.encode()
    record = parse_bytes(data, "77-UBND-KT.md", org, calendar)
    lines = letter_lines(data, "77-UBND-KT.md")
    assert len(lines) == len(PAGE.splitlines())
    provenance = record.model_dump(mode="json")["provenance"]
    shown = {}
    for key in ("number", "issued_on", "actions.1", "actions.2"):
        first, last = provenance[key]["lines"]
        shown[key] = " ".join(lines[first - 1 : last])
    assert "77/UBND-KT" in shown["number"]
    assert "ngày 03 tháng 3 năm 2026" in shown["issued_on"]
    assert "rà soát hồ sơ giao đất" in shown["actions.1"]
    assert "cấp phép xây dựng" in shown["actions.2"]
