"""Check a bundle against its manifest: each file's sha256 and size, nothing missing or added.

Reads each file in chunks, so a bundle of any size is checked in little memory.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections import Counter
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ValidationError

from directives.errors import InvalidInput
from directives.evidence import CHUNK
from directives.reports.bundle import (
    MANIFEST_CSV,
    MANIFEST_JSON,
    BundleFile,
    BundleManifest,
    manifest_csv,
)


class ProblemKind(StrEnum):
    MISSING = "missing"
    ADDED = "added"
    ALTERED = "altered"


PROBLEM_VI = {
    ProblemKind.MISSING: "Thiếu tệp",
    ProblemKind.ADDED: "Tệp không có trong danh mục",
    ProblemKind.ALTERED: "Tệp bị thay đổi",
}


class Problem(BaseModel):
    path: str
    kind: ProblemKind
    detail: str

    @property
    def message_vi(self) -> str:
        return f"{PROBLEM_VI[self.kind]}: {self.path} ({self.detail})"


class Verification(BaseModel):
    directive_number: str
    checked: int
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def _open(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise InvalidInput(f"{path} not found", f"Không tìm thấy tệp {path}.") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise InvalidInput(
            f"{path} is not a zip: {exc}", f"Tệp {path.name} không phải là bộ hồ sơ .zip hợp lệ."
        ) from None


def _manifest(zf: zipfile.ZipFile, name: str) -> BundleManifest:
    try:
        return BundleManifest.model_validate_json(zf.read(MANIFEST_JSON))
    except KeyError:
        raise InvalidInput(
            f"{name} has no {MANIFEST_JSON}",
            f"Bộ hồ sơ {name} không có danh mục {MANIFEST_JSON}, không thể kiểm tra.",
        ) from None
    except (ValidationError, zipfile.BadZipFile, ValueError) as exc:
        raise InvalidInput(
            f"{MANIFEST_JSON} of {name} is unreadable: {exc}",
            f"Danh mục {MANIFEST_JSON} của bộ hồ sơ {name} bị hỏng, không thể kiểm tra.",
        ) from None


def _check(zf: zipfile.ZipFile, entry: BundleFile) -> Problem | None:
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(entry.path) as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except (zipfile.BadZipFile, OSError) as exc:  # a CRC mismatch or a damaged entry
        return Problem(path=entry.path, kind=ProblemKind.ALTERED, detail=f"không đọc được: {exc}")
    if size != entry.size:
        detail = f"kích thước {size} byte, danh mục ghi {entry.size} byte"
        return Problem(path=entry.path, kind=ProblemKind.ALTERED, detail=detail)
    if digest.hexdigest() != entry.sha256:
        return Problem(
            path=entry.path, kind=ProblemKind.ALTERED, detail="mã băm SHA-256 không khớp"
        )
    return None


def verify_bundle(path: Path) -> Verification:
    """Every problem of the bundle at ``path``; InvalidInput if it cannot be read at all."""
    with _open(path) as zf:
        manifest = _manifest(zf, path.name)
        names = [n for n in zf.namelist() if not n.endswith("/")]
        problems: list[Problem] = []
        if MANIFEST_CSV not in names:
            problems.append(
                Problem(path=MANIFEST_CSV, kind=ProblemKind.MISSING, detail="danh mục dạng CSV")
            )
        elif zf.read(MANIFEST_CSV) != manifest_csv(manifest):
            problems.append(
                Problem(
                    path=MANIFEST_CSV,
                    kind=ProblemKind.ALTERED,
                    detail=f"không khớp với {MANIFEST_JSON}",
                )
            )
        expected = {f.path: f for f in manifest.files}
        present = Counter(names) - Counter({MANIFEST_JSON: 1, MANIFEST_CSV: 1})
        for name in sorted(expected.keys() - present.keys()):
            problems.append(
                Problem(path=name, kind=ProblemKind.MISSING, detail="có trong danh mục")
            )
        for name in sorted(present.keys() - expected.keys()):
            problems.append(Problem(path=name, kind=ProblemKind.ADDED, detail="được thêm vào"))
        for name in sorted(n for n, count in present.items() if count > 1):
            problems.append(Problem(path=name, kind=ProblemKind.ADDED, detail="trùng tên"))
        checked = 0
        for name in sorted(expected.keys() & present.keys()):
            checked += 1
            found = _check(zf, expected[name])
            if found is not None:
                problems.append(found)
    return Verification(
        directive_number=manifest.directive_number, checked=checked, problems=problems
    )
