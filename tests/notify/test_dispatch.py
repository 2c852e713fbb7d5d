"""dispatch_pending against a real SMTP server and the Zalo stand-in, on SQLite and PostgreSQL:
sending, retries, giving up, token refresh, crashes and two dispatchers at once (Zalo's own
cases in ``test_dispatch_zalo.py``)."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from directives.db import utcnow
from directives.local.mailcatcher import duplicate_message_ids, read_mailbox
from directives.local.zalo_api_standin import ZaloApiStandIn
from directives.notify.channels import send_email
from directives.notify.dispatch import DEFAULT_LEASE, DispatchResult, claim_due, dispatch_pending
from directives.notify.outbox import enqueue
from directives.notify.smtp_mail import stable_message_id
from directives.settings import Settings, SmtpSettings
from tests.notify.conftest import person
from tests.notify.dispatching import BODY, MESSAGE, SUBJECT, by_channel, queue, rows


def test_sends_email_and_zalo_once_with_vietnamese_intact(
    sessions: sessionmaker[Session],
    delivery_settings: Settings,
    mail_dir: Path,
    zalo: ZaloApiStandIn,
) -> None:
    queue(sessions, person(1))

    result = dispatch_pending(sessions, delivery_settings)

    assert (result.claimed, result.sent, result.failed, result.dead) == (2, 2, 0, 0)
    assert result.count("email").sent == 1 and result.count("zalo").sent == 1
    (mail,) = read_mailbox(mail_dir)
    email_row = by_channel(sessions, "email")
    assert mail["Subject"] == SUBJECT
    assert mail["To"] == "nguoi.nhan.1@songoaivu.example.vn"
    assert mail["From"].addresses[0].display_name == "Hệ thống theo dõi chỉ đạo"
    assert mail["Message-ID"] == stable_message_id(email_row.idempotency_key)
    assert mail.get_content().replace("\r\n", "\n").strip() == BODY.strip()
    (oa,) = zalo.messages
    assert oa["user_id"] == "zalo-user-001"
    assert oa["text"] == f"{SUBJECT}\n\n{BODY.strip()}"
    zalo_row = by_channel(sessions, "zalo")
    for row in (email_row, zalo_row):
        assert row.status == "sent" and row.attempts == 1 and row.sent_at is not None
    assert email_row.provider_message_id == mail["Message-ID"]
    assert zalo_row.provider_message_id == oa["message_id"]

    again = dispatch_pending(sessions, delivery_settings, now=utcnow() + timedelta(days=1))
    assert again == DispatchResult()
    assert len(read_mailbox(mail_dir)) == 1 and len(zalo.messages) == 1


def test_failed_zalo_is_retried_after_backoff_and_delivered_once(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    queue(sessions, person(1, email=False))
    zalo.fail_next(1, status=500)
    now = utcnow()

    first = dispatch_pending(sessions, delivery_settings, now=now)

    assert first.count("zalo").failed == 1
    row = by_channel(sessions, "zalo")
    assert row.status == "failed" and row.attempts == 1
    assert row.last_error is not None and "HTTP 500" in row.last_error
    assert row.next_attempt_at > now
    assert dispatch_pending(sessions, delivery_settings, now=now).claimed == 0  # not due yet
    assert zalo.messages == []

    later = dispatch_pending(sessions, delivery_settings, now=row.next_attempt_at)

    assert later.count("zalo").sent == 1
    assert len(zalo.messages) == 1
    row = by_channel(sessions, "zalo")
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, None)


def test_zalo_error_code_with_http_200_is_a_failure(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    queue(sessions, person(1, email=False))
    zalo.fail_next(1, status=200, error=-32, message="Rate limit exceeded")

    result = dispatch_pending(sessions, delivery_settings)

    assert result.count("zalo").failed == 1
    row = by_channel(sessions, "zalo")
    assert row.status == "failed" and "-32" in (row.last_error or "")
    assert zalo.messages == []


def test_unreachable_smtp_fails_then_delivers(
    sessions: sessionmaker[Session], delivery_settings: Settings, mail_dir: Path
) -> None:
    queue(sessions, person(1, zalo=False))
    closed_port = delivery_settings.model_copy(
        update={"smtp": SmtpSettings(host="127.0.0.1", port=1)}
    )
    now = utcnow()

    assert dispatch_pending(sessions, closed_port, now=now).count("email").failed == 1
    row = by_channel(sessions, "email")
    assert row.status == "failed" and "Connection refused" in (row.last_error or "")
    assert read_mailbox(mail_dir) == []

    assert dispatch_pending(sessions, delivery_settings, now=row.next_attempt_at).sent == 1
    (mail,) = read_mailbox(mail_dir)
    assert mail["Message-ID"] == stable_message_id(row.idempotency_key)


def test_gives_up_after_max_attempts_but_keeps_the_row(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    queue(sessions, person(1, email=False))
    zalo.fail_next(10, status=503)
    now = utcnow()

    dispatch_pending(sessions, delivery_settings, now=now, max_attempts=2)
    row = by_channel(sessions, "zalo")
    last = dispatch_pending(sessions, delivery_settings, now=row.next_attempt_at, max_attempts=2)

    assert last.count("zalo").dead == 1
    row = by_channel(sessions, "zalo")
    assert row.status == "dead" and row.attempts == 2 and "HTTP 503" in (row.last_error or "")
    far = utcnow() + timedelta(days=30)
    assert dispatch_pending(sessions, delivery_settings, now=far).claimed == 0


def test_an_error_no_retry_can_fix_goes_dead_at_once(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    queue(sessions, person(1, email=False))
    zalo.fail_next(1, status=200, error=-213, message="User has not followed the OA")

    assert dispatch_pending(sessions, delivery_settings).count("zalo").dead == 1
    row = by_channel(sessions, "zalo")
    assert row.status == "dead" and row.attempts == 1 and "-213" in (row.last_error or "")


def test_expired_token_is_refreshed_once_and_the_new_pair_kept(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    queue(sessions, person(1, email=False), event="assigned:1")
    zalo.expire_access_tokens()

    assert dispatch_pending(sessions, delivery_settings).sent == 1
    refreshes = [r for r in zalo.requests if r["path"] == "/v4/oa/access_token"]
    assert len(refreshes) == 1 and "access_token" in refreshes[0]["reply"]
    tokens_file = delivery_settings.home_dir / "zalo_tokens.json"
    assert tokens_file.stat().st_mode & 0o777 == 0o600
    assert refreshes[0]["reply"]["refresh_token"] in tokens_file.read_text()

    # The settings' refresh token is spent; the next expiry must use the stored one.
    zalo.expire_access_tokens()
    queue(sessions, person(1, email=False), event="assigned:2")
    assert dispatch_pending(sessions, delivery_settings).sent == 1
    assert [r["path"] for r in zalo.requests].count("/v4/oa/access_token") == 2
    assert len(zalo.messages) == 2


def test_refused_refresh_fails_the_row_for_later(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    queue(sessions, person(1, email=False))
    zalo.expire_access_tokens()
    broken = delivery_settings.model_copy(
        update={"zalo": delivery_settings.zalo.model_copy(update={"app_id": "wrong-app"})}
    )

    assert dispatch_pending(sessions, broken).count("zalo").failed == 1
    row = by_channel(sessions, "zalo")
    assert row.status == "failed" and "-216" in (row.last_error or "")


def test_crash_after_send_resends_with_the_same_message_id(
    sessions: sessionmaker[Session], delivery_settings: Settings, mail_dir: Path
) -> None:
    queue(sessions, person(1, zalo=False))
    now = utcnow()
    (item,) = claim_due(sessions, now=now)
    assert send_email(delivery_settings, item).ok  # delivered ... and the worker dies here

    within_lease = dispatch_pending(sessions, delivery_settings, now=now + DEFAULT_LEASE / 2)
    assert within_lease.claimed == 0
    assert by_channel(sessions, "email").status == "sending"

    after_lease = dispatch_pending(
        sessions, delivery_settings, now=now + DEFAULT_LEASE + timedelta(seconds=1)
    )

    assert after_lease.sent == 1
    row = by_channel(sessions, "email")
    assert row.status == "sent" and row.attempts == 2
    mails = read_mailbox(mail_dir)
    assert len(mails) == 2
    assert {m["Message-ID"] for m in mails} == {stable_message_id(row.idempotency_key)}
    assert duplicate_message_ids(mails) == {stable_message_id(row.idempotency_key): 2}


def test_two_dispatchers_at_once_send_each_row_once(
    sessions: sessionmaker[Session],
    delivery_settings: Settings,
    mail_dir: Path,
    zalo: ZaloApiStandIn,
) -> None:
    people = [person(n) for n in range(1, 31)]
    with sessions.begin() as s:
        for p in people:
            enqueue(s, event="assigned:1", recipient=p, message=MESSAGE)
    barrier = threading.Barrier(2)
    results: list[DispatchResult] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            barrier.wait()
            results.append(dispatch_pending(sessions, delivery_settings, limit=200))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    assert sum(r.claimed for r in results) == 60
    assert sum(r.sent for r in results) == 60
    mails = read_mailbox(mail_dir)
    assert len(mails) == 30 and duplicate_message_ids(mails) == {}
    assert sorted(m["To"] for m in mails) == sorted(p.email or "" for p in people)
    assert sorted(m["user_id"] for m in zalo.messages) == sorted(
        p.zalo_user_id or "" for p in people
    )
    assert {r.status for r in rows(sessions)} == {"sent"}
    assert {r.attempts for r in rows(sessions)} == {1}


def test_the_default_sender_imports_its_channels_before_any_send_thread(tmp_path: Path) -> None:
    """The portal's first outbox pass once sent its rows from eight threads that all
    imported the channels (and apprise) at once: some got a half-initialised apprise and
    failed with an ImportError, to be retried a minute later. The sender is built in the
    dispatcher's own thread, so the imports are done there, in a fresh interpreter."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from directives.notify.channels import make_sender\n"
        "from directives.settings import Settings\n"
        "assert 'apprise' not in sys.modules\n"
        f"make_sender(Settings(home={str(tmp_path)!r}))\n"
        "wanted = ['directives.notify.smtp_mail', 'directives.notify.zalo_oa',\n"
        "          'directives.notify.zalo_zns', 'apprise.conversion']\n"
        "print(','.join(m for m in wanted if m not in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == ""  # nothing left for the send threads to import
