"""Sweeping reminders on SQLite and PostgreSQL: one digest a person and day, a sweep run
twice or two at once sending once, days off and quiet hours, the policy's own check,
``directives remind`` and the outbox keys of a batch."""

from __future__ import annotations

import threading
from collections import defaultdict
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from directives.calendar import WorkingCalendar
from directives.db import Notification, Reminder
from directives.org import OrgDirectory
from directives.reminders import SCHEDULED, ReminderPolicy, SweepResult
from tests.reminders.days import ASSIGNED_AT, INGESTED, _shift, local
from tests.reminders.world import World, _rows, emails, make_directive, plan_all


def test_several_reminders_due_the_same_day_make_one_digest(
    world: World,
) -> None:
    sessions, org, policy, calendar, _ = world
    with sessions.begin() as session:
        actions = make_directive(session, ["vp", "vp", "vp"], deadline=date(2017, 3, 15))
        plan_all(session, actions, org, policy, calendar, ASSIGNED_AT)
    world.sweep(local(INGESTED, 14))
    # Nobody swept since the assignment: on the deadline day each vp assignee
    # gets one digest, one line per task, though four reminders of each fell due.
    result = world.sweep(local(date(2017, 3, 15), 8))
    assert {d.recipient_id: len(d.action_codes) for d in result.digests} == {
        "tran-thi-binh": 3,
        "ngo-van-cuong": 3,
    }
    assert {len(d.reminder_ids) for d in result.digests} == {12}
    with sessions() as session:
        (mail,) = [
            m
            for m in emails(session)
            if "15/03/2017" in m.subject and m.recipient_id == "ngo-van-cuong"
        ]
    assert mail.body.count("Hôm nay là ngày cuối cùng của thời hạn hoàn thành.") == 3
    assert "Còn " not in mail.body

    overdue_day = _shift(date(2017, 3, 15), 1)  # the unit head hears of all three
    result = world.sweep(local(overdue_day, 9))
    by_person = {d.recipient_id: d for d in result.digests}
    assert set(by_person) == {"tran-thi-binh"}
    assert len(by_person["tran-thi-binh"].reminder_ids) == 3
    assert by_person["tran-thi-binh"].notifications == 2  # one email, one Zalo
    with sessions() as session:
        (mail,) = [m for m in emails(session) if "16/03/2017" in m.subject]
    assert mail.recipient_id == "tran-thi-binh"
    assert all(f"Nhiệm vụ {a.code} " in mail.body for a in actions)
    assert mail.body.count("đề nghị Lãnh đạo đơn vị chỉ đạo") == 3
    assert mail.action_id is None and mail.directive_id == actions[0].directive_id


def test_running_the_same_sweep_twice_sends_once(
    world: World,
) -> None:
    sessions, org, policy, calendar, _ = world
    with sessions.begin() as session:
        actions = make_directive(session, ["vp", "tt"], deadline=date(2017, 3, 15))
        plan_all(session, actions, org, policy, calendar, ASSIGNED_AT)
    moment = local(date(2017, 3, 15), 8)
    first = world.sweep(moment)
    second = world.sweep(moment)
    assert first.notifications == 6 and second.notifications == 0 and second.due == 0
    with sessions() as session:
        # One digest each for vp's two assignees and tt's one: the late assignment
        # notice and the deadline-day reminder travel together.
        assert len(emails(session)) == 3


def test_no_message_on_days_off_or_in_quiet_hours(
    world: World,
) -> None:
    sessions, org, policy, calendar, _ = world
    # Assigned on Wednesday 25/01/2017 at 21:00, the eve of Tết: the notice waits
    # through Tết and the weekend to Thursday 02/02/2017 at 08:00.
    evening = local(INGESTED, 21)
    with sessions.begin() as session:
        (action,) = make_directive(session, ["tt"], deadline=None, assigned_at=evening)
        plan_all(session, [action], org, policy, calendar, evening)
        (row,) = _rows(session, action)
    assert row.send_at == local(date(2017, 2, 2), 8) and row.due_on == date(2017, 2, 2)
    for moment in (
        local(INGESTED, 23),
        local(date(2017, 1, 26), 9),  # Tết
        local(date(2017, 1, 28), 9),  # Saturday, and Tết
        local(date(2017, 2, 2), 7, 30),  # working day, before the send time
        local(date(2017, 2, 1), 23),
    ):
        result = world.sweep(moment)
        assert not result.allowed and result.digests == []
    # A sweep that ran late still sends, at the first allowed moment.
    late = world.sweep(local(date(2017, 2, 2), 16))
    assert [d.recipient_id for d in late.digests] == ["vo-thanh-hai"]


def test_two_sweeps_at_once_send_once(
    world: World,
) -> None:
    sessions, org, policy, calendar, _ = world
    with sessions.begin() as session:
        for n in range(4):
            actions = make_directive(
                session,
                ["bgd", "vp", "htqt", "lstl", "tt"],
                deadline=date(2017, 3, 15),
                number=f"{200 + n}/UBND-NCPC",
            )
            plan_all(session, actions, org, policy, calendar, ASSIGNED_AT)
    moment = local(_shift(date(2017, 3, 15), 10), 8)  # every kind of escalation is due
    barrier = threading.Barrier(2)
    results: list[SweepResult] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            results.append(world.sweep(moment))
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sessions() as session:
        rows = emails(session)
        scheduled_due = session.scalar(
            select(func.count())
            .select_from(Reminder)
            .where(Reminder.status == SCHEDULED, Reminder.send_at <= moment)
        )
    assert scheduled_due == 0
    per_person: dict[str, int] = defaultdict(int)
    for row in rows:
        per_person[row.recipient_id] += 1
    assert all(n == 1 for n in per_person.values()), per_person
    assert sum(len(r.digests) for r in results) == len(rows)
    # All the team, the director and the unit heads and assignees heard once.
    assert {"huynh-thi-lan", "dang-van-minh", "nguyen-van-an", "vo-thanh-hai"} <= set(per_person)


def test_the_policy_rejects_a_send_time_in_quiet_hours() -> None:
    with pytest.raises(ValueError, match="quiet hours"):
        ReminderPolicy.model_validate(
            {"send_time": "06:00", "quiet_hours": {"start": "20:00", "end": "07:00"}}
        )
    policy = ReminderPolicy.model_validate({"quiet_hours": {"start": "12:00", "end": "13:00"}})
    assert policy.quiet_hours.contains(time(12, 30)) and not policy.quiet_hours.contains(time(13))


def test_remind_command_runs_one_sweep(
    sessions: sessionmaker[Session],
    org: OrgDirectory,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from directives.cli.admin import remind_command
    from directives.settings import get_settings

    with sessions.begin() as session:
        actions = make_directive(session, ["tt"], deadline=date(2017, 3, 15))
        plan_all(session, actions, org, policy, calendar, ASSIGNED_AT)
    monkeypatch.setenv("DIRECTIVES_DATABASE_URL", db_url)
    monkeypatch.setenv("DIRECTIVES_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    try:
        quiet = remind_command("2017-01-25T22:00")
        assert not quiet.allowed
        result = remind_command("2017-01-25T14:00+07:00")
        assert result.notifications == 2
        again = remind_command("2017-01-25T15:00")
        assert again.notifications == 0
    finally:
        get_settings.cache_clear()
    out = capsys.readouterr().out
    assert "22:00 25/01/2017: không phải thời điểm gửi nhắc việc" in out
    assert "vo-thanh-hai (Võ Thanh Hải): 115-1 -> 2 tin nhắn" in out


def test_enqueue_many_keeps_the_outbox_keys(
    sessions: sessionmaker[Session], org: OrgDirectory
) -> None:
    from directives.notify.outbox import Message, Outgoing, enqueue, enqueue_many

    message = Message(subject="Nhắc việc", body="Nội dung.\n")
    chau, hai = org.person("le-minh-chau"), org.person("vo-thanh-hai")
    with sessions.begin() as session:
        enqueue(session, event="reminders:2017-03-15:1", recipient=chau, message=message)
        counts = enqueue_many(
            session,
            [
                Outgoing("reminders:2017-03-15:1", chau, message),  # queued already
                Outgoing("reminders:2017-03-15:2", hai, message, channels=("email",)),
                Outgoing("reminders:2017-03-15:3", chau, message),
            ],
        )
    assert counts == [0, 1, 2]
    with sessions() as session:
        keys = set(session.scalars(select(Notification.idempotency_key)))
    assert keys == {
        "reminders:2017-03-15:1|le-minh-chau|email",
        "reminders:2017-03-15:1|le-minh-chau|zalo",
        "reminders:2017-03-15:2|vo-thanh-hai|email",
        "reminders:2017-03-15:3|le-minh-chau|email",
        "reminders:2017-03-15:3|le-minh-chau|zalo",
    }
