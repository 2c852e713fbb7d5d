"""Each flow-run process checks the schema with one read instead of running alembic."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import text

from directives.db import (
    alembic_config,
    ensure_schema,
    make_engine,
    schema_heads,
    schema_is_current,
)


def test_the_cheap_check_agrees_with_alembic_and_migrates_only_when_behind(
    tmp_path: Path,
) -> None:
    heads = set(ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads())
    assert schema_heads() == heads and len(heads) == 1
    url = f"sqlite:///{tmp_path / 'app.db'}"
    engine = make_engine(url)
    assert not schema_is_current(engine)  # a fresh file: no alembic_version yet
    ensure_schema(url, engine)
    assert schema_is_current(engine)
    ensure_schema(url, engine)  # current: nothing to do, nothing fails
    with engine.begin() as conn:  # as if a newer migration had landed since
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert not schema_is_current(engine)
    engine.dispose()
