"""``directives notify test --to PERSON``: one test message on each of a person's channels."""

from __future__ import annotations

import secrets
from typing import Annotated

import typer
from sqlalchemy import select

from directives.cli.common import console, err_console
from directives.cli.typer_vi import Typer
from directives.db import Notification
from directives.notify.dispatch import dispatch_pending
from directives.notify.messages import render
from directives.notify.outbox import enqueue
from directives.notify.routing import CHANNEL_VI, STATUS_VI, channels_of, chosen_channels
from directives.runtime import runtime

notify_app = Typer(
    help="Tin nhắn: gửi thử đến các kênh liên lạc của một cán bộ.", no_args_is_help=True
)


@notify_app.command("test")
def test_channels(
    to: Annotated[str, typer.Option("--to", help="Mã cán bộ trong danh bạ cơ quan.")],
) -> None:
    """Gửi một tin nhắn thử trên từng kênh liên lạc của cán bộ và in kết quả."""
    rt = runtime()
    person = rt.ws.org.find_person(to)
    if person is None:
        err_console.print(f"[red]Lỗi:[/red] Không tìm thấy người có mã “{to}” trong danh bạ.")
        raise typer.Exit(4)
    nonce = secrets.token_hex(4)
    ids: list[int] = []
    with rt.sessions.begin() as session:
        channels = channels_of(person, chosen_channels(session, [person.id]))
        for channel in channels:
            message = render(
                rt.ws.settings.templates_dir,
                "test_message",
                link_path="/thong-bao",
                recipient=person,
                channel_label=CHANNEL_VI[channel].lower().replace("zalo", "Zalo"),
            )
            rows = enqueue(
                session,
                event=f"test:{person.id}:{channel}:{nonce}",
                recipient=person,
                message=message,
                channels=(channel,),
                urgent=True,
            )
            ids.extend(r.id for r in rows)
    if not ids:
        err_console.print(
            f"[red]Lỗi:[/red] {person.name} chưa có địa chỉ cho kênh nào "
            f"({', '.join(CHANNEL_VI[c] for c in channels) or 'không chọn kênh nào'})."
        )
        raise typer.Exit(1)
    dispatch_pending(rt.sessions, rt.ws.settings)
    with rt.sessions() as session:
        rows = list(session.scalars(select(Notification).where(Notification.id.in_(ids))))
    console.print(f"Thư thử nghiệm cho {person.name} ({person.id}):")
    for row in sorted(rows, key=lambda r: r.channel):
        line = (
            f"  {CHANNEL_VI[row.channel]} → {row.address}: {STATUS_VI.get(row.status, row.status)}"
        )
        if row.note:
            line += f" ({row.note})"
        if row.last_error and row.status != "sent":
            line += f"; lỗi: {row.last_error}"
        console.print(line, highlight=False, markup=False)
    if not rt.ws.settings.zalo.enabled and "zalo" in channels:
        console.print("  Zalo đang tắt trong cấu hình: tin Zalo chờ đến khi bật lại.")
