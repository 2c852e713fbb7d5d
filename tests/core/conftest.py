"""Fixtures for the core's lifecycle tests: a runtime on a real database, the seed ingested."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest

from directives.evidence import StoredFile
from directives.intake import IngestResult, ingest_file
from directives.runtime import Runtime, build_runtime
from directives.settings import Settings
from tests.conftest import SEED

RECEIVED = date(2017, 1, 25)
NOW = datetime(2017, 2, 6, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội, a working Monday


@pytest.fixture
def rt(settings: Settings) -> Iterator[Runtime]:
    runtime = build_runtime(settings, migrate_schema=False)
    yield runtime
    runtime.engine.dispose()


@pytest.fixture
def seed(rt: Runtime) -> IngestResult:
    from directives import store

    result = ingest_file(rt, SEED, received_on=RECEIVED, start_run=False)
    with rt.sessions.begin() as session:
        store.assign_actions(session, rt.ws, result.directive_id, NOW)
    return result


@pytest.fixture
def upload(rt: Runtime) -> Callable[[bytes], StoredFile]:
    def put(content: bytes = b"%PDF-1.4\nBao cao ket qua\n%%EOF\n") -> StoredFile:
        return rt.ws.evidence.put(io.BytesIO(content))

    return put
