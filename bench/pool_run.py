"""``bench_run.py --pool``: directives per minute on the scale-out set-up of README "Past one
machine", with one and with two workers.

The app database and the Prefect server on fresh PostgreSQL databases; the stack
with ``DIRECTIVES_PREFECT__WORK_POOL=directives`` (its serve process is the first
``prefect worker start``); the deployments of ``config/prefect.yaml`` registered with
``prefect deploy``. Each batch ingests N copies of the seed directive (each under a
number of its own) and times the first ingest to the last run Suspended; batches
with a second ``prefect worker start`` (started before, stopped after) interleave
with batches without it. On one machine both workers share its cores: the figure
shows what a second worker costs or gains there, not what a second host would add.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from pathlib import Path

from bench_run import PG_ADMIN, ROOT, SEED, wait_suspended

POOL = "directives"  # the pool config/prefect.yaml names
PREFECT = [sys.executable, "-m", "prefect"]


@contextmanager
def pool_environment() -> Iterator[None]:
    from directives.db import scratch_database
    from directives.local.stack import free_port

    with ExitStack() as stack:
        home = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-pool-")))
        os.environ.update(
            {
                "DIRECTIVES_HOME": str(home / "state"),
                "DIRECTIVES_PREFECT__PORT": str(free_port("127.0.0.1")),
                "DIRECTIVES_PORTAL__PORT": str(free_port("127.0.0.1")),
                "DIRECTIVES_SMTP__PORT": str(free_port("127.0.0.1")),
                "DIRECTIVES_PREFECT__WORK_POOL": POOL,
                "DIRECTIVES_PREFECT__RECOVER_ON_START": "false",
                "DIRECTIVES_PROJECT_DIR": str(ROOT),
                "DIRECTIVES_DATABASE_URL": stack.enter_context(
                    scratch_database(PG_ADMIN, "bench_pool_app")
                ),
                "DIRECTIVES_PREFECT__DATABASE_URL": stack.enter_context(
                    scratch_database(PG_ADMIN, "bench_pool_prefect")
                ),
            }
        )
        yield


def run_pool(n: int, rounds: int) -> dict[int, list[float]]:
    """Directives per minute to Suspended, per batch, by number of workers."""
    from prefect.settings import PREFECT_API_AUTH_STRING, PREFECT_API_URL, temporary_settings

    from directives.intake import ingest_bytes
    from directives.local.stack import start_stack, stop_pid, wait_until
    from directives.orchestration import LIFECYCLE_DEPLOYMENT
    from directives.runtime import build_runtime
    from directives.settings import Settings

    settings = Settings()
    rt = build_runtime(settings)
    stack = start_stack(settings, with_portal=False)
    seed = SEED.read_bytes()
    numbers = iter(range(5000, 10**6))
    per_minute: dict[int, list[float]] = {1: [], 2: []}
    worker_log = stack.log_dir / "worker-2.log"

    def batch() -> float:
        started = time.monotonic()
        ids = []
        for number in (next(numbers) for _ in range(n)):
            data = seed.replace(b"115 /UBND-NCPC", f"{number} /UBND-NCPC".encode())
            today = rt.ws.local_date(datetime.now(UTC))
            ids.append(str(ingest_bytes(rt, data, f"{number}.txt", received_on=today).flow_run_id))
        wait_suspended(ids)
        return n / (time.monotonic() - started) * 60

    def workers_started() -> int:
        return worker_log.read_text().count("started!") if worker_log.exists() else 0

    def start_second_worker() -> None:
        before = workers_started()
        stack._spawn("worker-2", [*PREFECT, "worker", "start", "--pool", POOL])
        wait_until(lambda: workers_started() > before, 120, "the second worker")

    auth = {PREFECT_API_AUTH_STRING: settings.prefect_auth_string()}
    try:
        with temporary_settings(updates={PREFECT_API_URL: settings.prefect.api_url, **auth}):
            deploy(stack.env)
            wait_until(lambda: _deployed(LIFECYCLE_DEPLOYMENT), 120, "the deployments")
            batch()  # warm-up, not counted (first imports, page cache, the pool's first poll)
            for r in range(rounds):
                for workers in (1, 2) if r % 2 == 0 else (2, 1):
                    if workers == 2:
                        start_second_worker()
                    per_minute[workers].append(batch())
                    print(
                        f"round {r + 1}, {workers} worker(s): "
                        f"{per_minute[workers][-1]:.1f} directives/min",
                        flush=True,
                    )
                    if workers == 2:
                        stop_pid(stack.processes.pop("worker-2").pid)
    finally:
        stack.stop()
        rt.engine.dispose()
    return per_minute


def deploy(env: dict[str, str]) -> None:
    """The README's step: ``prefect deploy --all --prefect-file config/prefect.yaml``, once
    the stack's worker has made the pool."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    from directives.local.stack import wait_until

    def pool_made() -> bool:
        try:
            with get_client(sync_client=True) as client:
                return client.read_work_pool(POOL) is not None
        except ObjectNotFound:
            return False

    wait_until(pool_made, 120, f"the work pool {POOL!r}")
    command = [*PREFECT, "deploy", "--all", "--prefect-file", "config/prefect.yaml"]
    subprocess.run(command, env=env, cwd=ROOT, check=True, timeout=300, capture_output=True)


def _deployed(name: str) -> bool:
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    try:
        with get_client(sync_client=True) as client:
            client.read_deployment_by_name(name)
    except ObjectNotFound:
        return False
    return True


def report_pool(per_minute: dict[int, list[float]], n: int, rounds: int) -> None:
    lines = [
        f"\n## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, work pool (PostgreSQL, process workers), "
        f"{n} directives x {rounds} rounds, {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.1f}, Python {platform.python_version()}\n",
        "| workers | directives per minute to Suspended (median) | batches |",
        "| --- | --- | --- |",
    ]
    for workers, figures in sorted(per_minute.items()):
        batches = ", ".join(f"{f:.1f}" for f in figures)
        lines.append(f"| {workers} | {statistics.median(figures):.1f} | {batches} |")
    text = "\n".join(lines) + "\n"
    print(text)
    with (ROOT / "bench" / "RESULTS-run.md").open("a") as fh:
        fh.write(text)
