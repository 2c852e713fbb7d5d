"""Small helpers every product shares: Vietnamese dates, readable file names, atomic writes.

A product is written to a temporary file beside its target and renamed into
place, so a crash leaves the old file or the new one, never half of one; zip
entries carry a fixed time, so the same content gives the same bytes.
"""

from __future__ import annotations

import io
import os
import re
import secrets
import unicodedata
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import BinaryIO

from directives.errors import InvalidInput

ZIP_TIME = (2000, 1, 1, 0, 0, 0)
DASH = "—"

# The type of a document read from its number's symbol ("12/KH-SNgV" is a Kế hoạch).
DOCUMENT_TYPES_VI: dict[str, str] = {
    "BC": "Báo cáo",
    "KH": "Kế hoạch",
    "QĐ": "Quyết định",
    "TB": "Thông báo",
    "CT": "Chỉ thị",
    "HD": "Hướng dẫn",
    "TTr": "Tờ trình",
    "CV": "Công văn",
    "BB": "Biên bản",
    "CTr": "Chương trình",
    "QC": "Quy chế",
    "GM": "Giấy mời",
}


def vn_date(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else DASH


def vn_long_date(d: date) -> str:
    """The place-date form: "ngày 05 tháng 02 năm 2017" (Decree 30/2020: 0 before 1-9, 1-2)."""
    return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def document_title(number: str | None, issued_on: date | None, fallback: str) -> str:
    """ "Kế hoạch số 12/KH-SNgV ngày 10/02/2017", or ``fallback`` for a file with no number."""
    if not number:
        return fallback
    symbol = number.split("/", 1)[1] if "/" in number else ""
    code = symbol.split("-", 1)[0]
    kind = DOCUMENT_TYPES_VI.get(code, "Văn bản")
    when = f" ngày {vn_date(issued_on)}" if issued_on else ""
    return f"{kind} số {number}{when}"


_UNSAFE = re.compile(r'[\x00-\x1f\x7f"\\/:*?<>|;]+')


def readable_name(name: str, limit: int = 120) -> str:
    """A name safe in a zip and on any file system, keeping Vietnamese letters (NFC)."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"\s+", " ", _UNSAFE.sub("-", name)).strip(" .-")
    if len(name) > limit:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: limit - len(ext) - 1] + dot + ext) if dot and len(ext) <= 8 else name[:limit]
    return name if any(c.isalnum() for c in name) else "tai-lieu"


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A file handle whose content replaces ``path`` only when the block ends without error."""
    # unique per writer: two requests of one portal process may build the same file
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = tmp.open("wb")
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    try:
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise _cannot_write(path, exc) from None
    finally:
        tmp.unlink(missing_ok=True)


def _cannot_write(path: Path, exc: OSError) -> InvalidInput:
    return InvalidInput(
        f"cannot write {path}: {exc.strerror}",
        f"Không ghi được tệp {path}: thư mục không tồn tại hoặc không có quyền ghi.",
    )


def write_atomic(path: Path, data: bytes) -> None:
    with atomic_output(path) as fh:
        fh.write(data)


def zip_entry(name: str, compress: bool = True) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


def normalise_zip(data: bytes) -> bytes:
    """The same archive with fixed entry times, so rebuilding it gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(zip_entry(item.filename), src.read(item.filename))
    return out.getvalue()


def parse_day(text: str) -> date:
    """A day written dd/mm/yyyy (as people write it) or yyyy-mm-dd (as a date field sends it)."""
    value = text.strip()
    for pattern in (r"(\d{1,2})/(\d{1,2})/(\d{4})", r"(\d{4})-(\d{2})-(\d{2})"):
        found = re.fullmatch(pattern, value)
        if found:
            a, b, c = (int(g) for g in found.groups())
            day, month, year = (a, b, c) if "/" in value else (c, b, a)
            try:
                return date(year, month, day)
            except ValueError:
                break
    raise InvalidInput(
        f"not a date: {text!r}", f"Ngày “{text}” không hợp lệ; đề nghị ghi theo dạng dd/mm/yyyy."
    )
