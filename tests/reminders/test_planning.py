"""Planning reminders on SQLite and PostgreSQL: planning twice, an extension, approved
and submitted actions, a reassignment and an ongoing action."""

from __future__ import annotations

from datetime import date, timedelta

from directives.db import Action
from directives.reminders import CANCELLED, SCHEDULED, SENT, plan_reminders
from tests.reminders.days import ASSIGNED_AT, INGESTED, TZ, _shift, local
from tests.reminders.world import World, _rows, make_directive, plan_all


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
