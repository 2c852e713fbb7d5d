"""Zip containers (.docx, .xlsx, .odt) checked before anything inflates them.

A zip's central directory declares each member's inflated size, and Python's
``zipfile`` never inflates a member past its declared size (a member that
would is refused by its CRC check), so the declared sizes bound the work.
``open_zip`` reads only the directory: a 4 MiB file claiming 4 GiB is refused
at once, without inflating a byte.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import IO

# Generous for real documents: a 20 MB .docx of photos inflates to about as much.
MAX_INFLATED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5_000
# Text-like members compress well, but not a thousand to one.
MAX_RATIO = 200


class ContainerRefused(Exception):
    """Why a zip container is refused (English, for logs)."""


def open_zip(source: Path | IO[bytes], packed_size: int) -> zipfile.ZipFile:
    """The zip, its directory checked; ContainerRefused if damaged or a bomb."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ContainerRefused(f"not a readable zip: {exc}") from exc
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        archive.close()
        raise ContainerRefused(f"{len(members)} members, over {MAX_MEMBERS}")
    inflated = sum(m.file_size for m in members)
    if inflated > MAX_INFLATED_BYTES or inflated > max(packed_size, 1 << 20) * MAX_RATIO:
        archive.close()
        raise ContainerRefused(f"inflates to {inflated} bytes from {packed_size}")
    return archive


def verify_members(archive: zipfile.ZipFile) -> None:
    """Inflate every member once (bounded by ``open_zip``) and check its CRC."""
    try:
        bad = archive.testzip()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise ContainerRefused(f"damaged zip: {exc}") from exc
    if bad is not None:
        raise ContainerRefused(f"member {bad!r} is damaged")
