"""A page whose accents come decomposed (NFD: a Mac's text, some PDFs' text layers) is read as
the same page composed, by every pass, the first ones too (a one-line page's relining)."""

from __future__ import annotations

import unicodedata
from typing import Any

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes

# a one-line page: its header, title and articles run together on one line
_ONE_LINE = (
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG XANH***Số: 512 - QĐ/UBND-VPCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "Độc lập - Tự do - Hạnh phúc Đồng Xanh, ngày 14 tháng 3 năm 2024 QUYẾT ĐỊNHVề việc giao "
    "nhiệm vụ kiểm kê đất rừng ven sông--------- CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH- Căn cứ Luật Tổ "
    "chức chính quyền địa phương; - Căn cứ Luật Lâm nghiệp; - Xét đề nghị của Giám đốc Sở Nông "
    "nghiệp về việc kiểm kê đất rừng dọc hai bờ sông trong địa bàn tỉnh, QUYẾT ĐỊNH Điều 1. "
    "Giao Sở Nông nghiệp chủ trì kiểm kê đất rừng ven sông, hoàn thành trước ngày 30/6/2024. "
    "Điều 2. Giao Sở Tài chính bố trí kinh phí cho việc "
    "kiểm kê theo quy định hiện hành. Điều 3. Quyết định này có hiệu lực kể "
    "từ ngày ký. Nơi nhận: - Như Điều 1; - Lưu: VT. CHỦ TỊCH Trần Văn Bình\n"
)


def _reading(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> dict[str, Any]:
    data = text.encode("utf-8")
    return parse_bytes(data, "letter.txt", org, calendar).model_dump(mode="json")


def test_one_line_page_reads_alike_decomposed(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    plain = _reading(_ONE_LINE, org, calendar)
    assert plain["number"] and plain["subject"]
    decomposed = _reading(unicodedata.normalize("NFD", _ONE_LINE), org, calendar)
    assert {k: v for k, v in decomposed.items() if k != "provenance"} == {
        k: v for k, v in plain.items() if k != "provenance"
    }
