"""Benchmark: 1,000 personalised e-mails through the product's outbox and dispatcher.

A loopback SMTP server (aiosmtpd) waits ``--delay`` (50 ms) before accepting
each message, like a real relay. Three ways of sending the same 1,000
messages, in the same run, each from rendering to the last message accepted:

- product: render each message (HTML + text, ``config/templates``), queue it in
  the outbox (SQLite, the embedded default), then ``dispatch_pending`` passes
  until the outbox is empty: claim, mint each personal sign-in link, send
  through apprise's SMTP with ``--concurrency`` threads, record each outcome;
- smtplib: render the same messages, mint the same links, send them one after
  another over one SMTP connection (the plain, sequential baseline);
- aiosmtplib: render and mint the same, send with ``--concurrency`` messages in
  flight (the lower bound at that concurrency).

Reported: wall time, process CPU per message, and the product's ratio to each
baseline. The target is within 1.1x of aiosmtplib in time.

Usage: .venv/bin/python bench/bench_notify.py [--messages 1000] [--delay 0.05]
[--concurrency 8] [--repeat 1]. Writes bench/RESULTS-notify.md.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import platform
import smtplib
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formataddr, make_msgid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiosmtplib  # noqa: E402
from aiosmtpd.controller import Controller  # noqa: E402

from directives.db import make_engine, migrate, session_factory  # noqa: E402
from directives.notify import apprise_plugins  # noqa: E402
from directives.notify.dispatch import dispatch_pending  # noqa: E402
from directives.notify.links import SigninLinks, personalise  # noqa: E402
from directives.notify.messages import render  # noqa: E402
from directives.notify.outbox import CHANNEL_EMAIL, Message, Outgoing, enqueue_many  # noqa: E402
from directives.notify.smtp_mail import alternative_email  # noqa: E402
from directives.org import Person  # noqa: E402
from directives.settings import DEFAULT_CONFIG_DIR, Settings, SmtpSettings  # noqa: E402
from tests.notify.test_templates import ACTION, DIRECTIVE, UNIT  # noqa: E402

TEMPLATES = DEFAULT_CONFIG_DIR / "templates"
SENDER = "theodoi-chidao@example.org"


class SlowHandler:
    """aiosmtpd handler: waits ``delay`` per message, then accepts it."""

    def __init__(self, delay: float, count: Any) -> None:
        self.delay = delay
        self.accepted = count

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(self.delay)
        with self.accepted.get_lock():
            self.accepted.value += 1
        return "250 Message accepted for delivery"


def serve(port: int, delay: float, count: Any, stop: Any, ready: Any) -> None:
    controller = Controller(SlowHandler(delay, count), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    stop.wait()
    controller.stop()


class SlowRelay:
    """The loopback relay, in a process of its own (its CPU is not the senders')."""

    def __init__(self, delay: float) -> None:
        context = multiprocessing.get_context("spawn")
        self.port = free_port()
        self._count = context.Value("i", 0)
        self._stop, ready = context.Event(), context.Event()
        self._process = context.Process(
            target=serve, args=(self.port, delay, self._count, self._stop, ready), daemon=True
        )
        self._process.start()
        if not ready.wait(30):
            raise RuntimeError("the loopback SMTP server did not start")

    @property
    def count(self) -> int:
        value: int = self._count.value
        return value

    def close(self) -> None:
        self._stop.set()
        self._process.join(10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def people(n: int) -> list[Person]:
    return [
        Person(
            id=f"nguoi-{i:05d}",
            name=f"Nguyễn Thị Hoà {i}",
            title="Chuyên viên",
            unit="vp",
            email=f"nguoi.{i:05d}@songoaivu.example.vn",
        )
        for i in range(n)
    ]


def personalised(person: Person, i: int) -> Message:
    return render(
        TEMPLATES,
        "review_rejected",
        recipient=person,
        directive=DIRECTIVE,  # the template tests' sample letter, one action per person
        action={**ACTION, "code": f"NV-{i:04d}"},
        unit=UNIT,
        reviewer=Person(
            id="insp", name="Đặng Văn Minh", title="Thành viên Đoàn kiểm tra", unit="dkt"
        ),
        comment=f"Đề nghị bổ sung quyết định ban hành quy chế (lần {i}).",
    )


def mime(person: Person, message: Message, link: str) -> bytes:
    """The same two-part e-mail the product sends (its own builder, so the bytes match)."""
    return alternative_email(
        sender=formataddr(("Hệ thống theo dõi chỉ đạo", SENDER), "utf-8"),
        to=person.email or "",
        subject=message.subject,
        text=personalise(message.body, link),
        html=personalise(message.html or "", link, is_html=True),
        message_id=make_msgid(domain="directives.local"),
    )


@dataclass
class Run:
    name: str
    wall: float
    cpu: float
    sent: int


def timed(name: str, relay: SlowRelay, work: Callable[[], None]) -> Run:
    before = relay.count
    wall0, cpu0 = time.perf_counter(), time.process_time()
    work()
    return Run(name, time.perf_counter() - wall0, time.process_time() - cpu0, relay.count - before)


def run_product(settings: Settings, crowd: list[Person], concurrency: int) -> None:
    engine = make_engine(settings.db_url)
    sessions = session_factory(engine)
    outgoing = [
        Outgoing(f"bench:{i}", p, personalised(p, i), channels=(CHANNEL_EMAIL,))
        for i, p in enumerate(crowd)
    ]
    with sessions.begin() as session:
        enqueue_many(session, outgoing)
    while dispatch_pending(sessions, settings, workers=concurrency).claimed:
        pass
    engine.dispose()


def run_smtplib(settings: Settings, crowd: list[Person], port: int) -> None:
    links = SigninLinks(settings)
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for i, p in enumerate(crowd):
            message = personalised(p, i)
            link = links(p.id, message.link_path or "/")
            smtp.sendmail(SENDER, [p.email or ""], mime(p, message, link))


def run_aiosmtplib(settings: Settings, crowd: list[Person], port: int, concurrency: int) -> None:
    links = SigninLinks(settings)

    async def main() -> None:
        gate = asyncio.Semaphore(concurrency)

        async def one(i: int, p: Person) -> None:
            message = personalised(p, i)
            mail = mime(p, message, links(p.id, message.link_path or "/"))
            async with gate:
                await aiosmtplib.send(
                    mail, hostname="127.0.0.1", port=port, sender=SENDER, recipients=[p.email or ""]
                )

        await asyncio.gather(*(one(i, p) for i, p in enumerate(crowd)))

    asyncio.run(main())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "RESULTS-notify.md")
    args = parser.parse_args()

    relay = SlowRelay(args.delay)
    port = relay.port
    crowd = people(args.messages)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-notify-") as tmp:
            home = Path(tmp)
            settings = Settings(home=home, database_url=f"sqlite:///{home / 'directives.db'}")
            settings = settings.model_copy(
                update={
                    "smtp": SmtpSettings(host="127.0.0.1", port=port, sender=SENDER),
                    "zalo": settings.zalo.model_copy(update={"enabled": False}),
                }
            )
            migrate(settings.db_url)
            # Templates compiled, apprise's plugins loaded before any clock starts
            # (once per process, as aiosmtplib's import is).
            personalised(crowd[0], 0)
            apprise_plugins.register()
            runs = [
                timed(
                    "product (outbox + dispatcher)",
                    relay,
                    lambda: run_product(settings, crowd, args.concurrency),
                ),
                timed(
                    "aiosmtplib, same concurrency",
                    relay,
                    lambda: run_aiosmtplib(settings, crowd, port, args.concurrency),
                ),
                timed(
                    "smtplib, one after another", relay, lambda: run_smtplib(settings, crowd, port)
                ),
            ]
    finally:
        relay.close()
    report(runs, args)


def report(runs: list[Run], args: argparse.Namespace) -> None:
    product, fast, plain = runs
    lines = [
        "# Notification benchmark",
        "",
        f"{args.messages} personalised e-mails (HTML + text, one sign-in link each) to a",
        f"loopback SMTP server that waits {args.delay * 1000:.0f} ms per message; "
        f"concurrency {args.concurrency}.",
        f"Machine: {platform.machine()}, Python {platform.python_version()}; command:",
        f"`.venv/bin/python bench/bench_notify.py --messages {args.messages} "
        f"--delay {args.delay} --concurrency {args.concurrency}`",
        "",
        "| way | sent | wall s | CPU ms/message | product / this (time) | product / this (CPU) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for run in runs:
        lines.append(
            f"| {run.name} | {run.sent} | {run.wall:.2f} | {run.cpu / max(1, run.sent) * 1000:.2f} "
            f"| {product.wall / run.wall:.2f}x | {product.cpu / max(run.cpu, 1e-9):.2f}x |"
        )
    lines += [
        "",
        f"Product vs aiosmtplib at the same concurrency: {product.wall / fast.wall:.2f}x "
        "in time (target: within 1.1x); vs plain smtplib one after another: "
        f"{product.wall / plain.wall:.2f}x.",
    ]
    text = "\n".join(lines) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
