"""dispatch_pending's Zalo side against the Zalo stand-in and a real SMTP server, on SQLite
and PostgreSQL: a long text shortened for Zalo and kept whole by email, a ZNS template
message, rows that wait while Zalo is disabled, and an OA text stranded by a crash (found
in the conversation, or sent again when it cannot be read)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from directives.db import utcnow
from directives.local.mailcatcher import read_mailbox
from directives.local.zalo_api_standin import ZaloApiStandIn
from directives.notify.channels import send_zalo
from directives.notify.dispatch import DEFAULT_LEASE, claim_due, dispatch_pending
from directives.notify.outbox import Message, enqueue
from directives.notify.zalo_tokens import ZaloTokenStore
from directives.settings import Settings
from tests.notify.conftest import person
from tests.notify.dispatching import BODY, SUBJECT, by_channel, queue


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
