"""What the dispatch tests queue and read back: one assignment message in Vietnamese,
queued for a person on every channel they have, the outbox rows and one channel's row."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from directives.db import Notification
from directives.notify.outbox import Message, enqueue
from directives.org import Person

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
