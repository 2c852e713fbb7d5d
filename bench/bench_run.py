"""What a directive's run costs against what Prefect itself costs.

On one embedded stack (one Prefect server, one ``serve()`` process), N
directives go from ingest to Suspended (actions assigned, reminders planned,
notices queued and sent), next to N runs of a bare deployment flow with the
same four tasks, the same persisted results and the same suspend
(``bench/bare_flow.py``), served by the same ``serve()``. Rounds interleave
(product first, then bare first, ...) so load on the shared machine hits both.

For each batch: wall time from the first start to the last Suspended, per run;
and the CPU of the serve process with its flow-run processes (its reaped children,
from /proc) plus the portal's, per run: the stack's runs ask the portal for their
steps (``directives.run_steps``), so the work done there is counted with the run
(shown apart too); the bare side is measured the same way. The product's ingest
(parse, store, start) is timed in this process and shown apart. Ratios are
product / bare. ``--steps-in-run`` runs without the portal, each run doing its
steps in its own process (the design before; for comparison).

Usage: .venv/bin/python bench/bench_run.py [--directives N] [--rounds R] [--postgres]
           [--steps-in-run]
       .venv/bin/python bench/bench_run.py --pool [--directives N] [--rounds R]
       (the work pool set-up, one and two workers: see ``bench/pool_run.py``)
Writes bench/RESULTS-run.md (appends the run).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

if TYPE_CHECKING:
    from directives.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "examples" / "115-UBND-NCPC.txt"
BARE_DEPLOYMENT = "bare-lifecycle/bare-lifecycle"
PG_ADMIN = os.environ.get(
    "DIRECTIVES_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def serve_with_bare() -> None:
    """The serve process of the benchmark: the product's deployments and the bare one."""
    from bare_flow import bare_lifecycle
    from prefect.deployments.runner import RunnerDeployment

    from flows.serve import main

    bare = bare_lifecycle.to_deployment(name="bare-lifecycle")
    assert isinstance(bare, RunnerDeployment)
    main(bare)


def cpu_of_tree(pid: int) -> float:
    """CPU seconds of ``pid`` and its reaped children (utime, stime, cutime, cstime)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(x) for x in fields[11:15])
    return float(ticks) / float(os.sysconf("SC_CLK_TCK"))


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.extend(int(c) for c in (task / "children").read_text().split())
    return found


def wait_children_gone(pid: int, timeout: float = 300) -> None:
    """The flow-run processes outlive Suspended for a moment (they flush and exit); their
    CPU reaches the parent's counters only once reaped, so wait for that."""
    deadline = time.monotonic() + timeout
    while children(pid) and time.monotonic() < deadline:
        time.sleep(0.2)


@dataclass
class Batch:
    kind: str
    wall: float
    cpu: float  # the flow-run processes and the serve process, plus the portal's share
    ingest_cpu: float = 0.0
    portal_cpu: float = 0.0  # the portal's share of ``cpu``: the run's steps done there


@dataclass
class Results:
    n: int
    batches: list[Batch] = field(default_factory=list)

    def per_run(self, kind: str, attr: str) -> float:
        values = [float(getattr(b, attr)) / self.n for b in self.batches if b.kind == kind]
        return statistics.median(values)


def compile_sources() -> None:
    """Both sides' modules byte-compiled before the runs, as an installed or once-run
    checkout has them: with ``PYTHONDONTWRITEBYTECODE`` set (as on this machine) every
    flow-run process compiled the product's fifty modules from source again (about 0.05
    CPU-s per run) while the bare flow's one small module cost nothing. ``compileall``
    writes the ``__pycache__`` files whatever the variable says; Python reads them."""
    import compileall

    for folder in ("directives", "flows", "tasks", "bench"):
        compileall.compile_dir(ROOT / folder, quiet=1)


@contextmanager
def environment(postgres: bool) -> Iterator[Path]:
    from directives.db import scratch_database
    from directives.local.stack import free_port

    with ExitStack() as stack:
        home = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-run-")))
        env = {
            "DIRECTIVES_HOME": str(home / "state"),
            "DIRECTIVES_PREFECT__PORT": str(free_port("127.0.0.1")),
            "DIRECTIVES_PORTAL__PORT": str(free_port("127.0.0.1")),
            "DIRECTIVES_SMTP__PORT": str(free_port("127.0.0.1")),
            "DIRECTIVES_PREFECT__RECOVER_ON_START": "false",
            **office_hours(home),
        }
        if postgres:
            env["DIRECTIVES_DATABASE_URL"] = stack.enter_context(
                scratch_database(PG_ADMIN, "bench_run_app")
            )
            env["DIRECTIVES_PREFECT__DATABASE_URL"] = stack.enter_context(
                scratch_database(PG_ADMIN, "bench_run_prefect")
            )
        os.environ.update(env)
        yield home


def office_hours(home: Path) -> dict[str, str]:
    """The shipped config with the time zone (the workflow's and the reminder policy's)
    moved to one where it is now office hours on a working day: a run assigns and sends
    its notices at once whenever the benchmark runs (in Vietnam's night it would only
    queue them)."""
    import shutil
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from directives.calendar import load_calendar
    from directives.settings import Settings

    shipped = Settings().config_dir
    config = home / "config"
    shutil.copytree(shipped, config)
    calendar = load_calendar(config / "calendar.yaml")
    now = datetime.now(UTC)
    for hours in sorted(range(-12, 15), key=lambda h: abs((now.hour + h) % 24 - 11)):
        local = now + timedelta(hours=hours)
        if 9 <= local.hour < 18 and calendar.is_working_day(local.date()):
            zone = f"Etc/GMT{-hours:+d}" if hours else "Etc/UTC"  # Etc/GMT-7 is UTC+7
            ZoneInfo(zone)
            path = config / "reminders.yaml"
            text = path.read_text(encoding="utf-8")
            text = re.sub(r"(?m)^timezone:.*$", f"timezone: {zone}", text)
            path.write_text(text, encoding="utf-8")
            return {"DIRECTIVES_CONFIG_DIR": str(config), "DIRECTIVES_WORKFLOW__TIMEZONE": zone}
    raise RuntimeError("no time zone is in office hours on a working day now")


def wait_suspended(ids: list[str], timeout: float = 1800) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    wanted = [UUID(i) for i in ids]
    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            runs = client.read_flow_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=wanted)), limit=len(ids)
            )
            names = [r.state.name if r.state else "" for r in runs]
            bad = [n for n in names if n in {"Failed", "Crashed", "Cancelled"}]
            if bad:
                raise RuntimeError(f"runs ended {bad}")
            if names.count("Suspended") == len(ids):
                return
            time.sleep(0.5)
    raise TimeoutError("runs did not reach Suspended")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--directives", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--pool", action="store_true", help="the work pool set-up (pool_run.py)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--steps-in-run",
        action="store_true",
        help="each run does its steps in its own process (no portal), as before issue 12's "
        "third round",
    )
    args = parser.parse_args()
    if args.pool:
        from pool_run import pool_environment, report_pool, run_pool

        with pool_environment():
            report_pool(run_pool(args.directives, args.rounds), args.directives, args.rounds)
        return 0
    if args.serve:
        serve_with_bare()
        return 0
    compile_sources()
    with environment(args.postgres):
        results = run(args.directives, args.rounds, steps_in_portal=not args.steps_in_run)
    report(results, args)
    return 0


def run(n: int, rounds: int, *, steps_in_portal: bool = True) -> Results:
    from prefect.client.schemas.objects import FlowRun
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_AUTH_STRING, PREFECT_API_URL, temporary_settings

    from directives.intake import ingest_bytes
    from directives.local.stack import start_stack, stop_pid, wait_until
    from directives.runtime import build_runtime
    from directives.settings import Settings

    settings = Settings()
    rt = build_runtime(settings)
    stack = start_stack(settings, with_portal=steps_in_portal)
    results = Results(n)
    seed = SEED.read_bytes()
    serial = iter(range(1, 10**6))
    try:
        serve = stack.processes["serve"]
        stop_pid(serve.pid)
        serve.wait(timeout=30)
        serve = stack._spawn(
            "serve", [sys.executable, str(Path(__file__)), "--serve"], stack.extra_env["serve"]
        )
        portal = stack.processes.get("portal")

        def cpu() -> tuple[float, float]:
            """The serve tree's CPU and the portal's (where the runs' steps are done)."""
            return cpu_of_tree(serve.pid), cpu_of_tree(portal.pid) if portal else 0.0

        api = {
            PREFECT_API_URL: settings.prefect.api_url,
            PREFECT_API_AUTH_STRING: settings.prefect_auth_string(),
        }
        with temporary_settings(updates=api):
            wait_until(_deployed(settings), 120, "the bare deployment")

            def product() -> tuple[list[str], float]:
                started = time.process_time()
                ids = []
                for _ in range(n):
                    i = next(serial)
                    # the same letter under a number of its own (a number is ingested once)
                    data = seed.replace(b"115 /UBND-NCPC", f"{1000 + i} /UBND-NCPC".encode())
                    today = rt.ws.local_date(datetime.now(UTC))
                    result = ingest_bytes(rt, data, f"cv-{i}.txt", received_on=today)
                    assert result.flow_run_id
                    ids.append(result.flow_run_id)
                return ids, time.process_time() - started

            def bare() -> tuple[list[str], float]:
                ids = []
                for _ in range(n):
                    i = next(serial)
                    flow_run = run_deployment(
                        BARE_DEPLOYMENT,
                        parameters={"directive_id": i, "number": f"{i}/BENCH"},
                        timeout=0,
                    )
                    assert isinstance(flow_run, FlowRun)
                    ids.append(str(flow_run.id))
                return ids, 0.0

            kinds: dict[str, Callable[[], tuple[list[str], float]]] = {
                "product": product,
                "bare": bare,
            }
            # one warm-up batch of each, not counted (first imports, page cache)
            for kind in ("product", "bare"):
                ids, _ = kinds[kind]()
                wait_suspended(ids)
            wait_children_gone(serve.pid)
            for r in range(rounds):
                for kind in ("product", "bare") if r % 2 == 0 else ("bare", "product"):
                    (serve0, portal0), t0 = cpu(), time.monotonic()
                    ids, ingest_cpu = kinds[kind]()
                    wait_suspended(ids)
                    wall = time.monotonic() - t0
                    wait_children_gone(serve.pid)
                    serve1, portal1 = cpu()
                    in_portal = portal1 - portal0
                    spent = serve1 - serve0 + in_portal
                    batch = Batch(kind, wall, spent, ingest_cpu, in_portal)
                    results.batches.append(batch)
                    print(
                        f"round {r + 1} {kind:8s} {batch.wall / n:6.2f} s/run wall, "
                        f"{batch.cpu / n:5.2f} CPU-s/run (portal {in_portal / n:4.2f})"
                        + (f", ingest {batch.ingest_cpu / n:5.2f} CPU-s" if ingest_cpu else ""),
                        flush=True,
                    )
    finally:
        stack.stop()
        rt.engine.dispose()
    return results


def _deployed(settings: Settings) -> Callable[[], bool]:
    import httpx

    from directives.local.stack import prefect_auth

    def check() -> bool:
        url = f"{settings.prefect.api_url}/deployments/name/{BARE_DEPLOYMENT}"
        return httpx.get(url, auth=prefect_auth(settings), timeout=5).status_code == 200

    return check


def report(results: Results, args: argparse.Namespace) -> None:
    backend = "PostgreSQL (app and Prefect server)" if args.postgres else "SQLite (embedded)"
    where = "each run's own process" if args.steps_in_run else "the portal"
    backend += f", steps in {where}"
    lines = [
        f"\n## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {backend}, "
        f"{args.directives} directives x {args.rounds} rounds, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
        f"Python {platform.python_version()}\n",
        "| per run (median of rounds) | product | bare | ratio |",
        "| --- | --- | --- | --- |",
    ]
    for label, attr in (
        ("wall, start to Suspended", "wall"),
        ("CPU: flow run, serve and the portal", "cpu"),
    ):
        p, b = results.per_run("product", attr), results.per_run("bare", attr)
        lines.append(f"| {label} | {p:.2f} s | {b:.2f} s | {p / b:.2f}x |")
    share = results.per_run("product", "portal_cpu"), results.per_run("bare", "portal_cpu")
    lines.append(f"| of which in the portal | {share[0]:.2f} s | {share[1]:.2f} s | |")
    ingest = results.per_run("product", "ingest_cpu")
    lines.append(f"| ingest in the caller (parse, store, start) | {ingest:.2f} CPU-s | | |")
    text = "\n".join(lines) + "\n"
    print(text)
    out = ROOT / "bench" / "RESULTS-run.md"
    if not out.exists():
        out.write_text("# Run benchmark: a directive's run against a bare Prefect flow\n")
    with out.open("a") as fh:
        fh.write(text)


if __name__ == "__main__":
    raise SystemExit(main())
