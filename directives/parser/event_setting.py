"""The words that name an event's setting: who holds it, when, where, in what form and who
attends ("ĐƠN VỊ TỔ CHỨC - THỜI GIAN - ĐỊA ĐIỂM", "Thời gian, hình thức và thành phần tham
dự"). A plan's section so titled arranges the event; it gives no body a task."""

from __future__ import annotations

import re

from directives.parser.clean import squash

SETTING = (
    r"(?:thoi gian|dia diem|hinh thuc)(?: (?:to chuc|hop|hoi nghi|lam viec))?"
    r"|thanh phan(?: tham (?:du|gia))?"
    # ("ĐƠN VỊ TỔ CHỨC - THỜI GIAN - ĐỊA ĐIỂM": who holds the event, when and where)
    r"|don vi to chuc"
)
_JOINED = r"(?:(?:,| va|, va| -) (?:" + SETTING + r"))"
# several settings joined ("thoi gian, dia diem", "don vi to chuc - thoi gian - dia diem")
SECTION = r"(?:" + SETTING + r")" + _JOINED + r"+"
_SETTINGS = re.compile(r"^(?:" + SETTING + r")" + _JOINED + r"*$")
_SECTION = re.compile(r"^" + SECTION + r"$")


def setting_title(folded: str) -> bool:
    """A title that names an event's setting, its organiser, time, place or guests ("1. Đơn vị
    tổ chức", "II. ĐƠN VỊ TỔ CHỨC - THỜI GIAN - ĐỊA ĐIỂM"): no body's name heading its tasks,
    and the labels under it ("Đơn vị chủ trì: Sở X") say who holds the event, no task."""
    return _SETTINGS.match(squash(folded).strip(" :.")) is not None


def setting_section(folded: str) -> bool:
    """A section titled by several of the event's settings ("II. ĐƠN VỊ TỔ CHỨC - THỜI GIAN -
    ĐỊA ĐIỂM"): what the event will be, its rules and programme included, asking no one
    (unlike a letter's "1. Thành phần" naming guests, some of whom it charges with a task)."""
    return _SECTION.match(squash(folded).strip(" :.")) is not None
