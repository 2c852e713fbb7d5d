"""Rendered messages through the outbox to the real SMTP server and the Zalo stand-in.

What reaches people: an HTML + text e-mail whose button is a personal sign-in
link to the page of its subject (minted at send time, never stored), a short
Zalo text, ZNS for people who do not follow the OA, a fallback that says why,
and each person's channels and quiet hours.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from directives.db import Notification
from directives.local.mailcatcher import read_mailbox
from directives.local.zalo_api_answers import NOT_FOLLOWER, OUTSIDE_WINDOW
from directives.local.zalo_api_standin import ZaloApiStandIn
from directives.notify.dispatch import dispatch_pending
from directives.notify.links import LinkRequest
from directives.notify.messages import render
from directives.notify.outbox import LINK_MARKER, enqueue
from directives.notify.routing import LOCAL_TIME, set_channels
from directives.org import Person
from directives.portal.auth import link_target
from directives.settings import Settings, ZnsTemplate
from tests.notify.conftest import person
from tests.notify.test_templates import ACTION, DIRECTIVE, TEMPLATES, UNIT

REVIEWER = Person(id="insp", name="Đặng Văn Minh", title="Thành viên Đoàn kiểm tra", unit="dkt")
CONTEXT: dict[str, Any] = {
    "directive": DIRECTIVE,
    "action": ACTION,
    "unit": UNIT,
    "reviewer": REVIEWER,
    "comment": "Thiếu quyết định ban hành quy chế.",
}
ZNS = {
    "review_rejected": ZnsTemplate(
        template_id="230002",
        params={"ten": "name", "ma_nhiem_vu": "code", "noi_dung": "summary", "lien_ket": "link"},
    )
}


def queue(sessions: sessionmaker[Session], recipient: Person, event: str = "reviewed:1") -> None:
    message = render(TEMPLATES, "review_rejected", recipient=recipient, **CONTEXT)
    with sessions.begin() as s:
        enqueue(s, event=event, recipient=recipient, message=message)


def rows(sessions: sessionmaker[Session]) -> dict[str, Notification]:
    with sessions() as s:
        return {r.channel: r for r in s.scalars(select(Notification))}


def with_zns(settings: Settings) -> Settings:
    return settings.model_copy(update={"zalo": settings.zalo.model_copy(update={"zns": ZNS})})


def landing(settings: Settings, link: str, person_id: str) -> str:
    """Where a minted link signs ``person_id`` in to (fails if it names someone else)."""
    assert link.startswith(settings.portal.url + "/dang-nhap/")
    whom, page = link_target(settings, link.rsplit("/dang-nhap/", 1)[1])
    assert whom == person_id
    return page


def test_email_is_html_and_text_with_a_personal_link_to_its_page(
    sessions: sessionmaker[Session], delivery_settings: Settings, mail_dir: Path
) -> None:
    recipient = person(1, zalo=False)
    queue(sessions, recipient)
    stored = rows(sessions)["email"]
    # Nothing usable at rest: the row holds the page and the marker, no token.
    assert stored.link_path == "/nhiem-vu/NV-02"
    assert "/dang-nhap/" not in stored.body + (stored.html or "")
    assert LINK_MARKER in stored.body and LINK_MARKER in (stored.html or "")

    assert dispatch_pending(sessions, delivery_settings).sent == 1

    (mail,) = read_mailbox(mail_dir)
    assert mail["Subject"] == ("[115/UBND-NCPC] Đề nghị bổ sung tài liệu kiểm chứng nhiệm vụ NV-02")
    assert mail.get_content_type() == "multipart/alternative"
    text_part, html_part = mail.get_body(("plain",)), mail.get_body(("html",))
    assert text_part is not None and html_part is not None
    text, page = text_part.get_content(), html_part.get_content()
    assert "> Thiếu quyết định ban hành quy chế." in text
    assert "Thiếu quyết định ban hành quy chế." in page and "border-left" in page
    link = next(line.strip() for line in text.splitlines() if "/dang-nhap/" in line)
    assert f'href="{link}"' in page  # the button and the text carry the same link
    assert landing(delivery_settings, link, recipient.id) == "/nhiem-vu/NV-02"
    assert LINK_MARKER not in text + page


def test_zalo_gets_a_short_text_and_its_own_link(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    recipient = person(1, email=False)
    queue(sessions, recipient)

    assert dispatch_pending(sessions, delivery_settings).sent == 1

    (oa,) = zalo.messages
    first_line, link = oa["text"].split("\n")
    assert first_line.startswith("Đoàn kiểm tra chưa chấp thuận nhiệm vụ NV-02")
    assert "Thiếu quyết định ban hành quy chế." in first_line
    assert len(oa["text"]) < 400 and "Kính gửi" not in oa["text"]
    assert landing(delivery_settings, link, recipient.id) == "/nhiem-vu/NV-02"


def test_oa_refused_outside_the_window_falls_back_to_zns_and_says_why(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    recipient = person(1)
    queue(sessions, recipient)
    zalo.reach[recipient.zalo_user_id or ""] = OUTSIDE_WINDOW

    result = dispatch_pending(sessions, with_zns(delivery_settings))

    assert result.count("zalo").sent == 1 and result.count("email").sent == 1
    (zns,) = zalo.messages
    assert zns["kind"] == "zns" and zns["phone"] == "84987654321"
    assert zns["template_id"] == "230002"
    data = zns["template_data"]
    assert data["ten"] == recipient.name and data["ma_nhiem_vu"] == "NV-02"
    assert landing(delivery_settings, data["lien_ket"], recipient.id) == "/nhiem-vu/NV-02"
    row = rows(sessions)["zalo"]
    assert row.status == "sent"
    assert row.note is not None and "-230" in row.note and "chuyển sang tin ZNS" in row.note


def test_oa_refused_without_zns_falls_back_to_email_for_a_zalo_only_person(
    sessions: sessionmaker[Session],
    delivery_settings: Settings,
    zalo: ZaloApiStandIn,
    mail_dir: Path,
) -> None:
    recipient = person(1)
    with sessions.begin() as s:
        set_channels(s, recipient.id, ["zalo"])
    queue(sessions, recipient)
    assert set(rows(sessions)) == {"zalo"}
    zalo.reach[recipient.zalo_user_id or ""] = NOT_FOLLOWER

    assert dispatch_pending(sessions, delivery_settings).count("zalo").sent == 1

    (mail,) = read_mailbox(mail_dir)
    assert mail["To"] == recipient.email
    assert mail.get_content_type() == "multipart/alternative"
    row = rows(sessions)["zalo"]
    assert row.status == "sent" and row.note is not None
    assert "-213" in row.note and f"chuyển sang thư điện tử {recipient.email}" in row.note


def test_oa_refused_for_someone_who_also_gets_email_is_skipped_not_retried(
    sessions: sessionmaker[Session],
    delivery_settings: Settings,
    zalo: ZaloApiStandIn,
    mail_dir: Path,
) -> None:
    queue(sessions, person(1, email=True))
    zalo.reach["zalo-user-001"] = NOT_FOLLOWER

    result = dispatch_pending(sessions, delivery_settings)

    assert result.count("zalo").skipped == 1 and result.count("email").sent == 1
    assert len(read_mailbox(mail_dir)) == 1
    row = rows(sessions)["zalo"]
    assert row.status == "skipped" and "đã được gửi thư điện tử" in (row.note or "")
    later = datetime.now(UTC) + timedelta(days=1)
    assert dispatch_pending(sessions, delivery_settings, now=later).claimed == 0


def test_a_non_follower_gets_a_zns_template_message(
    sessions: sessionmaker[Session], delivery_settings: Settings, zalo: ZaloApiStandIn
) -> None:
    recipient = person(1, email=False).model_copy(update={"zalo_user_id": None})
    queue(sessions, recipient)
    assert rows(sessions)["zalo"].address == "zns:0987654321"

    assert dispatch_pending(sessions, with_zns(delivery_settings)).sent == 1

    (zns,) = zalo.messages
    assert zns["kind"] == "zns" and zns["template_id"] == "230002"
    assert zns["template_data"]["ma_nhiem_vu"] == "NV-02"


def test_quiet_hours_hold_a_message_until_they_end(
    sessions: sessionmaker[Session], delivery_settings: Settings, mail_dir: Path
) -> None:
    # Quiet from an hour ago to an hour from now, Vietnamese time (may span midnight).
    now = datetime.now(UTC)
    local = now.astimezone(LOCAL_TIME)
    quiet = f"{local - timedelta(hours=1):%H:%M}-{local + timedelta(hours=1):%H:%M}"
    recipient = person(1, zalo=False).model_copy(update={"quiet_hours": quiet})
    queue(sessions, recipient)
    row = rows(sessions)["email"]
    assert row.next_attempt_at > now + timedelta(minutes=58) and "giờ yên tĩnh" in (row.note or "")

    assert dispatch_pending(sessions, delivery_settings, now=now).claimed == 0
    assert read_mailbox(mail_dir) == []
    after = row.next_attempt_at + timedelta(seconds=1)
    assert dispatch_pending(sessions, delivery_settings, now=after).sent == 1


def test_a_chosen_channel_overrides_the_directory(sessions: sessionmaker[Session]) -> None:
    recipient = person(1)
    with sessions.begin() as s:
        assert set_channels(s, recipient.id, ["email", "fax"]) == ("email",)
    queue(sessions, recipient)
    assert set(rows(sessions)) == {"email"}
    with sessions.begin() as s:
        assert set_channels(s, recipient.id, []) == ("email",)  # never no channel at all


class RecordingMinter:
    """A LinkMinter that hands out numbered links and remembers each pass's requests."""

    def __init__(self) -> None:
        self.passes: list[list[LinkRequest]] = []

    def mint(self, requests: list[LinkRequest]) -> list[str]:
        self.passes.append(requests)
        return [
            f"http://127.0.0.1:1/dang-nhap/t{len(self.passes)}-{i}" for i in range(len(requests))
        ]


def test_a_pass_mints_its_links_at_once_and_each_message_gets_its_own(
    sessions: sessionmaker[Session], delivery_settings: Settings, mail_dir: Path
) -> None:
    for n in (1, 2, 3):
        queue(sessions, person(n, zalo=False), event=f"reviewed:{n}")
    minter = RecordingMinter()

    assert dispatch_pending(sessions, delivery_settings, links=minter).sent == 3

    (requests,) = minter.passes  # one call for the whole pass: each row its own link
    # (each person has an e-mail row and a ZNS row, the latter skipped: no template here)
    assert sorted(r.person_id for r in requests) == ["p001", "p001", "p002", "p002", "p003", "p003"]
    assert {r.next_path for r in requests} == {"/nhiem-vu/NV-02"}
    texts = [m.get_body(("plain",)) for m in read_mailbox(mail_dir)]
    links = {
        line
        for part in texts
        if part is not None
        for line in part.get_content().splitlines()
        if "/dang-nhap/t1-" in line
    }
    assert len(links) == 3
