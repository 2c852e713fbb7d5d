"""The evidence bundle read back with zipfile, and `verify` catching every kind of tampering."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from directives.db import Evidence
from directives.errors import EvidenceAltered
from directives.reports.bundle import MANIFEST_CSV, MANIFEST_JSON, write_bundle
from directives.reports.verify import ProblemKind, verify_bundle
from tests.reports.conftest import AS_OF, Story

PLAN = "Nhiệm vụ 01 - Ban Giám đốc Sở/01 - 12-KH-SNgV - Kế hoạch CCHC 2017.pdf"


def bundle(story: Story, out: Path) -> Path:
    with story.rt.sessions() as session:
        write_bundle(
            session, story.rt.ws, story.seed.directive_id, out, report=("Báo cáo.docx", b"PK fake")
        )
    return out


def rewrite(src: Path, dst: Path, *, drop: str = "", change: str = "", add: str = "") -> Path:
    """A copy of the zip with one entry dropped, its content changed, or a new one added."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            if item.filename == drop:
                continue
            data = zin.read(item.filename)
            zout.writestr(item, data + b"x" if item.filename == change else data)
        if add:
            zout.writestr(add, b"added later")
    return dst


def test_bundle_has_readable_names_a_folder_per_action_and_a_full_manifest(
    story: Story, tmp_path: Path
) -> None:
    story.close(AS_OF)
    path = bundle(story, tmp_path / "bundle.zip")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read(MANIFEST_JSON))
        rows = list(csv.DictReader(io.StringIO(zf.read(MANIFEST_CSV).decode("utf-8-sig"))))
        plan = zf.read(PLAN)
    assert PLAN in names
    assert "Nhiệm vụ 03 - Văn phòng Sở/01 - quy-che.pdf" in names  # the returned submission too
    assert "Văn bản gốc/115-UBND-NCPC.txt" in names
    assert "Báo cáo.docx" in names
    folders = {n.split("/")[0] for n in names if n.startswith("Nhiệm vụ")}
    assert len(folders) == 6
    assert manifest["directive_number"] == "115/UBND-NCPC"
    entry = next(f for f in manifest["files"] if f["path"] == PLAN)
    assert entry["sha256"] == hashlib.sha256(plan).hexdigest()
    assert entry["size"] == len(plan)
    assert entry["uploaded_by"] == "do-thi-hoa" and entry["uploaded_by_name"] == "Đỗ Thị Hoa"
    assert entry["unit_name"] == "Ban Giám đốc Sở"
    assert (entry["doc_number"], entry["doc_date"]) == ("12/KH-SNgV", "2017-02-10")
    assert (entry["period"], entry["criterion"]) == ("Năm 2017", "1.1")
    assert [r["path"] for r in rows] == [f["path"] for f in manifest["files"]]
    assert rows[0]["sha256"] == manifest["files"][0]["sha256"]
    assert set(names) == {f["path"] for f in manifest["files"]} | {MANIFEST_CSV, MANIFEST_JSON}
    result = verify_bundle(path)
    assert result.ok and result.checked == len(manifest["files"])


def test_verify_names_each_altered_missing_and_added_file(story: Story, tmp_path: Path) -> None:
    path = bundle(story, tmp_path / "bundle.zip")
    other = "Nhiệm vụ 02 - Văn phòng Sở/01 - 25-BC-SNgV - bao-cao phoi hop.pdf"
    bad = rewrite(path, tmp_path / "bad.zip", drop=other, change=PLAN, add="Nhiệm vụ 01/thêm.pdf")
    problems = {(p.kind, p.path) for p in verify_bundle(bad).problems}
    assert problems == {
        (ProblemKind.ALTERED, PLAN),
        (ProblemKind.MISSING, other),
        (ProblemKind.ADDED, "Nhiệm vụ 01/thêm.pdf"),
    }
    edited = rewrite(path, tmp_path / "csv.zip", change=MANIFEST_CSV)
    assert [(p.kind, p.path) for p in verify_bundle(edited).problems] == [
        (ProblemKind.ALTERED, MANIFEST_CSV)
    ]


def test_a_stored_file_that_no_longer_matches_its_hash_stops_the_bundle(
    story: Story, tmp_path: Path
) -> None:
    with story.rt.sessions() as session:
        sha = session.scalar(select(Evidence.sha256).where(Evidence.doc_number == "12/KH-SNgV"))
    assert sha is not None
    stored = story.rt.ws.evidence.path_of(sha)
    os.chmod(stored, 0o644)
    stored.write_bytes(b"%PDF-1.4 swapped\n")
    out = tmp_path / "bundle.zip"
    with pytest.raises(EvidenceAltered) as err:
        bundle(story, out)
    assert "không còn khớp mã băm" in err.value.message_vi
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))
    stored.unlink()
    with pytest.raises(EvidenceAltered) as gone:
        bundle(story, out)
    assert "không còn trong kho lưu trữ" in gone.value.message_vi
    assert not out.exists()


def test_bundle_streams_a_large_file_in_chunks(story: Story, tmp_path: Path) -> None:
    big = b"%PDF-1.4\n" + os.urandom(12 * 1024 * 1024) + b"\n%%EOF\n"  # a whole PDF
    story.add(5, "ho-so lon.pdf", big, AS_OF)
    story.submit(5, AS_OF)
    tracemalloc.start()
    try:
        path = bundle(story, tmp_path / "bundle.zip")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024  # a 12 MB file went through without being held whole
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith("ho-so lon.pdf"))
        assert zf.getinfo(name).file_size == len(big)
    assert verify_bundle(path).ok
