"""Round rW: an export that sets the letter's text runs one a line (a shredded page) and
splits the motto over two runs ("Độc lập -" / "Tự do - Hạnh phúc") over a date whose numbers
it glued to their words ("Hà Nội, ngày14 tháng8 ..."): the motto whole ends its cell, so the
place under it is read alone, not as "Độc lập - Tự do - Hạnh phúc Hà Nội"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = [
    "BỘ TÀI",
    "  CHÍNH",
    "TỔNG CỤC THUẾ",
    "Số: 3120/TCT-CS",
    "V/v hướng dẫn",
    "  chính sách thuế",
    "CỘNG HOÀ XÃ HỘI",
    "  CHỦ NGHĨA VIỆT",
    "NAM",
    "Độc lập -",
    "  Tự do - Hạnh phúc",
    "Hà Nội, ngày14 tháng8 năm 2026",
    "Kính gửi:",
    "Cục Thuế các tỉnh, thành phố.",
]
_BODY = (
    "Bộ Tài chính đã ban hành Thông tư số 80/2026/TT-BTC ngày 02/7/2026 hướng dẫn thực hiện "
    "nghĩa vụ thuế đối với tổ chức, cá nhân kinh doanh trên nền tảng số. Tổng cục Thuế đề "
    "nghị các Cục Thuế phổ biến, thông báo cho cán bộ thuế và tuyên truyền tới người nộp "
    "thuế trên địa bàn quản lý các nội dung mới của Thông tư có hiệu lực thi hành từ ngày "
    "15/8/2026 để thực hiện. Trong quá trình thực hiện, nếu phát sinh vướng mắc, đề nghị các "
    "Cục Thuế kịp thời phản ánh về Tổng cục Thuế để được giải quyết kịp thời./."
)
_TAIL = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, CS.", "KT. TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG"]


def _runs(text: str) -> list[str]:
    """The text three words a run, as the export sets it."""
    words = text.split()
    return [" ".join(words[k : k + 3]) for k in range(0, len(words), 3)]


def test_the_place_under_a_split_motto(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    page = "\n".join([*_HEAD, *_runs(_BODY), *_TAIL, "Nguyễn Văn Phúc", ""])
    assert parse_text(page, org, calendar).place == "Hà Nội"
