"""Synthetic letters of round 13a: a provincial department's header and closing around a
body, and the first words of the tasks a parse reads from one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_CLOSE = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"


def department_letter(number: str, subject: str, recipient: str, body: str, department: str) -> str:
    """A letter of a department of Hà Giang province with ``body`` between its header and
    its closing."""
    return (
        f"UBND TỈNH HÀ GIANG\n{department}\nSố: {number}\n"
        f"Hà Giang, ngày 12 tháng 3 năm 2026\nV/v {subject}\n\n"
        f"Kính gửi: {recipient}\n\n{body}{_CLOSE}"
    )


def first_words(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str]:
    """The first word of each task the parser reads from ``text``."""
    return [a.text.split()[0] for a in parse_text(text, org, calendar).actions]
