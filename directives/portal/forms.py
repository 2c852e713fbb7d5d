"""Reading the portal's form fields: trimmed text, dates typed the Vietnamese way or ISO."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from starlette.datastructures import FormData, UploadFile

from directives.calendar import check_in_range
from directives.errors import InvalidInput

_VN_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def text(form: FormData, name: str, *, max_len: int = 2000) -> str | None:
    value = form.get(name)
    if value is None or isinstance(value, UploadFile):
        return None
    value = value.strip()
    if len(value) > max_len:
        raise InvalidInput(
            f"field {name} too long", f"Nội dung nhập quá dài (tối đa {max_len} ký tự)."
        )
    return value or None


def required_text(form: FormData, name: str, label_vi: str, *, max_len: int = 2000) -> str:
    value = text(form, name, max_len=max_len)
    if value is None:
        raise InvalidInput(f"field {name} is required", f"Đề nghị nhập {label_vi}.")
    return value


def parse_date(value: str | None, label_vi: str) -> date | None:
    """``30/06/2017``, ``30.6.2017`` or ``2017-06-30``; None when empty."""
    if value is None or not value.strip():
        return None
    m = _ISO_DATE.match(value)
    try:
        if m:
            return check_in_range(date(int(m[1]), int(m[2]), int(m[3])), label_vi)
        m = _VN_DATE.match(value)
        if m:
            return check_in_range(date(int(m[3]), int(m[2]), int(m[1])), label_vi)
    except ValueError:
        pass
    raise InvalidInput(
        f"bad date {value!r}", f"{label_vi} không hợp lệ: “{value}” (ví dụ đúng: 30/06/2017)."
    )


def choice(form: FormData, name: str, allowed: set[str]) -> str:
    value = text(form, name)
    if value not in allowed:
        raise InvalidInput(
            f"field {name} must be one of {sorted(allowed)}", "Lựa chọn không hợp lệ."
        )
    return value


def with_phrases(
    form: FormData, name: str, phrases: Sequence[str], comment: str | None
) -> str | None:
    """The ready-made phrases ticked under ``name`` (by index), then the typed comment."""
    chosen: list[str] = []
    for raw in form.getlist(name):
        index = raw if isinstance(raw, str) else ""
        if not index.isdigit() or int(index) >= len(phrases):
            raise InvalidInput(f"unknown phrase {index!r}", "Ý kiến soạn sẵn không hợp lệ.")
        if phrases[int(index)] not in chosen:
            chosen.append(phrases[int(index)])
    text_parts = [*chosen, comment] if comment else chosen
    return " ".join(text_parts) or None
