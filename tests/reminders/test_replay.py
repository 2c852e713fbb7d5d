"""The 90-day replay of the seed on SQLite and PostgreSQL: four sweeps a day send
exactly the digests the policy asks for, on working days and in working hours."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from directives.db import Notification, Reminder
from directives.org import OrgDirectory, Role
from directives.reminders import SCHEDULED
from tests.reminders.days import ASSIGNED_AT, INGESTED, SEED_UNITS, _shift, _working, local
from tests.reminders.world import World, emails, make_directive, plan_all


def expected_digests(
    org: OrgDirectory, codes: list[str], deadline: date, last_day: date
) -> dict[tuple[str, date], set[tuple[str, str]]]:
    """(recipient, day) -> {(action code, kind)}, from the policy's defaults, by hand."""
    expected: dict[tuple[str, date], set[tuple[str, str]]] = defaultdict(set)
    director = [p.id for p in org.with_role(Role.DIRECTOR)]
    team = {p.id for p in org.with_role(Role.INSPECTOR) + org.with_role(Role.TEAM_LEADER)}
    for code, unit in zip(codes, SEED_UNITS, strict=True):
        assignees = [p.id for p in org.assignees_of(unit)]
        head = org.head_of(unit)
        wanted: list[tuple[date, str, list[str]]] = [(INGESTED, "assigned", assignees)]
        wanted += [(_shift(deadline, -n), f"before_{n}", assignees) for n in (7, 3, 1)]
        wanted.append((deadline, "due_today", assignees))
        wanted += [(_shift(deadline, n), "overdue", assignees) for n in range(2, 61, 2)]
        wanted.append((_shift(deadline, 1), "escalate_unit_head", [head.id] if head else []))
        wanted.append((_shift(deadline, 5), "escalate_director", director))
        wanted.append((_shift(deadline, 10), "escalate_inspection_team", sorted(team)))
        for day, kind, people in wanted:
            if day <= last_day:
                for person in people:
                    expected[(person, day)].add((code, kind))
    return expected


def test_ninety_day_replay_of_the_seed_sends_exactly_the_policy(
    world: World,
) -> None:
    sessions, org, policy, calendar, _ = world
    deadline = _shift(INGESTED, 30)
    assert deadline == date(2017, 3, 15)
    with sessions.begin() as session:
        actions = make_directive(
            session, SEED_UNITS, deadline=calendar.add_working_days(INGESTED, 30)
        )
        codes = [a.code for a in actions]
        plan_all(session, actions, org, policy, calendar, ASSIGNED_AT)

    days = [INGESTED + timedelta(days=i) for i in range(90)]
    sent_at: dict[int, datetime] = {}
    for day in days:
        for hour, minute in ((6, 30), (8, 0), (14, 0), (22, 0)):
            moment = local(day, hour, minute)
            if moment < ASSIGNED_AT:
                continue
            result = world.sweep(moment)
            if hour in (6, 22) or not _working(day):
                assert not result.allowed and result.digests == []
            with sessions() as session:
                for row in session.scalars(
                    select(Notification).where(Notification.id.not_in(sent_at or [0]))
                ):
                    sent_at[row.id] = moment

    expected = expected_digests(org, codes, deadline, days[-1])
    with sessions() as session:
        rows = emails(session)
        zalo = session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(Notification.channel == "zalo", Notification.event == "reminders")
        )
    got: dict[tuple[str, date], list[Notification]] = defaultdict(list)
    for row in rows:
        moment = sent_at[row.id]
        assert _working(moment.date()), f"sent on a day off: {moment}"
        assert time(8) <= moment.time() < time(20), f"sent outside hours: {moment}"
        got[(row.recipient_id, moment.date())].append(row)
    assert set(got) == set(expected)
    for key, digest in got.items():
        assert len(digest) == 1, f"{key} got {len(digest)} digests"
        message = digest[0]
        codes_due = {code for code, _kind in expected[key]}
        if len(codes_due) == 1:
            assert f"nhiệm vụ {next(iter(codes_due))} " in message.subject
        else:
            assert f"{len(codes_due)} nhiệm vụ" in message.subject
        assert re.search(r"Ngày \d\d/\d\d/2017", message.subject)
        for code in codes_due:
            assert f"Nhiệm vụ {code} " in message.body
        assert len(re.findall(r"^\d+\. Nhiệm vụ ", message.body, re.M)) == len(codes_due)
    assert zalo == len(rows)  # everyone in the org has Zalo too
    # The assignment digests went out the afternoon of the ingestion day.
    assert {sent_at[r.id] for r in rows if r.subject.startswith("[Nhắc việc] Ngày 25/01")} == {
        local(INGESTED, 14)
    }
    with sessions() as session:
        left = session.scalar(
            select(func.count())
            .select_from(Reminder)
            .where(Reminder.status == SCHEDULED, Reminder.due_on <= days[-1])
        )
    assert left == 0
