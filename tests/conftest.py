"""Shared fixtures: real SQLite and PostgreSQL databases, the org directory, settings.

PostgreSQL tests run against the server on 127.0.0.1:5432 (trust auth). Where
it cannot be reached they skip with the reason, except under CI=true, where
they fail: CI must run them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

import directives.access  # noqa: F401  (its tables join Base.metadata, for _truncate_all)
from directives.audit import AuditSeal
from directives.calendar import WorkingCalendar
from directives.db import Base, make_engine, migrate, scratch_database, session_factory
from directives.org import OrgDirectory, load_org
from directives.runtime import Runtime, build_runtime
from directives.settings import DEFAULT_CONFIG_DIR, Settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = PROJECT_ROOT / "examples"
SEED = EXAMPLES / "115-UBND-NCPC.txt"
PG_ADMIN_URL = os.environ.get(
    "DIRECTIVES_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _postgres_or_skip() -> None:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
    except Exception as exc:  # the server is absent: say why
        if os.environ.get("CI") == "true":
            raise RuntimeError(f"CI needs PostgreSQL at {PG_ADMIN_URL}: {exc}") from exc
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc}")


@contextmanager
def opened_runtime(settings: Settings, *, migrate_schema: bool = False) -> Iterator[Runtime]:
    """The product's runtime over ``settings`` for a test's own reads and writes; its
    connections are closed on exit, so a portal or CLI started after it has the database."""
    rt = build_runtime(settings, migrate_schema=migrate_schema)
    try:
        yield rt
    finally:
        rt.engine.dispose()


@contextmanager
def fresh_pg_database(prefix: str = "directives_test") -> Iterator[str]:
    """A new, empty PostgreSQL database on the test server, dropped on exit."""
    _postgres_or_skip()
    with scratch_database(PG_ADMIN_URL, prefix) as url:
        yield url


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test session, dropped after."""
    with fresh_pg_database() as url:
        migrate(url)
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    migrate(f"sqlite:///{path}")
    return path


def _truncate_all(engine: Engine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """A migrated, empty database: a fresh SQLite file, or the session's PostgreSQL one emptied."""
    if request.param == "sqlite":
        path = tmp_path / "directives.db"
        shutil.copyfile(sqlite_template, path)
        yield f"sqlite:///{path}"
        return
    url: str = request.getfixturevalue("pg_database_url")
    engine = make_engine(url)
    _truncate_all(engine)
    engine.dispose()
    yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def sessions(engine: Engine, settings: Settings) -> sessionmaker[Session]:
    return session_factory(engine, info=AuditSeal.from_settings(settings).session_info())


@pytest.fixture(scope="session")
def org() -> OrgDirectory:
    return load_org(DEFAULT_CONFIG_DIR / "org.yaml")


@pytest.fixture(scope="session")
def calendar() -> WorkingCalendar:
    from directives.calendar import load_calendar

    return load_calendar(DEFAULT_CONFIG_DIR / "calendar.yaml")


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(home=tmp_path / "home", database_url=db_url)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The end-to-end stack modules first: they mostly wait on their processes, so under
    pytest-xdist (`make test` runs one worker per CPU) the quick tests fill the other
    workers meanwhile instead of the slow ones starting last and running alone."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
