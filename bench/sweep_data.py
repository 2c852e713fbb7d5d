"""The data the reminder sweep benchmark (``bench_sweep.py``) loads: a synthetic
organisation of 300 units of four people, open actions in directives of 100 with their
assignment reminder sent and nine reminder rows ahead of today each, and ``n_due`` of
those rows, for ``n_due`` different people, made due at one moment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, insert, text, update

from directives.calendar import WorkingCalendar
from directives.db import Action, Directive, Reminder
from directives.org import OrgDirectory

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ACTIONS_PER_DIRECTIVE = 100
UNITS = 300
PEOPLE_PER_UNIT = 4
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
