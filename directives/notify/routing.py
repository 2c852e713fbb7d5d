"""Who is reached how and when: channel preferences and quiet hours.

A person's channels come from the org directory (``channels`` in
``config/org.yaml``) unless they chose otherwise on the portal (the
``channel_preferences`` table). Quiet hours (``quiet_hours: "21:00-07:00"``,
local time) hold a message back until they end: the row is queued at once
(its cause is committed) with ``next_attempt_at`` at the end of the quiet
period. Sign-in links and test messages are urgent and ignore them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives.db import ChannelPreference, utcnow
from directives.org import Channel, Person

LOCAL_TIME = ZoneInfo("Asia/Ho_Chi_Minh")
# How the portal and the CLI name a channel and an outbox row's status.
CHANNEL_VI = {"email": "Thư điện tử", "zalo": "Zalo"}
STATUS_VI = {
    "pending": "Chờ gửi",
    "sending": "Đang gửi",
    "sent": "Đã gửi",
    "failed": "Gửi chưa được, sẽ gửi lại",
    "dead": "Không gửi được",
    "skipped": "Không gửi qua kênh này",
}
ALL_CHANNELS: tuple[str, ...] = (Channel.EMAIL.value, Channel.ZALO.value)


def parse_channels(raw: str | Iterable[str]) -> tuple[str, ...]:
    """Known channels in canonical order; unknown names are dropped."""
    wanted = {c.strip() for c in (raw.split(",") if isinstance(raw, str) else raw)}
    return tuple(c for c in ALL_CHANNELS if c in wanted)


def chosen_channels(session: Session, person_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The portal choices of these people (those who made none are absent)."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(ChannelPreference.person_id, ChannelPreference.channels).where(
            ChannelPreference.person_id.in_(ids)
        )
    ).all()
    return {person_id: parse_channels(channels) for person_id, channels in rows}


def channels_of(person: Person, chosen: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    if person.id in chosen:
        return chosen[person.id]
    return parse_channels(c.value for c in person.channels)


def set_channels(session: Session, person_id: str, channels: Iterable[str]) -> tuple[str, ...]:
    """Record a person's choice; at least one channel stays (a message must reach them)."""
    kept = parse_channels(channels) or (Channel.EMAIL.value,)
    row = session.get(ChannelPreference, person_id)
    if row is None:
        session.add(ChannelPreference(person_id=person_id, channels=",".join(kept)))
    else:
        row.channels = ",".join(kept)
        row.updated_at = utcnow()
    return kept


def _clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours) % 24, int(minutes) % 60)


def quiet_until(person: Person, at: datetime) -> datetime | None:
    """When ``person``'s quiet hours end, if ``at`` falls inside them; else None."""
    if not person.quiet_hours:
        return None
    start_text, _, end_text = person.quiet_hours.partition("-")
    start, end = _clock(start_text), _clock(end_text)
    local = at.astimezone(LOCAL_TIME)
    now = local.time()
    inside = (start <= now < end) if start <= end else (now >= start or now < end)
    if not inside or start == end:
        return None
    end_at = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    if end_at <= local:
        end_at += timedelta(days=1)
    return end_at.astimezone(at.tzinfo)
