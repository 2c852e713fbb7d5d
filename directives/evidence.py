"""Evidence files, stored content-addressed (sha256) under a storage root.

The path of a stored file comes only from its hash, never from anything the
user sent. A file is bounded in size and accepted only if its bytes are one of
the allowed document types (checked by content, not by the name's extension).

One file serves every row with the same bytes, so nothing is ever deleted on a
refusal, a rollback or a crash: a file no row refers to is collected later by
``collect`` (see ``directives.custody``), only once it is older than a grace
period longer than any upload. Every ``put`` writes a fresh inode (a fresh
mtime) even when the bytes are already stored, so a file an upload has just
put is young until that upload has committed or given up.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from directives import filetypes
from directives.errors import EvidenceRejected

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
    """A local folder of files named by their sha256 (``ab/cd/abcd...``)."""

    def __init__(self, root: str | Path, max_bytes: int) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes

    def path_of(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a sha256 hex digest")
        return self.root / sha256[:2] / sha256[2:4] / sha256

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
        return self.path_of(sha256).open("rb")

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).exists()

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

    def stored(self) -> Iterator[tuple[str, Path]]:
        """Every stored file, by its sha256."""
        for path in self.root.glob("[0-9a-f][0-9a-f]/[0-9a-f][0-9a-f]/*"):
            if len(path.name) == 64 and path.name.startswith(path.parent.parent.name):
                yield path.name, path

    def collect(self, referenced: set[str], cutoff: float) -> list[str]:
        """Delete the files not in ``referenced`` whose mtime is before ``cutoff`` (epoch s),
        and abandoned temporary files; returns the sha256 of the files deleted.

        A candidate is first renamed aside (atomic), then judged by the mtime of the
        inode actually moved: if an upload put the same bytes meanwhile, that inode is
        young and goes back (by link, which never replaces a newer file). A collector
        killed between the two steps leaves the file aside; the next pass puts it back.
        """
        trash = self.root / "trash"
        trash.mkdir(parents=True, exist_ok=True)
        for aside in trash.iterdir():
            sha256 = aside.name.split(".", 1)[0]
            if len(sha256) == 64 and all(c in "0123456789abcdef" for c in sha256):
                self._put_back(aside, sha256)
        collected: list[str] = []
        for sha256, path in list(self.stored()):
            if sha256 in referenced or _mtime(path) >= cutoff:
                continue
            aside = trash / f"{sha256}.{uuid.uuid4().hex}"
            try:
                os.rename(path, aside)
            except FileNotFoundError:
                continue
            if aside.stat().st_mtime >= cutoff:
                self._put_back(aside, sha256)
                continue
            aside.unlink()
            collected.append(sha256)
        for tmp in (self.root / "tmp").glob("*"):
            if _mtime(tmp) < cutoff:
                tmp.unlink(missing_ok=True)
        return collected

    def _put_back(self, aside: Path, sha256: str) -> None:
        target = self.path_of(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # an upload stored the bytes again meanwhile
            os.link(aside, target)
        aside.unlink()


class EvidenceWriter:
    """One file on its way into the store: each chunk is hashed and written once, to a
    temporary file under the storage root, renamed to its hash path by ``finish``.
    Leaving the ``with`` block without ``finish`` (a refusal, a broken upload) removes
    the temporary file; memory stays at one chunk whatever the file's size."""

    def __init__(self, store: EvidenceStore) -> None:
        self.store = store
        tmp_dir = store.root / "tmp"
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
            _write_behind(self._out.fileno())  # ``finish``'s fsync is short
            self._unsynced = 0

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
        final = self.store.path_of(sha)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.tmp, final)  # same content, same name: a second upload is a no-op
        self._done = True
        return StoredFile(sha256=sha, size=self.size, media_type=media_type)


def _write_behind(fd: int) -> None:
    """Ask the kernel to start writing the file's dirty pages now (Linux: ``DONTNEED``
    queues the writeback and returns; it drops only pages already clean)."""
    with contextlib.suppress(AttributeError, OSError):  # no posix_fadvise: fsync does it all
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return float("inf")  # gone already: nothing to collect
