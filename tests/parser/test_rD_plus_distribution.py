"""A distribution list written with "+" entries reads as the same list written with "-": under
the signature's title without its "Nơi nhận:" label (the run of entries its "Lưu" entry
closes), and with the next entry run onto an entry's line ("+ Sở Y tế;- Lưu: VT.")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes

_HEAD = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH MẪU
Số: 312/SGDĐT-KHTC
Mẫu Sơn, ngày 4 tháng 5 năm 2026
V/v báo cáo tình hình sử dụng công trình nước sạch

Kính gửi: Các trường trung học phổ thông.

Sở Giáo dục và Đào tạo đề nghị các trường báo cáo tình hình sử dụng công trình nước sạch \
trước ngày 15/5/2026.
Trân trọng./.
"""
_UNLABELLED = (
    _HEAD + "{d} Như trên;\n{d} Website Sở;\n{d} Lưu: VT, KHTC.\nGIÁM ĐỐC\n\nTrần Văn Mẫu\n"
)
_RUN_ON = (
    _HEAD + "Nơi nhận:\n{d} Như trên;\n{d} Sở Y tế;- Lưu: VT, KHTC.\n\nGIÁM ĐỐC\n\nTrần Văn Mẫu\n"
)


def _distribution(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str]:
    return parse_bytes(text.encode("utf-8"), "cv.txt", org, calendar).distribution


def test_plus_entries_read_as_dashed_ones(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    for letter in (_UNLABELLED, _RUN_ON):
        dashed = _distribution(letter.format(d="-"), org, calendar)
        assert len(dashed) == 3 and dashed[-1].startswith("Lưu")
        assert _distribution(letter.format(d="+"), org, calendar) == dashed
