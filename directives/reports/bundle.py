"""The evidence bundle: every submitted file under a readable name, one folder per action,
the report and the source letter, and a manifest (CSV and JSON) to check it against.

Written streaming: each file is copied from the store into the zip in chunks,
its sha256 checked on the way, so a directive with gigabytes of evidence needs
no more memory than one chunk. ``verify_bundle`` re-reads every file of a
bundle against its manifest and names each missing, added or altered one.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from pydantic import BaseModel
from sqlalchemy.orm import Session

from directives.custody import PROBLEM_VI
from directives.errors import EvidenceAltered
from directives.evidence import CHUNK
from directives.reports.files import atomic_output, readable_name, zip_entry
from directives.store import get_directive
from directives.workspace import Workspace

MANIFEST_JSON = "danh-muc.json"
MANIFEST_CSV = "danh-muc.csv"
SOURCE_FOLDER = "Văn bản gốc"
# Formats that are already compressed: stored as they are, deflating them costs time for nothing.
_COMPRESSED = ("application/pdf", "image/", "application/vnd.openxmlformats", "application/zip")


class BundleFile(BaseModel):
    path: str
    kind: str  # evidence | report | source
    action_code: str | None = None
    action_seq: int | None = None
    unit_id: str | None = None
    unit_name: str | None = None
    original_name: str
    sha256: str
    size: int
    media_type: str
    uploaded_by: str | None = None
    uploaded_by_name: str | None = None
    uploaded_at: datetime | None = None
    submitted_at: datetime | None = None
    doc_number: str | None = None
    doc_date: date | None = None
    period: str | None = None
    criterion: str | None = None


class BundleGap(BundleFile):
    """Submitted evidence whose stored file is missing or altered: named, not bundled."""

    problem: str


class BundleManifest(BaseModel):
    directive_code: str
    directive_number: str
    files: list[BundleFile]
    gaps: list[BundleGap] = []


class BuiltBundle(BaseModel):
    path: Path
    sha256: str
    files: int
    bytes: int


CSV_COLUMNS = tuple(BundleFile.model_fields)
# Copied as they are from the evidence row.
_EVIDENCE_FIELDS = (
    "unit_id", "original_name", "sha256", "size", "media_type", "uploaded_by", "uploaded_at",
    "submitted_at", "doc_number", "doc_date", "period", "criterion",
)  # fmt: skip
Opener = Callable[[], AbstractContextManager[BinaryIO]]


def _plan(
    session: Session,
    ws: Workspace,
    ref: str | int,
    report: tuple[str, bytes] | None,
    damaged: Mapping[str, str],
) -> tuple[BundleManifest, list[Opener]]:
    directive = get_directive(session, ref)
    files: list[BundleFile] = []
    gaps: list[BundleGap] = []
    openers: list[Opener] = []

    def opener(sha: str) -> Opener:
        return lambda: ws.evidence.open(sha)

    for action in directive.actions:
        unit = ws.org.unit(action.lead_unit).name
        folder = readable_name(f"Nhiệm vụ {action.seq:02d} - {unit}")
        submitted = [e for e in action.evidence if e.submitted_at is not None]
        for i, item in enumerate(submitted, 1):
            label = f"{item.doc_number.replace('/', '-')} - " if item.doc_number else ""
            uploader = ws.org.find_person(item.uploaded_by)
            fields = {name: getattr(item, name) for name in _EVIDENCE_FIELDS}
            name = readable_name(f"{i:02d} - {label}{readable_name(item.original_name)}")
            entry = BundleFile(
                **fields,
                path=f"{folder}/{name}",
                kind="evidence",
                action_code=action.code,
                action_seq=action.seq,
                unit_name=ws.org.unit(item.unit_id).name,
                uploaded_by_name=uploader.name if uploader else item.uploaded_by,
            )
            problem = damaged.get(item.sha256)
            if problem is not None:
                gaps.append(BundleGap(**entry.model_dump(), problem=problem))
                continue
            files.append(entry)
            openers.append(opener(item.sha256))
    if ws.evidence.exists(directive.source_sha256):
        files.append(
            BundleFile(
                path=f"{SOURCE_FOLDER}/{readable_name(directive.source_name)}",
                kind="source",
                original_name=directive.source_name,
                sha256=directive.source_sha256,
                size=ws.evidence.size(directive.source_sha256),
                media_type="application/octet-stream",
            )
        )
        openers.append(opener(directive.source_sha256))
    if report is not None:
        name, data = report
        files.append(
            BundleFile(
                path=readable_name(name),
                kind="report",
                original_name=name,
                sha256=hashlib.sha256(data).hexdigest(),
                size=len(data),
                media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        )
        openers.append(lambda: io.BytesIO(data))
    manifest = BundleManifest(
        directive_code=directive.code, directive_number=directive.number, files=files, gaps=gaps
    )
    return manifest, openers


def manifest_csv(manifest: BundleManifest) -> bytes:
    """The manifest as CSV: the bundled files, then the left-out ones marked as such."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS, "tinh_trang"])
    for item in [*manifest.files, *manifest.gaps]:
        row = item.model_dump(mode="json")
        problem = PROBLEM_VI.get(row.get("problem") or "", "")
        if problem:
            row["path"] = f"KHÔNG CÓ TRONG BỘ ({problem}): {row['path']}"
        writer.writerow([*("" if row[c] is None else row[c] for c in CSV_COLUMNS), problem])
    return ("\ufeff" + out.getvalue()).encode()  # the BOM lets Excel read UTF-8


def _copy(zf: zipfile.ZipFile, entry: BundleFile, open_source: Opener) -> None:
    info = zip_entry(entry.path, compress=not entry.media_type.startswith(_COMPRESSED))
    info.file_size = entry.size  # lets zipfile choose ZIP64 for files over 2 GiB up front
    digest = hashlib.sha256()
    try:
        source = open_source()
    except FileNotFoundError:
        raise EvidenceAltered(
            f"stored file {entry.sha256} is missing",
            f"Tệp “{entry.original_name}” không còn trong kho lưu trữ; không lập bộ hồ sơ. "
            "Đề nghị liên hệ quản trị hệ thống.",
        ) from None
    with source as src, zf.open(info, "w") as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
    if digest.hexdigest() != entry.sha256:
        raise EvidenceAltered(
            f"stored file {entry.sha256} no longer matches its hash",
            f"Tệp “{entry.original_name}” trong kho lưu trữ không còn khớp mã băm đã ghi nhận; "
            "không lập bộ hồ sơ. Đề nghị liên hệ quản trị hệ thống.",
        )


def write_bundle(
    session: Session,
    ws: Workspace,
    ref: str | int,
    out: Path,
    *,
    report: tuple[str, bytes] | None = None,
    damaged: Mapping[str, str] | None = None,
) -> BuiltBundle:
    """Write the bundle of ``ref`` to ``out`` (atomically: a failure leaves no partial file).

    ``damaged`` (sha256 → "missing" | "altered") names stored files to leave out and
    record as gaps in the manifest; any other file that does not match its hash
    stops the bundle with EvidenceAltered."""
    manifest, openers = _plan(session, ws, ref, report, damaged or {})
    with atomic_output(out) as fh, zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
        for entry, open_source in zip(manifest.files, openers, strict=True):
            _copy(zf, entry, open_source)
        zf.writestr(zip_entry(MANIFEST_CSV), manifest_csv(manifest))
        zf.writestr(
            zip_entry(MANIFEST_JSON),
            json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=2),
        )
    digest = hashlib.sha256()
    with out.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return BuiltBundle(
        path=out,
        sha256=digest.hexdigest(),
        files=len(manifest.files),
        bytes=sum(f.size for f in manifest.files),
    )
