"""The work pool settings: what the stack's processes get, and a zombie window that would
crash live runs is refused when the settings are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from directives.local.stack import prefect_env
from directives.settings import Settings


def test_with_a_work_pool_runs_beat_and_workers_poll_like_serve(tmp_path: Path) -> None:
    alone = prefect_env(Settings(home=tmp_path))
    pooled = prefect_env(
        Settings(home=tmp_path, prefect={"work_pool": "directives", "heartbeat_seconds": 45})
    )
    assert "PREFECT_FLOWS_HEARTBEAT_FREQUENCY" not in alone
    assert pooled["PREFECT_FLOWS_HEARTBEAT_FREQUENCY"] == "45"
    assert pooled["PREFECT_WORKER_QUERY_SECONDS"] == pooled["PREFECT_RUNNER_POLL_FREQUENCY"]


@pytest.mark.parametrize(("heartbeat", "zombie_after"), [(60, 60), (120, 90), (20, 90), (30, 30)])
def test_a_zombie_window_not_longer_than_a_heartbeat_is_refused(
    tmp_path: Path, heartbeat: int, zombie_after: int
) -> None:
    with pytest.raises(ValidationError, match=r"heartbeat|greater than or equal"):
        Settings(
            home=tmp_path,
            prefect={"heartbeat_seconds": heartbeat, "zombie_after_seconds": zombie_after},
        )
    assert Settings(home=tmp_path).prefect.zombie_after_seconds == 90
