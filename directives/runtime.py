"""One process-wide workspace and session factory, built from the settings."""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from directives.audit import AuditSeal
from directives.db import ensure_schema, make_engine, session_factory
from directives.settings import Settings, get_settings
from directives.workspace import Workspace, load_workspace


@dataclass(frozen=True)
class Runtime:
    ws: Workspace
    engine: Engine
    sessions: sessionmaker[Session]


def build_runtime(settings: Settings, *, migrate_schema: bool = True) -> Runtime:
    settings.state_dir()  # created private before anything is written into it
    _create_private(settings.db_url)
    engine = make_engine(settings.db_url)
    if migrate_schema:
        ensure_schema(settings.db_url, engine)
    sessions = session_factory(engine, info=AuditSeal.from_settings(settings).session_info())
    return Runtime(ws=load_workspace(settings), engine=engine, sessions=sessions)


def _create_private(url: str) -> None:
    """A new SQLite database file, 0600 (its -wal and -shm files get the same mode).
    Never opens an existing one: closing any descriptor of it drops this process's
    SQLite locks on it."""
    path = url.split("///", 1)[-1] if url.startswith("sqlite") else ""
    if path and path != ":memory:" and not os.path.exists(path):
        Path(path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


@lru_cache(maxsize=1)
def runtime() -> Runtime:
    """The runtime of this process, from the environment's settings (migrated once)."""
    return build_runtime(get_settings())
