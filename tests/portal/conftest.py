"""Portal fixtures: the seeded directive, the app (in-process or on loopback), sign-in."""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import func, select

from directives import store
from directives.db import AuditEvent, Evidence, Notification
from directives.intake import IngestResult
from directives.portal.app import create_app
from directives.portal.auth import make_login_token
from directives.runtime import Runtime
from directives.settings import Settings
from tests.core.conftest import rt, seed, upload

__all__ = ["rt", "seed", "upload"]  # the core's fixtures, shared

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')

# People of config/org.yaml the tests act as.
DIRECTOR = "nguyen-van-an"
BGD_ASSIGNEE = "do-thi-hoa"  # Ban Giám đốc Sở: actions 1, 4, 5, 6 of the seed
VP_ASSIGNEE = "ngo-van-cuong"  # Văn phòng Sở: actions 2, 3
VP_HEAD = "tran-thi-binh"
INSPECTOR = "dang-van-minh"
LEADER = "huynh-thi-lan"
ADMIN = "quan-tri"


@dataclass(frozen=True)
class Seeded:
    directive_id: int
    code: str
    number: str
    actions: dict[str, str]  # action code -> lead unit

    def action_of(self, unit: str) -> str:
        return next(code for code, u in self.actions.items() if u == unit)


@pytest.fixture
def seeded(rt: Runtime, seed: IngestResult) -> Seeded:
    """The seed letter 115/UBND-NCPC, parsed, stored and assigned (no flow run)."""
    with rt.sessions() as session:
        directive = store.get_directive(session, seed.directive_id)
        actions = {a.code: a.lead_unit for a in directive.actions}
    return Seeded(seed.directive_id, seed.code, seed.number, actions)


@pytest.fixture
def app(settings: Settings) -> FastAPI:
    return create_app(settings, side_effects=False)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, follow_redirects=False) as c:
        yield c


def sign_in(client: TestClient, settings: Settings, person_id: str) -> str:
    """Open a fresh login link and press its button; returns the session's CSRF token."""
    response = confirm_link(client, make_login_token(settings, person_id))
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/").text)


def confirm_link(client: TestClient, token: str) -> Response:
    """GET the link's confirmation page, then POST its form, as a person's browser does."""
    page: Response = client.get(f"/dang-nhap/{token}")
    if page.status_code != 200:
        return page
    response: Response = client.post(f"/dang-nhap/{token}", data={"csrf_token": csrf_of(page.text)})
    return response


def csrf_of(page: str) -> str:
    found = CSRF_META.search(page)
    assert found, "page has no csrf-token meta"
    return found.group(1)


def stored_files(settings: Settings) -> set[Path]:
    root = Path(settings.evidence_root)
    return {p for p in root.rglob("*") if p.is_file() and "tmp" not in p.relative_to(root).parts}


@dataclass(frozen=True)
class Snapshot:
    audit_events: int
    evidence_rows: int
    notifications: int
    states: dict[str, str]
    directive_state: str
    files: frozenset[Path]


def snapshot(rt: Runtime, seeded: Seeded) -> Snapshot:
    with rt.sessions() as session:
        directive = store.get_directive(session, seeded.directive_id)
        return Snapshot(
            audit_events=session.scalar(select(func.count(AuditEvent.id))) or 0,
            evidence_rows=session.scalar(select(func.count(Evidence.id))) or 0,
            notifications=session.scalar(select(func.count(Notification.id))) or 0,
            states={a.code: a.state for a in directive.actions},
            directive_state=directive.state,
            files=frozenset(stored_files(rt.ws.settings)),
        )


@dataclass
class LivePortal:
    url: str
    server: uvicorn.Server
    thread: threading.Thread


@contextmanager
def running_portal(settings: Settings) -> Iterator[LivePortal]:
    """The real app under uvicorn on a free loopback port, in a thread, until the block ends."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    live = settings.model_copy(update={"portal": settings.portal.model_copy(update={"port": port})})
    app = create_app(live, side_effects=False)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    ready = threading.Event()
    while not server.started and thread.is_alive():
        ready.wait(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield LivePortal(f"http://127.0.0.1:{port}", server, thread)
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


@pytest.fixture
def live_portal(settings: Settings) -> Iterator[LivePortal]:
    with running_portal(settings) as live:
        yield live
