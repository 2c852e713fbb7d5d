"""Where stored files live: a content-addressed place that keeps a file by its sha256.

``Storage`` is all the evidence store needs of it: put a finished local file under its
hash (write once: if the hash is already there the bytes are the same, so only the
object's age is renewed), open it for reading, say whether it exists and its size,
list what is stored with each file's age, and collect the old ones no row needs.

``LocalFolder`` is the embedded default (``ab/cd/abcd...`` under a folder, files moved
in by rename). ``directives.storage_fsspec`` keeps the same layout on any fsspec
filesystem, S3-compatible storage through s3fs in particular;
``workspace.open_storage`` picks one from the settings, and imports neither fsspec nor
s3fs for the local folder.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

HEX = frozenset("0123456789abcdef")


def is_sha256(name: str) -> bool:
    return len(name) == 64 and all(c in HEX for c in name)


def key_of(sha256: str) -> str:
    """The file's place below the root, from its hash alone: ``ab/cd/abcd...``."""
    if not is_sha256(sha256):
        raise ValueError("not a sha256 hex digest")
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"


class Storage(Protocol):
    """A content-addressed place for files, named by their sha256."""

    @property
    def spool_dir(self) -> Path:
        """A local folder for files on their way in (hashed and checked there first)."""
        ...

    def put(self, sha256: str, source: Path) -> None:
        """Take the local file ``source`` (whose bytes hash to ``sha256``) in; ``source``
        is gone afterwards. Already stored: nothing is written but the file counts as
        new again, so a collector does not take it from an upload not yet committed."""
        ...

    def open(self, sha256: str) -> BinaryIO:
        """The stored bytes, read as a stream; FileNotFoundError if not stored."""
        ...

    def exists(self, sha256: str) -> bool: ...

    def size(self, sha256: str) -> int:
        """The stored file's size in bytes; FileNotFoundError if not stored."""
        ...

    def stored(self) -> Iterator[tuple[str, float]]:
        """Every stored file: its sha256 and when it was last put (epoch seconds)."""
        ...

    def delete(self, sha256: str) -> None:
        """Remove the stored file, if there."""
        ...

    def collect(self, referenced: set[str], cutoff: float) -> list[str]:
        """Delete the files not in ``referenced`` last put before ``cutoff``; their sha256."""
        ...

    def local_path(self, sha256: str) -> Path | None:
        """The file on this machine's disk, where there is one (the local folder)."""
        ...


class LocalFolder:
    """A local folder of files named by their sha256 (``ab/cd/abcd...``).

    Every ``put`` renames a fresh inode into place (a fresh mtime) even when the bytes
    are already stored, so a file an upload has just put is young until that upload
    has committed or given up."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    @property
    def spool_dir(self) -> Path:
        return self.root / "tmp"  # same filesystem: ``put`` is a rename

    def path_of(self, sha256: str) -> Path:
        return self.root / key_of(sha256)

    def local_path(self, sha256: str) -> Path | None:
        return self.path_of(sha256)

    def put(self, sha256: str, source: Path) -> None:
        final = self.path_of(sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, final)  # same content, same name: a second upload is a no-op

    def open(self, sha256: str) -> BinaryIO:
        return self.path_of(sha256).open("rb")

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).exists()

    def size(self, sha256: str) -> int:
        return self.path_of(sha256).stat().st_size

    def files(self) -> Iterator[tuple[str, Path]]:
        """Every stored file, by its sha256, with its path."""
        for path in self.root.glob("[0-9a-f][0-9a-f]/[0-9a-f][0-9a-f]/*"):
            if len(path.name) == 64 and path.name.startswith(path.parent.parent.name):
                yield path.name, path

    def stored(self) -> Iterator[tuple[str, float]]:
        for sha256, path in self.files():
            yield sha256, mtime(path)

    def delete(self, sha256: str) -> None:
        self.path_of(sha256).unlink(missing_ok=True)

    def collect(self, referenced: set[str], cutoff: float) -> list[str]:
        """A candidate is first renamed aside (atomic), then judged by the mtime of the
        inode actually moved: if an upload put the same bytes meanwhile, that inode is
        young and goes back (by link, which never replaces a newer file). A collector
        killed between the two steps leaves the file aside; the next pass puts it back."""
        trash = self.root / "trash"
        trash.mkdir(parents=True, exist_ok=True)
        for aside in trash.iterdir():
            sha256 = aside.name.split(".", 1)[0]
            if is_sha256(sha256):
                self._put_back(aside, sha256)
        collected: list[str] = []
        for sha256, path in list(self.files()):
            if sha256 in referenced or mtime(path) >= cutoff:
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
        return collected

    def _put_back(self, aside: Path, sha256: str) -> None:
        target = self.path_of(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # an upload stored the bytes again meanwhile
            os.link(aside, target)
        aside.unlink()


def mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return float("inf")  # gone already: nothing to collect


def clear_spool(spool: Path, cutoff: float) -> None:
    """Remove the files abandoned on their way in (a killed upload) before ``cutoff``."""
    for tmp in spool.glob("*"):
        if mtime(tmp) < cutoff:
            tmp.unlink(missing_ok=True)
