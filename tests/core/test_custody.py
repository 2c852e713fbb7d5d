"""Stored files are never lost to a refusal, and only files nobody needs are collected."""

from __future__ import annotations

import io
import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from directives import custody, store
from directives.db import Directive, Evidence
from directives.errors import DuplicateDirective
from directives.intake import IngestResult, ingest_bytes
from directives.runtime import Runtime
from tests.conftest import SEED
from tests.core.conftest import NOW, RECEIVED

MEMBER = "do-thi-hoa"  # Ban Giám đốc Sở: actions 1, 4, 5, 6 of the seed
HOUR = 3600.0


def add_evidence(rt: Runtime, code: str, content: bytes, name: str = "bao-cao.txt") -> str:
    stored = rt.ws.evidence.put(io.BytesIO(content))
    with rt.sessions.begin() as session:
        meta = store.EvidenceMeta(original_name=name)
        store.add_evidence(session, rt.ws, code, MEMBER, stored, meta, now=NOW)
    return stored.sha256


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_refused_duplicate_ingest_keeps_the_evidence_with_the_same_bytes(
    rt: Runtime, seed: IngestResult
) -> None:
    """A second copy of the letter (one byte more) was kept as evidence; ingesting that copy
    is refused as a duplicate, and used to delete the evidence file with it."""
    copy = SEED.read_bytes() + b"\n"
    sha = add_evidence(rt, f"{seed.code}-1", copy, "ban-sao-cong-van.txt")
    with pytest.raises(DuplicateDirective):
        ingest_bytes(rt, copy, "ban-sao.txt", received_on=RECEIVED, start_run=False)
    assert rt.ws.evidence.check(sha) is None
    with rt.sessions() as session:
        assert custody.verify_storage(session, rt.ws.evidence) == []


def test_the_collector_deletes_only_old_files_no_row_needs(rt: Runtime, seed: IngestResult) -> None:
    evidence = rt.ws.evidence
    needed = add_evidence(rt, f"{seed.code}-1", "Báo cáo kết quả.".encode())
    with rt.sessions() as session:
        source = session.scalars(select(Directive.source_sha256)).one()
    old_orphan = evidence.put(io.BytesIO(b"%PDF-1.4\nmot ban nhap bi tu choi\n%%EOF\n")).sha256
    young_orphan = evidence.put(io.BytesIO(b"%PDF-1.4\nmot ban dang tai len\n%%EOF\n")).sha256
    for sha in (needed, source, old_orphan):
        age(evidence.path_of(sha), 2 * HOUR)
    stale_tmp = evidence.root / "tmp" / "abandoned-upload"
    stale_tmp.write_bytes(b"half")
    age(stale_tmp, 2 * HOUR)
    collected = custody.collect_unreferenced(rt.sessions, evidence, timedelta(hours=1))
    assert collected == [old_orphan]
    assert not evidence.exists(old_orphan) and not stale_tmp.exists()
    for sha in (needed, source, young_orphan):
        assert evidence.check(sha) is None
    assert custody.collect_unreferenced(rt.sessions, evidence, timedelta(hours=1)) == []


def test_a_file_set_aside_by_a_killed_collector_is_put_back(
    rt: Runtime, seed: IngestResult
) -> None:
    evidence = rt.ws.evidence
    sha = add_evidence(rt, f"{seed.code}-1", "Báo cáo.".encode())
    trash = evidence.root / "trash"
    trash.mkdir(parents=True, exist_ok=True)
    os.rename(evidence.path_of(sha), trash / f"{sha}.killed")  # the collector died here
    custody.collect_unreferenced(rt.sessions, evidence, timedelta(hours=1))
    assert evidence.check(sha) is None
    assert list(trash.iterdir()) == []


def test_verify_names_each_missing_or_altered_file_and_its_rows(
    rt: Runtime, seed: IngestResult
) -> None:
    evidence = rt.ws.evidence
    lost = add_evidence(rt, f"{seed.code}-1", "Báo cáo một.".encode(), "mot.txt")
    altered = add_evidence(rt, f"{seed.code}-4", "Báo cáo bốn.".encode(), "bon.txt")
    evidence.path_of(lost).unlink()
    evidence.path_of(altered).write_bytes("Báo cáo đã bị sửa.".encode())
    with rt.sessions() as session:
        found = {p.sha256: p for p in custody.verify_storage(session, evidence)}
        ids = dict(session.execute(select(Evidence.sha256, Evidence.id)).tuples().all())
    assert {sha: p.problem for sha, p in found.items()} == {lost: "missing", altered: "altered"}
    assert found[lost].used_by == [
        f"tài liệu kiểm chứng số {ids[lost]} “mot.txt” của nhiệm vụ {seed.code}-1"
    ]
    assert "bị thay đổi nội dung" in found[altered].message_vi
