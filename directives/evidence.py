"""Evidence files, stored content-addressed (sha256) on a ``Storage``: the local
folder by default, or S3-compatible storage (see ``directives.storage``).

The path of a stored file comes only from its hash, never from anything the
user sent. A file is bounded in size and accepted only if its bytes are one of
the allowed document types (checked by content, not by the name's extension).

One file serves every row with the same bytes, so nothing is ever deleted on a
refusal, a rollback or a crash: a file no row refers to is collected later by
``collect`` (see ``directives.custody``), only once it is older than a grace
period longer than any upload. Every ``put`` renews the stored file's age even
when the bytes are already stored, so a file an upload has just put is young
until that upload has committed or given up.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from directives import filetypes
from directives.errors import EvidenceRejected
from directives.storage import LocalFolder, Storage, clear_spool

CHUNK = 1 << 16
SYNC_EVERY = 16 << 20  # bytes an EvidenceWriter writes before asking for their write-back

MEDIA_TYPES_VI: dict[str, str] = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (.docx)",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel (.xlsx)",
    "application/msword": "Word (.doc)",
    "application/vnd.ms-excel": "Excel (.xls)",
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    filetypes.ODT: "OpenDocument (.odt)",
    filetypes.ODS: "OpenDocument (.ods)",
    "text/plain": "văn bản thuần (.txt)",
}


def sniff_media_type(head: bytes, path: Path) -> str | None:
    """The document type the whole file at ``path`` really is, or None if not one we
    accept; EvidenceRejected for programs, scripts and padded or damaged documents
    (see ``filetypes``). ``head`` is kept for callers of the old signature."""
    return filetypes.identify(path)


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str


class EvidenceStore:
    """The stored files, by sha256, on a ``Storage`` (the local folder by default)."""

    def __init__(self, storage: Storage | str | Path, max_bytes: int) -> None:
        self.storage: Storage = LocalFolder(storage) if isinstance(storage, str | Path) else storage
        self.max_bytes = max_bytes

    def _local(self) -> LocalFolder:
        if not isinstance(self.storage, LocalFolder):
            raise TypeError("the stored files are not in a local folder")
        return self.storage

    @property
    def root(self) -> Path:
        """The local folder's root (the embedded default only)."""
        return self._local().root

    def path_of(self, sha256: str) -> Path:
        """A file's path in the local folder (the embedded default only)."""
        return self._local().path_of(sha256)

    def writer(self) -> EvidenceWriter:
        """A file being written chunk by chunk (hashed as it goes) into the store."""
        return EvidenceWriter(self)

    def put(self, stream: BinaryIO, *, any_type: bool = False) -> StoredFile:
        """Copy ``stream`` into the store; refuse it (leaving nothing) if too large or,
        unless ``any_type`` (a directive's own source file), not an allowed type."""
        with self.writer() as out:
            while chunk := stream.read(CHUNK):
                out.write(chunk)
            return out.finish(any_type=any_type)

    def open(self, sha256: str) -> BinaryIO:
        return self.storage.open(sha256)

    def chunks(self, sha256: str) -> Iterator[bytes]:
        """The stored bytes a chunk at a time (a response's body): memory stays at one."""
        with self.open(sha256) as fh:
            while chunk := fh.read(CHUNK):
                yield chunk

    def exists(self, sha256: str) -> bool:
        return self.storage.exists(sha256)

    def size(self, sha256: str) -> int:
        return self.storage.size(sha256)

    def local_path(self, sha256: str) -> Path | None:
        return self.storage.local_path(sha256)

    def discard_unless(self, sha256: str, referenced: Iterable[str]) -> None:
        """Kept for old callers; deletes nothing. Deleting here raced with concurrent
        uploads of the same bytes and removed files other rows used: ``collect`` does it."""

    def check(self, sha256: str) -> str | None:
        """None if the stored file is there with these bytes; else "missing" or "altered"."""
        digest = hashlib.sha256()
        try:
            with self.open(sha256) as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
        except FileNotFoundError:
            return "missing"
        return None if digest.hexdigest() == sha256 else "altered"

    def stored(self) -> Iterator[tuple[str, float]]:
        """Every stored file: its sha256 and when it was last put (epoch seconds)."""
        return self.storage.stored()

    def collect(self, referenced: set[str], cutoff: float) -> list[str]:
        """Delete the files not in ``referenced`` last put before ``cutoff`` (epoch s),
        and abandoned temporary files; returns the sha256 of the files deleted."""
        collected = self.storage.collect(referenced, cutoff)
        clear_spool(self.storage.spool_dir, cutoff)
        return collected


class EvidenceWriter:
    """One file on its way into the store: each chunk is hashed and written once, to a
    temporary file in the storage's spool folder, handed to the storage by ``finish``.
    Leaving the ``with`` block without ``finish`` (a refusal, a broken upload) removes
    the temporary file; memory stays at one chunk whatever the file's size."""

    def __init__(self, store: EvidenceStore) -> None:
        self.store = store
        tmp_dir = store.storage.spool_dir
        tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=tmp_dir)
        self.tmp = Path(name)
        self._out = os.fdopen(fd, "wb")
        self._digest = hashlib.sha256()
        self.size = 0
        self._head = b""
        self._done = False
        self._unsynced = 0

    def __enter__(self) -> EvidenceWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._out.close()
        if not self._done:
            self.tmp.unlink(missing_ok=True)

    def write(self, chunk: bytes | bytearray | memoryview) -> None:
        self.size += len(chunk)
        if self.size > self.store.max_bytes:
            raise EvidenceRejected(
                f"file larger than {self.store.max_bytes} bytes",
                f"Tệp vượt quá dung lượng cho phép ({self.store.max_bytes // (1024 * 1024)} MB).",
            )
        if len(self._head) < 512:
            self._head += bytes(chunk[: 512 - len(self._head)])  # a copy of 512 bytes at most
        self._digest.update(chunk)
        self._out.write(chunk)
        self._unsynced += len(chunk)
        if self._unsynced >= SYNC_EVERY:  # start writing back, without waiting for it:
            self._out.flush()  # the disk works while the next bytes arrive and
            # ``finish``'s fsync is short. Only the last two windows: the one just
            # written, and the one before, written back by now and dropped from the
            # cache (the whole file each time cost a walk over all of it, quadratic).
            start = max(0, self.size - self._unsynced - SYNC_EVERY)
            _write_behind(self._out.fileno(), start, self.size - start)
            self._unsynced = 0

    def write_all(self, pieces: Iterable[bytes | bytearray | memoryview]) -> None:
        """``write`` each piece in turn (a batch of received chunks, in one thread hop)."""
        for piece in pieces:
            self.write(piece)

    def finish(self, *, any_type: bool = False) -> StoredFile:
        """Make the file durable, check its type and move it to its hash path."""
        self._out.flush()
        os.fsync(self._out.fileno())
        self._out.close()
        if self.size == 0:
            raise EvidenceRejected("empty file", "Tệp rỗng, không có nội dung.")
        try:
            media_type = sniff_media_type(self._head, self.tmp)
        except EvidenceRejected:
            if not any_type:
                raise
            media_type = None
        if any_type and media_type is None:
            media_type = "application/octet-stream"
        if media_type is None:
            allowed = ", ".join(sorted(set(MEDIA_TYPES_VI.values())))
            raise EvidenceRejected(
                "file type not allowed",
                f"Loại tệp không được chấp nhận. Chỉ nhận: {allowed}.",
            )
        sha = self._digest.hexdigest()
        self.store.storage.put(sha, self.tmp)  # takes the file (or drops it: already stored)
        self._done = True
        return StoredFile(sha256=sha, size=self.size, media_type=media_type)


def _write_behind(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start writing these bytes' dirty pages now (Linux: ``DONTNEED``
    queues the writeback and returns; it drops only pages already clean)."""
    with contextlib.suppress(AttributeError, OSError):  # no posix_fadvise: fsync does it all
        os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)
