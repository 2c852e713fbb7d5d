"""Reminders and escalations on SQLite and PostgreSQL: planning, sweeping, the 90-day replay."""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from directives.calendar import WorkingCalendar
from directives.db import Action, Directive, Notification, Reminder
from directives.org import OrgDirectory, Role
from directives.reminders import (
    CANCELLED,
    SCHEDULED,
    SENT,
    ReminderPolicy,
    SweepResult,
    load_policy,
    plan_reminders,
    sweep,
)
from directives.settings import DEFAULT_CONFIG_DIR, Settings

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
INGESTED = date(2017, 1, 25)
ASSIGNED_AT = datetime(2017, 1, 25, 10, 0, tzinfo=TZ)
# The seed's six tasks and the unit each is given to.
SEED_UNITS = ["bgd", "vp", "vp", "vp", "tt", "vp"]

# Days off in the replay window, written out by hand (not from the calendar):
# Tết Đinh Dậu 26/01-01/02/2017 and Giỗ Tổ Hùng Vương 06/04/2017.
DAYS_OFF_2017 = {
    date(2017, 1, 26),
    date(2017, 1, 27),
    date(2017, 1, 30),
    date(2017, 1, 31),
    date(2017, 2, 1),
    date(2017, 4, 6),
}


def _working(day: date) -> bool:
    return day.weekday() < 5 and day not in DAYS_OFF_2017


def _shift(day: date, count: int) -> date:
    step = timedelta(days=1 if count >= 0 else -1)
    for _ in range(abs(count)):
        day += step
        while not _working(day):
            day += step
    return day


@pytest.fixture(scope="module")
def policy() -> ReminderPolicy:
    return load_policy(DEFAULT_CONFIG_DIR / "reminders.yaml")


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=TZ)


def make_directive(
    session: Session,
    units: list[str],
    *,
    deadline: date | None,
    assigned_at: datetime = ASSIGNED_AT,
    number: str = "115/UBND-NCPC",
) -> list[Action]:
    directive = Directive(
        code=number.split("/")[0],
        number=number,
        document_type="Công văn",
        issuer="Ủy ban nhân dân tỉnh Kiên Giang",
        issued_on=INGESTED,
        subject="chỉ đạo công tác cải cách hành chính năm 2016 tại Sở Ngoại vụ",
        received_on=INGESTED,
        source_name=f"{number}.txt",
        source_sha256=f"{number:0>64}"[-64:],
        parsed={},
        state="active",
    )
    session.add(directive)
    session.flush()
    actions = []
    for seq, unit in enumerate(units, start=1):
        action = Action(
            directive_id=directive.id,
            seq=seq,
            code=f"{directive.code}-{seq}",
            text=f"Nội dung nhiệm vụ số {seq} của Công văn {number}.",
            lead_unit=unit,
            coordinating_units=[],
            deadline_kind="default",
            original_deadline=deadline,
            effective_deadline=deadline,
            state="assigned",
            assigned_at=assigned_at,
        )
        session.add(action)
        actions.append(action)
    session.flush()
    return actions


def plan_all(
    session: Session,
    actions: list[Action],
    org: OrgDirectory,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    now: datetime,
) -> None:
    for action in actions:
        plan_reminders(session, action, org, policy, calendar, TZ, now=now)


class World(NamedTuple):
    sessions: sessionmaker[Session]
    org: OrgDirectory
    policy: ReminderPolicy
    calendar: WorkingCalendar
    settings: Settings

    def sweep(self, now: datetime) -> SweepResult:
        with self.sessions.begin() as session:
            return sweep(session, now, self.org, self.policy, self.calendar, self.settings)


@pytest.fixture
def world(
    sessions: sessionmaker[Session],
    org: OrgDirectory,
    policy: ReminderPolicy,
    calendar: WorkingCalendar,
    settings: Settings,
) -> World:
    return World(sessions, org, policy, calendar, settings)


def emails(session: Session) -> list[Notification]:
    return list(
        session.scalars(
            select(Notification)
            .where(Notification.channel == "email", Notification.event == "reminders")
            .order_by(Notification.id)
        )
    )


# The 90-day replay -----------------------------------------------------------


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


# Planning ---------------------------------------------------------------------


def _rows(session: Session, action: Action) -> list[Reminder]:
    return list(
        session.scalars(
            select(Reminder)
            .where(Reminder.action_id == action.id)
            .order_by(Reminder.due_on, Reminder.kind, Reminder.recipient_id)
        )
    )


def test_planning_twice_changes_nothing(
    world: World,
) -> None:
    sessions, org, policy, calendar, _ = world
    with sessions.begin() as session:
        (action,) = make_directive(session, ["vp"], deadline=date(2017, 3, 15))
        first = plan_reminders(session, action, org, policy, calendar, TZ, now=ASSIGNED_AT)
        before = [
            (r.recipient_id, r.kind, r.due_on, r.send_at, r.status) for r in _rows(session, action)
        ]
        later = ASSIGNED_AT + timedelta(hours=3)
        second = plan_reminders(session, action, org, policy, calendar, TZ, now=later)
        after = [
            (r.recipient_id, r.kind, r.due_on, r.send_at, r.status) for r in _rows(session, action)
        ]
    assert first.added == len(before) > 0
    assert second.added == second.cancelled == second.rescheduled == 0
    assert before == after
    # vp has two assignees; each has assigned, 3 before, due, 30 overdue rows.
    assert sum(1 for r in before if r[0] == "ngo-van-cuong") == 1 + 3 + 1 + 30
    # Sent at 08:00 local on the day, except the assignment at the moment of assigning.
    assert {r[3] for r in before if r[1] == "due_today"} == {local(date(2017, 3, 15), 8)}
    assert {r[3] for r in before if r[1] == "assigned"} == {ASSIGNED_AT}


def test_extension_cancels_old_dates_and_keeps_what_was_sent(
    world: World,
) -> None:
    sessions, org, policy, calendar, _ = world
    old, new = date(2017, 3, 15), date(2017, 3, 31)
    with sessions.begin() as session:
        (action,) = make_directive(session, ["tt"], deadline=old)
        plan_all(session, [action], org, policy, calendar, ASSIGNED_AT)
    # before_7 of the old deadline goes out on 06/03.
    assert world.sweep(local(date(2017, 3, 6), 8)).sent == 2
    with sessions.begin() as session:
        action = session.get_one(Action, action.id)
        action.effective_deadline = new
        result = plan_reminders(
            session, action, org, policy, calendar, TZ, now=local(date(2017, 3, 7), 9)
        )
        rows = _rows(session, action)
    assert result.cancelled > 0 and result.added > 0
    sent = {(r.kind, r.due_on) for r in rows if r.status == SENT}
    assert sent == {("assigned", INGESTED), ("before_7", date(2017, 3, 6))}
    scheduled = {(r.kind, r.due_on) for r in rows if r.status == SCHEDULED}
    assert ("due_today", new) in scheduled
    assert ("before_7", _shift(new, -7)) in scheduled
    assert all(d >= date(2017, 3, 7) for _, d in scheduled)
    cancelled = {(r.kind, r.due_on) for r in rows if r.status == CANCELLED}
    assert ("due_today", old) in cancelled and ("escalate_unit_head", _shift(old, 1)) in cancelled
    # Nothing is sent for the old deadline day; the new one is announced on time.
    assert world.sweep(local(old, 8)).digests == []
    result_new = world.sweep(local(new, 8))
    assert {d.recipient_id for d in result_new.digests} == {"vo-thanh-hai"}
    # Moving the deadline back revives the cancelled rows that are still ahead.
    with sessions.begin() as session:
        action = session.get_one(Action, action.id)
        action.effective_deadline = date(2017, 4, 28)
        plan_reminders(session, action, org, policy, calendar, TZ, now=local(new, 9))
        action.effective_deadline = new
        again = plan_reminders(session, action, org, policy, calendar, TZ, now=local(new, 10))
    assert again.added == 0 and again.rescheduled > 0


def test_approved_and_submitted_actions_keep_no_scheduled_rows(
    world: World,
) -> None:
    sessions, org, policy, calendar, _ = world
    with sessions.begin() as session:
        submitted, approved, forgotten = make_directive(
            session, ["vp", "htqt", "lstl"], deadline=date(2017, 3, 15)
        )
        plan_all(session, [submitted, approved, forgotten], org, policy, calendar, ASSIGNED_AT)
    world.sweep(local(INGESTED, 14))
    with sessions.begin() as session:
        now = local(date(2017, 2, 10), 9)
        for action, state in ((submitted, "submitted"), (approved, "approved")):
            row = session.get_one(Action, action.id)
            row.state = state
            plan_reminders(session, row, org, policy, calendar, TZ, now=now)
        # The third changes state without a replan: the sweep must still not send.
        session.get_one(Action, forgotten.id).state = "approved"
    with sessions() as session:
        for action in (submitted, approved):
            rows = _rows(session, action)
            assert not any(r.status == SCHEDULED for r in rows)
            assert {r.kind for r in rows if r.status == SENT} == {"assigned"}
    result = world.sweep(local(date(2017, 3, 15), 8))
    # lstl's one assignee: before_7, before_3, before_1 and due_today, all dropped.
    assert result.digests == [] and result.cancelled == 4
    # Rejected again: the reminders still ahead come back.
    with sessions.begin() as session:
        row = session.get_one(Action, submitted.id)
        row.state = "rejected"
        plan_reminders(session, row, org, policy, calendar, TZ, now=local(date(2017, 3, 16), 9))
        kinds = {r.kind for r in _rows(session, row) if r.status == SCHEDULED}
    assert "overdue" in kinds and "escalate_director" in kinds and "due_today" not in kinds


def test_reassignment_moves_reminders_to_the_new_unit(
    world: World,
) -> None:
    sessions, org, policy, calendar, _ = world
    with sessions.begin() as session:
        (action,) = make_directive(session, ["lstl"], deadline=date(2017, 3, 15))
        plan_all(session, [action], org, policy, calendar, ASSIGNED_AT)
    world.sweep(local(INGESTED, 14))
    moved_at = local(date(2017, 2, 13), 15)
    with sessions.begin() as session:
        row = session.get_one(Action, action.id)
        row.lead_unit = "htqt"
        plan_reminders(session, row, org, policy, calendar, TZ, now=moved_at)
        rows = _rows(session, row)
    old = [r for r in rows if r.recipient_id == "pham-quoc-dung"]
    assert {r.status for r in old if r.kind != "assigned"} == {CANCELLED}
    assert [r.status for r in old if r.kind == "assigned"] == [SENT]
    new = {(r.kind, r.due_on) for r in rows if r.recipient_id == "le-minh-chau"}
    assert ("assigned", date(2017, 2, 13)) in new and ("due_today", date(2017, 3, 15)) in new
    result = world.sweep(moved_at)
    assert [d.recipient_id for d in result.digests] == ["le-minh-chau"]
    # Replanning days later does not announce the assignment a second time.
    with sessions.begin() as session:
        row = session.get_one(Action, action.id)
        again = plan_reminders(
            session, row, org, policy, calendar, TZ, now=local(date(2017, 2, 20), 9)
        )
    assert again.added == 0


def test_an_ongoing_action_is_announced_only(
    world: World,
) -> None:
    sessions, org, policy, calendar, _ = world
    with sessions.begin() as session:
        (action,) = make_directive(session, ["tt"], deadline=None)
        plan_all(session, [action], org, policy, calendar, ASSIGNED_AT)
        assert [(r.kind, r.recipient_id) for r in _rows(session, action)] == [
            ("assigned", "vo-thanh-hai")
        ]


# Sweeping ---------------------------------------------------------------------


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
