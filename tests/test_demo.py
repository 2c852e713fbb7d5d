"""`directives demo` end to end: a real Prefect server on SQLite, the serve process,
the portal, the mail catcher and the Zalo stand-in, all on loopback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from directives.audit import AuditSeal
from directives.audit_checks import check_all
from directives.db import AuditEvent, Directive, Notification, make_engine, session_factory
from directives.local.mailcatcher import duplicate_message_ids, read_mailbox
from directives.local.stack import free_port
from directives.settings import Settings
from tests.conftest import PROJECT_ROOT, fresh_pg_database

pytestmark = [pytest.mark.slow, pytest.mark.prefect]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_home(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, str, str, subprocess.CompletedProcess[str]]]:
    """The demo on the embedded default, and again on the scale-out databases: the app's
    and the Prefect server's on PostgreSQL."""
    home = tmp_path_factory.mktemp("demo") / "state"
    if request.param == "sqlite":
        app_url = f"sqlite:///{home / 'directives.db'}"
        prefect_url = f"sqlite:///{home / 'prefect' / 'prefect.db'}"
        yield home, app_url, prefect_url, run_demo(home, None, None)
        return
    with (
        fresh_pg_database("directives_demo") as app_url,
        fresh_pg_database("prefect_demo") as prefect_url,
    ):
        yield home, app_url, prefect_url, run_demo(home, app_url, prefect_url)


def run_demo(
    home: Path, database_url: str | None, prefect_database_url: str | None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DIRECTIVES_HOME": str(home),
        "DIRECTIVES_PREFECT__PORT": str(free_port("127.0.0.1")),
        "DIRECTIVES_PORTAL__PORT": str(free_port("127.0.0.1")),
        "DIRECTIVES_SMTP__PORT": str(free_port("127.0.0.1")),
        "COLUMNS": "200",
    }
    env.pop("DIRECTIVES_DATABASE_URL", None)
    if database_url:
        env["DIRECTIVES_DATABASE_URL"] = database_url
    if prefect_database_url:
        env["DIRECTIVES_PREFECT__DATABASE_URL"] = prefect_database_url
    return subprocess.run(
        [sys.executable, "-m", "directives", "demo"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_demo_exits_zero_and_prints_the_summary(
    demo_home: tuple[Path, str, str, subprocess.CompletedProcess[str]],
) -> None:
    home, _, _, done = demo_home
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "115/UBND-NCPC" in done.stdout
    assert "Đã được chấp thuận" in done.stdout
    assert "/runs/flow-run/" in done.stdout
    assert str(home / "closeout") in done.stdout
    out = " ".join(done.stdout.split())
    assert re.search(r"Tin nhắn đã gửi: email: \d+, zalo: \d+", out)  # both channels
    found = re.search(r"HTML và văn bản, dẫn tới trang của nội dung thư: (\d+)/(\d+)", out)
    assert found is not None and found.group(1) == found.group(2)
    # the daily integrity check always runs and mails its result, whenever a sweep fires
    assert re.search(r"Kiểm tra toàn vẹn dữ liệu ngày \d\d/\d\d/\d{4}: không có sai lệch", out)


def test_app_database_shows_the_directive_closed_and_the_chain_intact(
    demo_home: tuple[Path, str, str, subprocess.CompletedProcess[str]],
) -> None:
    home, url, _, _ = demo_home
    engine = make_engine(url)
    seal = AuditSeal.from_settings(Settings(home=home, database_url=url))
    with session_factory(engine, info=seal.session_info())() as session:
        directive = session.scalars(select(Directive)).one()
        assert directive.number == "115/UBND-NCPC"
        assert directive.state == "closed"
        assert [a.state for a in directive.actions] == ["approved"] * 6
        # the resume re-ran the flow from the top: nothing was assigned twice
        assigned = session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.kind == "action.assigned")
        )
        assert assigned == 6
        closed_out = session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.kind == "directive.closed_out")
        )
        assert closed_out == 1
        assert check_all(session) == []  # chain, anchor and states agree
        unsent = session.scalar(
            select(func.count(Notification.id)).where(Notification.status != "sent")
        )
        assert unsent == 0
    engine.dispose()
    for name in ("bao-cao.docx", "bao-cao.md", "tai-lieu-kiem-chung.zip", "trang-thai.json"):
        assert (home / "closeout" / directive.code / name).stat().st_size > 0


def test_prefect_database_shows_the_run_completed(
    demo_home: tuple[Path, str, str, subprocess.CompletedProcess[str]],
) -> None:
    _, _, prefect_url, _ = demo_home
    engine = create_engine(prefect_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name, state_type FROM flow_run")).all()
    engine.dispose()
    lifecycle = [(name, state) for name, state in rows if "115/UBND-NCPC" in name]
    assert lifecycle == [("Chỉ đạo 115/UBND-NCPC", "COMPLETED")]


def test_no_message_was_delivered_twice(
    demo_home: tuple[Path, str, str, subprocess.CompletedProcess[str]],
) -> None:
    home, _, _, _ = demo_home
    mails = read_mailbox(home / "mail")
    assert len(mails) > 10
    assert duplicate_message_ids(mails) == {}
    subjects = [str(m["Subject"]) for m in mails]
    assert any(s.startswith("[Chờ đánh giá]") for s in subjects)  # the review digest
    assert any("Đề nghị bổ sung tài liệu kiểm chứng" in s for s in subjects)  # the rejection
    assert any("Đề nghị ký xác nhận hoàn thành" in s for s in subjects)
    assert any("Đoàn kiểm tra đã ký xác nhận hoàn thành" in s for s in subjects)
    # the admin's daily integrity report carries its personal link to the home page
    integrity = [m for m in mails if str(m["Subject"]).startswith("Kiểm tra toàn vẹn dữ liệu")]
    assert len(integrity) == 1
    plain = integrity[0].get_body(("plain",))
    assert plain is not None and "/dang-nhap/" in plain.get_content()
