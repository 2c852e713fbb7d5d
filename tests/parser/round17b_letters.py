"""Synthetic letters of round 17b: a resolution of the Government around the articles it
decides, and the tasks a parse reads from one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import ParsedAction

_HEAD = (
    "CHÍNH PHỦ\nSố: 15/2026/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 06 tháng 4 năm 2026\n"
    "NGHỊ QUYẾT\nVề chính sách hỗ trợ người lao động\n"
)
_CLOSE = "\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLê Thành Long\n"


def resolution_actions(
    articles: str, org: OrgDirectory, calendar: WorkingCalendar, preamble: str = ""
) -> list[ParsedAction]:
    """The tasks read from a resolution of the Government deciding ``articles``."""
    basis = preamble or "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"
    text = f"{_HEAD}{basis}\nQUYẾT NGHỊ:\n{articles}\n{_CLOSE}"
    return parse_text(text, org, calendar).actions
