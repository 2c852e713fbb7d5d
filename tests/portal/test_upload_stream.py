"""Uploads parsed as they stream: 20 at once on a real server lose nothing, a file spread
over many batches and odd network chunks is stored with the right hash, a file sent
before the form's CSRF token is refused before any byte is stored, the quota is asked in
a worker thread before the file's temporary copy exists."""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import store
from directives.db import Evidence
from directives.org import Person
from directives.portal.uploads import BATCH
from directives.runtime import Runtime
from directives.settings import Settings
from directives.workspace import Workspace
from tests.portal.conftest import BGD_ASSIGNEE, LivePortal, Seeded, sign_in, snapshot
from tests.portal.test_evidence_race import signed_in

UPLOADS = 20


def pdf_of(n: int, size: int) -> bytes:
    """A distinct PDF-looking body of ``size`` bytes."""
    head = f"%PDF-1.4\n% upload {n}\n".encode()
    block = hashlib.sha256(head).digest() * 64
    body = (block * (size // len(block) + 1))[: size - len(head) - 6]
    return head + body + b"\n%%EOF"


BOUNDARY = "----dinh-kem-7MA4YWxkTrZu0gW"


def multipart(*parts: tuple[str, str | None, bytes]) -> bytes:
    """A multipart body of (name, filename or None, content) parts, in this order."""
    out = b""
    for name, filename, content in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n\r\n".encode()
        out += content + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode()


def temporary_files(settings: Settings) -> list[Path]:
    tmp = Path(settings.evidence_root) / "tmp"
    return list(tmp.iterdir()) if tmp.exists() else []


def test_twenty_concurrent_uploads_lose_nothing(
    live_portal: LivePortal, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    code = seeded.action_of("bgd")
    sent = {n: pdf_of(n, BATCH + 300_000 + n * 7919) for n in range(UPLOADS)}  # > one batch
    clients = [signed_in(live_portal, settings, BGD_ASSIGNEE) for _ in range(UPLOADS)]
    barrier = threading.Barrier(UPLOADS)
    statuses: dict[int, int] = {}

    def post(n: int) -> None:
        client, csrf = clients[n]
        barrier.wait()
        response = client.post(
            f"/nhiem-vu/{code}/tai-lieu",
            data={"csrf_token": csrf, "doc_number": f"{n}/BC"},
            files={"file": (f"bao-cao-{n}.pdf", sent[n], "application/pdf")},
        )
        statuses[n] = response.status_code

    threads = [threading.Thread(target=post, args=(n,)) for n in range(UPLOADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for client, _ in clients:
        client.close()
    assert statuses == dict.fromkeys(range(UPLOADS), 303)
    with rt.sessions() as session:
        rows = {e.doc_number or "": e for e in session.scalars(select(Evidence))}
    assert sorted(rows) == sorted(f"{n}/BC" for n in range(UPLOADS))
    for n, content in sent.items():
        row = rows[f"{n}/BC"]
        assert (row.sha256, row.size) == (hashlib.sha256(content).hexdigest(), len(content))
        assert row.original_name == f"bao-cao-{n}.pdf"  # nothing mixed between uploads
        assert rt.ws.evidence.check(row.sha256) is None  # stored whole, under its hash
    assert temporary_files(settings) == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_file_in_odd_chunks_across_batches_is_stored_whole(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    code = seeded.action_of("bgd")
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    content = pdf_of(99, 3 * BATCH + 12345)
    body = multipart(("csrf_token", None, csrf.encode()), ("file", "lon.pdf", content))

    def chunks() -> Iterator[bytes]:  # sizes that cut the boundary and the batches anywhere
        at, step = 0, 1
        while at < len(body):
            yield body[at : at + step]
            at += step
            step = step * 7 % 300_007 + 13

    response = client.post(
        f"/nhiem-vu/{code}/tai-lieu",
        content=chunks(),
        headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
    )
    assert response.status_code == 303, response.text
    with rt.sessions() as session:
        (row,) = session.scalars(select(Evidence))
    assert row.sha256 == hashlib.sha256(content).hexdigest() and row.size == len(content)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_file_before_the_csrf_token_is_refused_before_it_is_stored(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    code = seeded.action_of("bgd")
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    before = snapshot(rt, seeded)
    body = multipart(("file", "bao-cao.pdf", pdf_of(1, 5000)), ("csrf_token", None, csrf.encode()))
    response = client.post(
        f"/nhiem-vu/{code}/tai-lieu",
        content=body,
        headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
    )
    assert response.status_code == 403
    assert "Mã bảo vệ biểu mẫu không hợp lệ" in response.text
    assert snapshot(rt, seeded) == before
    assert temporary_files(settings) == []


def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_quota_is_asked_off_the_event_loop_before_the_file_is_opened(
    client: TestClient,
    settings: Settings,
    seeded: Seeded,
    rt: Runtime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code = seeded.action_of("bgd")
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    asked: list[tuple[bool, int]] = []  # (on the event loop?, temporary files meanwhile)
    check = store.check_upload_quota

    def recording(session: Session, ws: Workspace, actor: Person, size: int) -> None:
        asked.append((_on_event_loop(), len(temporary_files(settings))))
        check(session, ws, actor, size)

    monkeypatch.setattr(store, "check_upload_quota", recording)
    content = pdf_of(7, BATCH + 4321)
    response = client.post(
        f"/nhiem-vu/{code}/tai-lieu",
        data={"csrf_token": csrf},
        files={"file": ("bao-cao.pdf", content, "application/pdf")},
    )
    assert response.status_code == 303, response.text
    assert asked and asked[0] == (False, 0)  # the portal's check: in a thread, nothing opened
    assert all(not on_loop for on_loop, _ in asked)
    with rt.sessions() as session:
        (row,) = session.scalars(select(Evidence))
    assert row.sha256 == hashlib.sha256(content).hexdigest()
