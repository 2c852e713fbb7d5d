"""Stored files on an fsspec filesystem: S3-compatible storage through s3fs (``s3://``).

The layout is the local folder's, ``<root>/ab/cd/abcd...``, under the URL's bucket and
prefix. A file arrives whole (a PUT, or a multipart upload completed at once), only
after it was hashed and checked in the local spool folder: a refused upload sends
nothing. Objects are never overwritten: putting bytes already stored renews only the
object's age (a copy onto itself with new metadata), which keeps it from a collector
until the upload that put it has committed its row.

The collector judges each old unreferenced object again by a fresh HEAD right before
its DELETE. S3 has no rename to set a file aside atomically as the local folder does,
so an upload that renews the very object in the milliseconds between that HEAD and the
DELETE can still lose it: that needs the same bytes as a file no row has referred to
for longer than the grace period, at that moment, and ``storage verify`` names it.
The cutoff is this machine's clock against the server's LastModified: a clock skew
counts against the grace period (24 hours by default).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from fsspec import AbstractFileSystem
from fsspec.core import url_to_fs

from directives.errors import StorageUnavailable
from directives.settings import Settings
from directives.storage import is_sha256, key_of

log = logging.getLogger(__name__)

READ_BLOCK = 4 << 20  # bytes fetched per ranged GET: about 3x this held while reading


@contextlib.contextmanager
def reaching(what: str, *, missing_is_an_answer: bool = True) -> Iterator[None]:
    """Turn the storage's failures (unreachable, credentials, no bucket) into
    StorageUnavailable; FileNotFoundError stays when it answers the question asked."""
    try:
        yield
    except FileNotFoundError:
        if missing_is_an_answer:
            raise
        log.error("stored files: %s failed: no such bucket or prefix", what)
        raise StorageUnavailable(f"storage: {what}: no such bucket", UNAVAILABLE_VI) from None
    except Exception as exc:  # botocore, aiohttp and fsspec errors alike
        log.error("stored files: %s failed: %r", what, exc)
        raise StorageUnavailable(f"storage: {what}: {exc!r}", UNAVAILABLE_VI) from exc


UNAVAILABLE_VI = (
    "Kho lưu trữ tệp hiện không truy cập được. "
    "Đề nghị thử lại sau ít phút hoặc báo quản trị hệ thống."
)


class FsspecStorage:
    """Files named by their sha256 on an fsspec filesystem (see the module's notes)."""

    def __init__(self, fs: AbstractFileSystem, root: str, spool_dir: Path) -> None:
        self.fs = fs
        self.root = root.rstrip("/")
        self._spool = spool_dir

    @classmethod
    def from_settings(cls, settings: Settings) -> FsspecStorage:
        conf = settings.storage
        assert conf.url is not None
        options: dict[str, Any] = {"use_listings_cache": False, "skip_instance_cache": True}
        if conf.endpoint_url:
            options["endpoint_url"] = conf.endpoint_url
        options.update(conf.options)
        fs, root = url_to_fs(conf.url, **options)
        return cls(fs, root, settings.spool_dir)

    @property
    def spool_dir(self) -> Path:
        return self._spool

    def _path(self, sha256: str) -> str:
        return f"{self.root}/{key_of(sha256)}"

    def local_path(self, sha256: str) -> Path | None:
        return None

    def put(self, sha256: str, source: Path) -> None:
        path = self._path(sha256)
        with reaching("put", missing_is_an_answer=False):
            if self.fs.exists(path):
                self._renew(path)
            else:
                self.fs.put_file(str(source), path)
        source.unlink(missing_ok=True)

    def _renew(self, path: str) -> None:
        """Make an existing object young again without writing its bytes."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        setxattr = getattr(self.fs, "setxattr", None)
        if setxattr is not None:  # s3fs: copy_object onto itself, new metadata
            setxattr(path, renewed=stamp)
        else:  # a filesystem with mtimes (local, for one)
            self.fs.touch(path, truncate=False)

    def open(self, sha256: str) -> BinaryIO:
        with reaching("open"):
            return cast(BinaryIO, self.fs.open(self._path(sha256), "rb", block_size=READ_BLOCK))

    def exists(self, sha256: str) -> bool:
        with reaching("exists"):
            return bool(self.fs.exists(self._path(sha256)))

    def size(self, sha256: str) -> int:
        return int(self._info(self._path(sha256))["size"])

    def _info(self, path: str) -> dict[str, Any]:
        with reaching("info"):
            info: dict[str, Any] = self.fs.info(path)
        if info.get("type") != "file":
            raise FileNotFoundError(path)
        return info

    def stored(self) -> Iterator[tuple[str, float]]:
        with reaching("list", missing_is_an_answer=False):
            if not self.fs.exists(self.root):
                return
            found: dict[str, dict[str, Any]] = self.fs.find(self.root, detail=True)
        for path, info in found.items():
            name = path.rsplit("/", 1)[-1]
            if is_sha256(name) and path.endswith(key_of(name)):
                yield name, modified(info)

    def delete(self, sha256: str) -> None:
        with contextlib.suppress(FileNotFoundError), reaching("delete"):
            self.fs.rm_file(self._path(sha256))

    def collect(self, referenced: set[str], cutoff: float) -> list[str]:
        collected: list[str] = []
        for sha256, when in list(self.stored()):
            if sha256 in referenced or when >= cutoff:
                continue
            try:  # judged again just before the delete: an upload may have renewed it
                if modified(self._info(self._path(sha256))) >= cutoff:
                    continue
            except FileNotFoundError:
                continue
            self.delete(sha256)
            collected.append(sha256)
        return collected


def modified(info: dict[str, Any]) -> float:
    """When an object was last written, in epoch seconds, from an fsspec ``info``."""
    for key in ("LastModified", "mtime", "created"):
        value = info.get(key)
        if isinstance(value, datetime):
            return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()
        if isinstance(value, int | float):
            return float(value)
    return float("inf")  # no age known: never collected
