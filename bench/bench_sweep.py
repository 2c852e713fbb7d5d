"""Benchmark the reminder sweep on SQLite and PostgreSQL.

100,000 open actions with their reminder rows (about ten each); two cases:

- empty: a sweep at a sending moment when nothing is due;
- 1,000 due: a sweep that finds 1,000 due reminders for 1,000 different people
  and queues one digest each (two outbox rows: email and Zalo).

Each is reported next to the bare indexed SQL query that makes the same
selection, timed in the same run, and as a ratio to it. The 1,000-due sweep runs
in a transaction that is rolled back, so every repeat sees the same rows.

Usage: .venv/bin/python bench/bench_sweep.py [--actions N] [--due N] [--only sqlite|postgresql]
PostgreSQL: a scratch database on DIRECTIVES_BENCH_PG_URL (default
postgresql+psycopg://postgres@127.0.0.1:5432/postgres), dropped afterwards.
Writes bench/RESULTS-sweep.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, insert, text, update

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from directives.calendar import WorkingCalendar, load_calendar  # noqa: E402
from directives.db import (  # noqa: E402
    Action,
    Directive,
    Reminder,
    make_engine,
    migrate,
    scratch_database,
    session_factory,
)
from directives.org import OrgDirectory  # noqa: E402
from directives.reminders import ReminderPolicy, load_policy, sweep  # noqa: E402
from directives.settings import DEFAULT_CONFIG_DIR, Settings  # noqa: E402

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_T = TypeVar("_T")
ACTIONS_PER_DIRECTIVE = 100
UNITS = 300
PEOPLE_PER_UNIT = 4
BARE_SQL = (
    "SELECT id, action_id, recipient_id, kind, due_on, send_at FROM reminders "
    "WHERE status = 'scheduled' AND send_at <= :now"
)
KINDS = (
    "before_7",
    "before_3",
    "before_1",
    "due_today",
    "overdue",
    "overdue",
    "escalate_unit_head",
    "escalate_director",
    "escalate_inspection_team",
)


def synthetic_org() -> OrgDirectory:
    units: list[dict[str, Any]] = [{"id": "bgd", "name": "Ban Giám đốc Sở", "head": "director"}]
    people: list[dict[str, Any]] = [
        {"id": "director", "name": "Giám đốc", "unit": "bgd", "roles": ["director", "unit_head"]},
        {
            "id": "leader",
            "name": "Trưởng đoàn",
            "unit": "bgd",
            "roles": ["team_leader", "inspector"],
        },
    ]
    for u in range(UNITS):
        unit_id = f"u{u}"
        units.append({"id": unit_id, "name": f"Phòng số {u}", "head": f"p{u}-0"})
        for p in range(PEOPLE_PER_UNIT):
            people.append(
                {
                    "id": f"p{u}-{p}",
                    "name": f"Chuyên viên {u}-{p}",
                    "title": "Chuyên viên",
                    "unit": unit_id,
                    "roles": ["assignee", "unit_head"] if p == 0 else ["assignee"],
                    "email": f"p{u}-{p}@example.org",
                    "zalo_user_id": f"70{u:05d}{p:04d}",
                }
            )
    return OrgDirectory.model_validate(
        {
            "organization": {
                "id": "bench",
                "name": "Sở thử nghiệm",
                "short_name": "Sở",
                "addressee_unit": "bgd",
            },
            "units": units,
            "people": people,
        }
    )


def local(day: date, hour: int = 8) -> datetime:
    return datetime.combine(day, dtime(hour), tzinfo=TZ).astimezone(UTC)


def load(engine: Engine, calendar: WorkingCalendar, n_actions: int, today: date) -> int:
    """Directives, open actions and their future reminder rows; returns the reminder count."""
    people_ids = [f"p{u}-{p}" for u in range(UNITS) for p in range(PEOPLE_PER_UNIT)]
    assigned_on = calendar.subtract_working_days(today, 20)
    rows = 0
    with engine.begin() as conn:
        n_dir = (n_actions + ACTIONS_PER_DIRECTIVE - 1) // ACTIONS_PER_DIRECTIVE
        conn.execute(
            insert(Directive),
            [
                {
                    "code": f"D{d}",
                    "number": f"{d}/UBND-BENCH",
                    "issued_on": assigned_on,
                    "received_on": assigned_on,
                    "source_name": f"{d}.txt",
                    "source_sha256": f"{d:064d}",
                    "parsed": {},
                    "state": "active",
                    "signoff_round": 1,
                    "created_at": local(assigned_on),
                }
                for d in range(n_dir)
            ],
        )
        dir_ids = [r[0] for r in conn.execute(text("SELECT id FROM directives ORDER BY id"))]
        batch: list[dict[str, Any]] = []
        for a in range(n_actions):
            unit = a % UNITS
            deadline = calendar.add_working_days(today, 10 + a % 40)  # all ahead of today
            batch.append(
                {
                    "directive_id": dir_ids[a // ACTIONS_PER_DIRECTIVE],
                    "seq": a % ACTIONS_PER_DIRECTIVE + 1,
                    "code": f"A{a}",
                    "text": f"Nhiệm vụ thử nghiệm số {a}: tổ chức thực hiện và báo cáo kết quả.",
                    "lead_unit": f"u{unit}",
                    "coordinating_units": [],
                    "deadline_kind": "default",
                    "original_deadline": deadline,
                    "effective_deadline": deadline,
                    "state": "in_progress",
                    "assigned_at": local(assigned_on, 9),
                    "version": 1,
                }
            )
            if len(batch) == 10_000:
                conn.execute(insert(Action), batch)
                batch.clear()
        if batch:
            conn.execute(insert(Action), batch)
        actions = conn.execute(
            text("SELECT id, lead_unit, effective_deadline FROM actions ORDER BY id")
        ).all()
        reminders: list[dict[str, Any]] = []
        for action_id, unit_id, deadline in actions:
            if isinstance(deadline, str):
                deadline = date.fromisoformat(deadline)
            person = f"{unit_id.replace('u', 'p', 1)}-{(action_id // UNITS) % PEOPLE_PER_UNIT}"
            reminders.append(
                {
                    "action_id": action_id,
                    "recipient_id": person,
                    "kind": "assigned",
                    "due_on": assigned_on,
                    "send_at": local(assigned_on, 9),
                    "status": "sent",
                    "created_at": local(assigned_on, 9),
                    "done_at": local(assigned_on, 9),
                }
            )
            for i, kind in enumerate(KINDS):
                due = deadline + timedelta(days=2 * i - 9)  # spread; all after today
                reminders.append(
                    {
                        "action_id": action_id,
                        "recipient_id": person,
                        "kind": kind,
                        "due_on": due,
                        "send_at": local(due),
                        "status": "scheduled",
                        "created_at": local(assigned_on, 9),
                        "done_at": None,
                    }
                )
            if len(reminders) >= 50_000:
                conn.execute(insert(Reminder), reminders)
                rows += len(reminders)
                reminders.clear()
        if reminders:
            conn.execute(insert(Reminder), reminders)
            rows += len(reminders)
        assert len(people_ids) >= 1000
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return rows


def make_due(engine: Engine, now: datetime, n_due: int) -> None:
    """Move ``n_due`` scheduled rows of ``n_due`` different people to ``now``."""
    with engine.begin() as conn:
        picked = conn.execute(
            text(
                "SELECT MIN(id) FROM reminders WHERE status = 'scheduled' "
                "GROUP BY recipient_id ORDER BY 1 LIMIT :n"
            ),
            {"n": n_due},
        ).all()
        ids = [r[0] for r in picked]
        assert len(ids) == n_due, f"only {len(ids)} recipients"
        for start in range(0, len(ids), 500):
            conn.execute(
                update(Reminder)
                .where(Reminder.id.in_(ids[start : start + 500]))
                .values(send_at=now - timedelta(minutes=5))
            )
        conn.execute(text("ANALYZE"))


def timed(fn: Callable[[], _T], repeats: int) -> tuple[float, _T]:
    out = fn()  # warm up: caches, prepared plans, template compilation
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


@dataclass
class Figures:
    backend: str
    reminders: int
    bare_empty: float
    sweep_empty: float
    bare_due: float
    sweep_due: float
    due_found: int
    messages: int
    plan: str


def bench_backend(
    backend: str,
    url: str,
    n_actions: int,
    n_due: int,
    calendar: WorkingCalendar,
    policy: ReminderPolicy,
) -> Figures:
    migrate(url)
    engine = make_engine(url)
    org = synthetic_org()
    settings = Settings(database_url=url)
    today = calendar.roll_forward(date(2026, 12, 1))
    now = local(today, 9)
    print(f"[{backend}] loading {n_actions:,} actions ...", flush=True)
    started = time.perf_counter()
    n_rows = load(engine, calendar, n_actions, today)
    print(f"[{backend}] loaded {n_rows:,} reminder rows in {time.perf_counter() - started:.1f} s")
    sessions = session_factory(engine)

    def bare() -> int:
        with engine.connect() as conn:
            return len(conn.execute(text(BARE_SQL), {"now": now.replace(tzinfo=None)}).all())

    def run_sweep() -> tuple[int, int]:
        session = sessions()
        try:
            session.begin()
            result = sweep(session, now, org, policy, calendar, settings)
            return result.due, result.notifications
        finally:
            session.rollback()
            session.close()

    explain = "EXPLAIN QUERY PLAN " if backend == "sqlite" else "EXPLAIN "
    with engine.connect() as conn:
        plan = conn.execute(text(explain + BARE_SQL), {"now": now.replace(tzinfo=None)}).all()
    plan_text = " / ".join(str(row[-1]) for row in plan)

    bare_empty, found = timed(bare, 15)
    assert found == 0
    sweep_empty, (due, _) = timed(run_sweep, 15)
    assert due == 0
    make_due(engine, now, n_due)
    bare_due, found = timed(bare, 7)
    assert found == n_due
    sweep_due, (due, messages) = timed(run_sweep, 5)
    assert due == n_due and messages == 2 * n_due, (due, messages)
    engine.dispose()
    return Figures(
        backend, n_rows, bare_empty, sweep_empty, bare_due, sweep_due, due, messages, plan_text
    )


@contextmanager
def sqlite_url() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        yield f"sqlite:///{tmp}/bench.db"


@contextmanager
def postgres_url() -> Iterator[str]:
    admin_url = os.environ.get(
        "DIRECTIVES_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    )
    with scratch_database(admin_url, "directives_bench") as url:
        yield url


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def report(figures: list[Figures], n_actions: int, n_due: int) -> str:
    lines = [
        "# Reminder sweep benchmark",
        "",
        f"Generated by `make bench-sweep` (`.venv/bin/python bench/bench_sweep.py`) on "
        f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}.",
        "",
        f"{n_actions:,} open actions with their reminder rows; the 1,000-due case has "
        f"{n_due:,} due reminders for {n_due:,} different people, queued as one digest each "
        "(email + Zalo outbox rows), in a transaction rolled back after each repeat. "
        "Times are medians; the bare query is the same selection "
        "(`status = 'scheduled' AND send_at <= now`, index `ix_reminders_due`) "
        "run as plain SQL in the same run.",
        "",
        "| backend | reminder rows | case | bare SQL | sweep | ratio | target |",
        "| --- | ---: | --- | ---: | ---: | ---: | --- |",
    ]
    for f in figures:
        lines.append(
            f"| {f.backend} | {f.reminders:,} | nothing due | {ms(f.bare_empty)} | "
            f"{ms(f.sweep_empty)} | {f.sweep_empty / f.bare_empty:.1f}x | "
            f"< 100 ms: {'met' if f.sweep_empty < 0.1 else 'MISSED'} |"
        )
        lines.append(
            f"| {f.backend} | {f.reminders:,} | {f.due_found:,} due, {f.messages:,} outbox rows | "
            f"{ms(f.bare_due)} | {ms(f.sweep_due)} | {f.sweep_due / f.bare_due:.0f}x | "
            f"< 2 s: {'met' if f.sweep_due < 2 else 'MISSED'} |"
        )
    lines += ["", "Query plans of the bare selection:", ""]
    lines += [f"- {f.backend}: `{f.plan}`" for f in figures]
    lines += [
        "",
        "The 1,000-due ratio is large by nature: the bare query only reads 1,000 rows, "
        "the sweep also loads their actions, renders 1,000 Vietnamese digests and writes "
        "2,000 outbox rows and 1,000 status updates.",
        "",
    ]
    return "\n".join(lines)


def profile(n_actions: int, n_due: int) -> None:
    """Where the 1,000-due sweep spends its time (SQLite), for tuning."""
    import cProfile
    import pstats

    calendar = load_calendar(DEFAULT_CONFIG_DIR / "calendar.yaml")
    policy = load_policy(DEFAULT_CONFIG_DIR / "reminders.yaml")
    with sqlite_url() as url:
        migrate(url)
        engine = make_engine(url)
        today = calendar.roll_forward(date(2026, 12, 1))
        now = local(today, 9)
        load(engine, calendar, n_actions, today)
        make_due(engine, now, n_due)
        org = synthetic_org()
        settings = Settings(database_url=url)
        with session_factory(engine).begin() as session, cProfile.Profile() as prof:
            sweep(session, now, org, policy, calendar, settings)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=1_000)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS-sweep.md")
    parser.add_argument("--profile", action="store_true", help="profile one 1,000-due sweep")
    args = parser.parse_args()
    if args.profile:
        profile(args.actions, args.due)
        return
    calendar = load_calendar(DEFAULT_CONFIG_DIR / "calendar.yaml")
    policy = load_policy(DEFAULT_CONFIG_DIR / "reminders.yaml")
    figures: list[Figures] = []
    for backend, make_url in (("sqlite", sqlite_url), ("postgresql", postgres_url)):
        if args.only and backend != args.only:
            continue
        with make_url() as url:
            figures.append(bench_backend(backend, url, args.actions, args.due, calendar, policy))
    text_out = report(figures, args.actions, args.due)
    print(text_out)
    args.out.write_text(text_out, encoding="utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
