"""enqueue: one row per (event, recipient, channel), even under concurrent writers."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from directives.db import Notification
from directives.notify.outbox import Message, enqueue
from tests.notify.conftest import person

MESSAGE = Message(subject="Giao nhiệm vụ", body="Kính gửi Chuyên viên Nguyễn Thị Hoà,\n")


def count_rows(sessions: sessionmaker[Session]) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(Notification)) or 0


def test_enqueue_adds_one_row_per_reachable_channel(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        added = enqueue(s, event="assigned:1", recipient=person(1), message=MESSAGE)
        assert [r.channel for r in added] == ["email", "zalo"]
        assert all(r.id is not None and r.status == "pending" for r in added)
        assert added[0].address == "nguoi.nhan.1@songoaivu.example.vn"
        assert added[1].address == "zalo-user-001"
    with sessions.begin() as s:
        only_email = enqueue(
            s, event="assigned:1", recipient=person(2, zalo=False), message=MESSAGE
        )
        assert [r.channel for r in only_email] == ["email"]
    assert count_rows(sessions) == 3


def test_enqueue_twice_is_a_no_op(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        assert len(enqueue(s, event="assigned:7", recipient=person(), message=MESSAGE)) == 2
        assert enqueue(s, event="assigned:7", recipient=person(), message=MESSAGE) == []
    with sessions.begin() as s:
        assert enqueue(s, event="assigned:7", recipient=person(), message=MESSAGE) == []
    assert count_rows(sessions) == 2


def test_concurrent_writers_add_each_key_once(sessions: sessionmaker[Session]) -> None:
    writers = 6
    barrier = threading.Barrier(writers)
    added: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def write() -> None:
        try:
            with sessions.begin() as s:
                barrier.wait()
                rows = enqueue(s, event="assigned:9", recipient=person(), message=MESSAGE)
                with lock:
                    added.append(len(rows))
        except BaseException as exc:
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(added) == 2
    assert count_rows(sessions) == 2


def test_writer_blocked_on_an_uncommitted_key_adds_nothing_and_does_not_fail(
    db_url: str, sessions: sessionmaker[Session]
) -> None:
    """PostgreSQL: B inserts the key A holds uncommitted; B waits, then adds nothing."""
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite serialises writers with BEGIN IMMEDIATE; there is no such overlap")
    outcome: list[object] = []
    first = sessions()
    first.begin()
    assert len(enqueue(first, event="assigned:5", recipient=person(), message=MESSAGE)) == 2

    def second_writer() -> None:
        try:
            with sessions.begin() as s:
                outcome.append(
                    len(enqueue(s, event="assigned:5", recipient=person(), message=MESSAGE))
                )
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=second_writer)
    thread.start()
    with sessions() as watcher:  # wait until B is really blocked on A's row lock
        for _ in range(2000):
            waiting = watcher.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
            watcher.rollback()
            if waiting:
                break
            thread.join(0.005)
        else:
            pytest.fail("the second writer never waited on the first one's key")
    first.commit()
    first.close()
    thread.join()

    assert outcome == [0]
    assert count_rows(sessions) == 2
