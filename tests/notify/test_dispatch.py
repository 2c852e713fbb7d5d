"""dispatch_pending against a real SMTP server and the Zalo stand-in, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import threading
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from directives.db import Notification, utcnow
from directives.local.mailcatcher import duplicate_message_ids, read_mailbox
from directives.local.zalo_api_standin import ZaloApiStandIn
from directives.notify.channels import send_email, send_zalo
from directives.notify.dispatch import (
    DEFAULT_LEASE,
    DispatchResult,
    claim_due,
    dispatch_pending,
)
from directives.notify.outbox import Message, enqueue
from directives.notify.smtp_mail import stable_message_id
from directives.notify.zalo_tokens import ZaloTokenStore
from directives.org import Person
from directives.settings import Settings, SmtpSettings
from tests.notify.conftest import person

SUBJECT = "[115/UBND-NCPC] Giao nhiệm vụ NV-01: Rà soát, cập nhật quy chế làm việc"
BODY = (
    "Kính gửi Chuyên viên Nguyễn Thị Hoà,\n\n"
    "Đề nghị đơn vị tổ chức thực hiện và cập nhật tài liệu kiểm chứng.\n\nTrân trọng.\n"
)
MESSAGE = Message(subject=SUBJECT, body=BODY)


def queue(
    sessions: sessionmaker[Session], recipient: Person, event: str = "assigned:1"
) -> list[int]:
    with sessions.begin() as s:
        return [r.id for r in enqueue(s, event=event, recipient=recipient, message=MESSAGE)]


def rows(sessions: sessionmaker[Session]) -> list[Notification]:
    with sessions() as s:
        return list(s.scalars(select(Notification).order_by(Notification.id)))


def by_channel(sessions: sessionmaker[Session], channel: str) -> Notification:
    (row,) = [r for r in rows(sessions) if r.channel == channel]
    return row


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


def test_long_text_is_shortened_for_zalo_and_kept_whole_by_email(
    sessions: sessionmaker[Session],
    delivery_settings: Settings,
    mail_dir: Path,
    zalo: ZaloApiStandIn,
) -> None:
    long_body = "Kính gửi Chuyên viên,\n\n" + "\n".join(
        f"{n}. Rà soát, cập nhật quy chế làm việc của đơn vị." for n in range(1, 120)
    )
    with sessions.begin() as s:
        enqueue(
            s,
            event="digest:1",
            recipient=person(1),
            message=Message(subject=SUBJECT, body=long_body),
        )

    assert dispatch_pending(sessions, delivery_settings).sent == 2

    (oa,) = zalo.messages
    assert len(oa["text"]) <= 2000
    assert oa["text"].endswith(
        "(Nội dung đã được rút gọn. Xem toàn văn trong thư điện tử hoặc trên hệ thống.)"
    )
    assert "\n119. " not in oa["text"]
    (mail,) = read_mailbox(mail_dir)
    assert "119. Rà soát" in mail.get_content()


def test_zns_address_sends_a_template_message_with_tracking_id(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    zns_person = person(1, email=False).model_copy(
        update={"zalo_user_id": "zns:0987 654 321/TPL-NHAC-HAN"}
    )
    queue(sessions, zns_person)

    assert dispatch_pending(sessions, delivery_settings).sent == 1

    (zns,) = zalo.messages
    row = by_channel(sessions, "zalo")
    assert zns["kind"] == "zns" and zns["phone"] == "84987654321"
    assert zns["template_id"] == "TPL-NHAC-HAN"
    assert zns["tracking_id"] == hashlib.sha256(row.idempotency_key.encode()).hexdigest()
    assert zns["template_data"] == {"title": SUBJECT, "content": BODY.rstrip()}
    assert row.provider_message_id == zns["message_id"]


def test_zalo_rows_wait_while_zalo_is_disabled(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    queue(sessions, person(1))
    off = delivery_settings.model_copy(
        update={"zalo": delivery_settings.zalo.model_copy(update={"enabled": False})}
    )

    result = dispatch_pending(sessions, off)

    assert result.count("email").sent == 1 and "zalo" not in result.channels
    assert by_channel(sessions, "zalo").status == "pending"
    assert zalo.messages == []


def strand_one_zalo_row(
    sessions: sessionmaker[Session], settings: Settings, zalo: ZaloApiStandIn
) -> datetime:
    """Claim and send one Zalo row, then 'crash' before recording the outcome."""
    queue(sessions, person(1, email=False))
    now = utcnow()
    (item,) = claim_due(sessions, now=now)
    assert send_zalo(settings, ZaloTokenStore(settings.home_dir, settings.zalo), item).ok
    assert len(zalo.messages) == 1
    return now


def test_oa_text_stranded_by_a_crash_is_found_not_sent_again(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    now = strand_one_zalo_row(sessions, delivery_settings, zalo)

    result = dispatch_pending(
        sessions, delivery_settings, now=now + DEFAULT_LEASE + timedelta(seconds=1)
    )

    assert result.count("zalo").sent == 1
    (only,) = zalo.messages
    row = by_channel(sessions, "zalo")
    assert (row.status, row.attempts, row.provider_message_id) == ("sent", 2, only["message_id"])
    assert "/v2.0/oa/conversation" in [r["path"] for r in zalo.requests]


def test_oa_text_is_sent_again_when_the_conversation_cannot_be_read(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    now = strand_one_zalo_row(sessions, delivery_settings, zalo)
    zalo.conversation_available = False

    result = dispatch_pending(
        sessions, delivery_settings, now=now + DEFAULT_LEASE + timedelta(seconds=1)
    )

    assert result.count("zalo").sent == 1
    assert len(zalo.messages) == 2  # at least once: the documented duplicate
    assert zalo.messages[0]["text"] == zalo.messages[1]["text"]


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
