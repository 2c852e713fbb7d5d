"""Stored files on S3-compatible storage (moto's server on loopback), chosen by the
environment alone: uploads through the portal land in the bucket under their hash and
come back in downloads and the bundle; ``storage verify`` and ``storage collect`` work
on the bucket; a refused upload sends nothing. SQLite only: the storage does not
depend on the database, and custody's queries are tested on both elsewhere."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from directives.db import Directive, Evidence
from directives.intake import IngestResult
from directives.portal.app import create_app
from directives.runtime import Runtime
from directives.settings import Settings, get_settings
from tests.portal.conftest import BGD_ASSIGNEE, DIRECTOR, Seeded, sign_in, snapshot
from tests.portal.test_downloads import as_person, story_of
from tests.portal.test_evidence import PDF, post_upload, upload
from tests.reports.conftest import AS_OF, SEED_BYTES
from tests.s3server import LoopbackS3, loopback_s3
from tests.test_cli_integrity import (
    BGD_MEMBER,
    Shell,
    first_action,
    shell,
    verify_names_a_lost_report_and_an_altered_letter,
)

__all__ = ["shell"]  # the CLI's fixture, shared

HOUR = 3600.0


@pytest.fixture(scope="module")
def s3() -> Iterator[LoopbackS3]:
    with loopback_s3() as server:
        yield server


@pytest.fixture
def bucket(s3: LoopbackS3, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh bucket, named to every process of the test by the environment."""
    name = s3.new_bucket()
    for key, value in s3.env(name).items():
        monkeypatch.setenv(key, value)
    return name


@pytest.fixture
def db_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "directives.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def settings(bucket: str, tmp_path: Path, db_url: str) -> Settings:
    return Settings(home=tmp_path / "home", database_url=db_url)  # storage from the env


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def no_local_files(settings: Settings) -> None:
    assert not (settings.home_dir / "evidence").exists()
    assert not any(settings.spool_dir.glob("*"))  # nothing left on its way in


def test_an_upload_lands_in_the_bucket_under_its_hash_and_downloads_from_it(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime, s3: LoopbackS3, bucket: str
) -> None:
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    assert upload(client, csrf, seeded.action_of("bgd"), PDF) == 303
    assert s3.objects(bucket) == {s3.key(sha(PDF)): PDF, s3.key(sha(SEED_BYTES)): SEED_BYTES}
    no_local_files(settings)
    with rt.sessions() as session:
        evidence_id = session.scalars(select(Evidence.id)).one()
    download = client.get(f"/tai-lieu/{evidence_id}")
    assert download.status_code == 200 and download.content == PDF
    letter = client.get(f"/van-ban-goc/{seeded.code}")
    assert letter.status_code == 200 and letter.content == SEED_BYTES
    assert upload(client, csrf, seeded.action_of("bgd"), PDF) == 303  # the same bytes again
    assert len(s3.objects(bucket)) == 2


def test_a_refused_upload_sends_nothing_to_the_bucket(
    client: TestClient, settings: Settings, seeded: Seeded, s3: LoopbackS3, bucket: str
) -> None:
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    before = s3.objects(bucket)
    assert upload(client, csrf, seeded.action_of("bgd"), b"MZ\x90\x00\x03\x00", "setup.exe") == 422
    assert upload(client, csrf, seeded.action_of("bgd"), b"", "rong.txt") == 422
    assert s3.objects(bucket) == before
    no_local_files(settings)


def test_the_bundle_reads_the_evidence_back_from_the_bucket(
    client: TestClient,
    settings: Settings,
    seeded: Seeded,
    rt: Runtime,
    seed: IngestResult,
    s3: LoopbackS3,
    bucket: str,
) -> None:
    story_of(rt, seed, seeded).close(AS_OF)
    stored = s3.objects(bucket)
    response = as_person(client, settings, DIRECTOR).get(f"/ho-so/{seeded.code}")
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as zf:
        bundled = {sha(zf.read(name)) for name in zf.namelist()}
    assert len(stored) == 7  # the letter and one file for each of the six actions
    assert {key.rsplit("/", 1)[1] for key in stored} <= bundled  # each one, byte for byte


def test_a_missing_bucket_refuses_the_upload_with_a_message_and_records_nothing(
    settings: Settings, seeded: Seeded, rt: Runtime, s3: LoopbackS3
) -> None:
    gone = settings.storage.model_copy(update={"url": "s3://khong-co-bucket-nay/evidence"})
    broken = settings.model_copy(update={"storage": gone})
    with TestClient(create_app(broken, side_effects=False), follow_redirects=False) as client:
        csrf = sign_in(client, broken, BGD_ASSIGNEE)
        before = snapshot(rt, seeded)
        response = post_upload(client, csrf, seeded.action_of("bgd"), PDF, "bao-cao.pdf")
        assert response.status_code == 503
        assert "Kho lưu trữ tệp hiện không truy cập được" in response.text
    assert snapshot(rt, seeded) == before
    no_local_files(settings)


@pytest.fixture
def s3_shell(bucket: str, shell: Shell) -> Shell:
    """``directives`` commands with the storage chosen by the environment (``bucket`` first)."""
    get_settings.cache_clear()
    return shell


def test_storage_verify_names_a_tampered_and_a_missing_object(
    s3_shell: Shell, s3: LoopbackS3, bucket: str, tmp_path: Path
) -> None:
    report = tmp_path / "bao-cao.txt"
    report.write_text("Báo cáo kết quả thực hiện.", encoding="utf-8")
    code = first_action(s3_shell)
    assert s3_shell("evidence", "add", code, str(report), "--as", BGD_MEMBER).exit_code == 0
    assert s3_shell("storage", "verify").exit_code == 0
    fs = s3.fs()
    fs.pipe_file(f"{bucket}/evidence/{s3.key(sha(SEED_BYTES))}", b"da bi sua")
    fs.rm_file(f"{bucket}/evidence/{s3.key(sha(report.read_bytes()))}")
    verify_names_a_lost_report_and_an_altered_letter(s3_shell, code)


def test_storage_collect_removes_only_unreferenced_old_objects(
    s3_shell: Shell, s3: LoopbackS3, bucket: str
) -> None:
    evidence = s3_shell.rt.ws.evidence
    with s3_shell.rt.sessions() as session:
        source = session.scalars(select(Directive.source_sha256)).one()
    old, renewed, young = (
        evidence.put(io.BytesIO(PDF + f"ban nhap {n}\n".encode())).sha256 for n in range(3)
    )
    for h in (source, old, renewed):
        s3.age(bucket, h, 2)
    evidence.put(io.BytesIO(PDF + b"ban nhap 1\n"))  # the same bytes again: young again
    result = s3_shell("storage", "collect", "--grace-hours", "1")
    assert result.exit_code == 0 and "Đã thu dọn 1 tệp" in result.stdout
    assert set(s3.objects(bucket)) == {s3.key(h) for h in (source, renewed, young)}
    assert s3_shell("storage", "collect", "--grace-hours", "1").stdout.startswith("Đã thu dọn 0")


def test_the_local_folder_never_imports_s3fs(tmp_path: Path) -> None:
    code = (
        "import io, sys\n"
        "from directives.settings import Settings\n"
        "from directives.workspace import load_workspace\n"
        "ws = load_workspace(Settings())\n"
        "stored = ws.evidence.put(io.BytesIO(b'%PDF-1.4\\nx\\n%%EOF\\n'))\n"
        "assert ws.evidence.local_path(stored.sha256).is_file()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('s3fs', 'aiobotocore')))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIRECTIVES_")}
    env["DIRECTIVES_HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
