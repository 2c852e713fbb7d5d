"""The ``directives`` command on a SQLite database under a temporary home.

Every move an admin or a script makes from the shell: ingest without a flow
run, status as JSON with the four timeliness buckets, evidence, review,
reopen, extension, reassignment, sign-off, and the audit chain check. A
refused command exits non-zero with the Vietnamese message and changes no row
and no stored file. Mail goes to a mail catcher on loopback; Zalo is off.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner, Result

from directives.cli import app
from directives.custody import referenced_shas
from directives.db import Base, make_engine, session_factory
from directives.evidence import EvidenceStore
from directives.local.mailcatcher import MailCatcher
from directives.runtime import runtime
from directives.settings import get_settings
from tests.conftest import SEED

NUMBER = "115/UBND-NCPC"
BGD_MEMBER = "do-thi-hoa"  # lead unit of actions 1, 4, 5, 6
VP_MEMBER = "ngo-van-cuong"  # lead unit of actions 2, 3
INSPECTOR = "dang-van-minh"
LEADER = "huynh-thi-lan"
ADMIN = "quan-tri"


def flat(text: str) -> str:
    """Output with rich's line wrapping undone."""
    return " ".join(text.split())


@dataclass
class Cli:
    home: Path
    db_path: Path
    report: Path

    def __call__(self, *args: str) -> Result:
        return CliRunner().invoke(app, list(args))

    def ok(self, *args: str) -> str:
        result = self(*args)
        assert result.exit_code == 0, result.output
        return result.stdout

    def status(self, today: date | None = None) -> dict[str, Any]:
        args = ["status", NUMBER, "--json"] + (["--today", today.isoformat()] if today else [])
        data: dict[str, Any] = json.loads(self.ok(*args))
        return data

    def codes(self) -> list[str]:
        return [a["code"] for a in self.status()["actions"]]

    def snapshot(self) -> dict[str, int]:
        """Rows per table and the stored files rows need: what a refusal must not change
        (a file a refused upload stored is no row's; the custody sweep collects it)."""
        engine = make_engine(f"sqlite:///{self.db_path}")
        with session_factory(engine)() as session:
            counts = {
                t.name: session.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables
            }
            needed = referenced_shas(session)
        engine.dispose()
        evidence = EvidenceStore(self.home / "evidence", 1)
        counts["evidence files"] = sum(1 for sha in needed if evidence.check(sha) is None)
        return counts


@pytest.fixture
def cli(tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:
    db_path = tmp_path / "directives.db"
    shutil.copyfile(sqlite_template, db_path)
    report = tmp_path / "bao-cao.pdf"
    report.write_bytes(b"%PDF-1.4\nBao cao ket qua thuc hien\n%%EOF\n")
    with MailCatcher(tmp_path / "mail", "127.0.0.1", 0) as mail:
        for key, value in {
            "DIRECTIVES_HOME": str(tmp_path / "home"),
            "DIRECTIVES_DATABASE_URL": f"sqlite:///{db_path}",
            "DIRECTIVES_ZALO__ENABLED": "false",
            "DIRECTIVES_SMTP__HOST": "127.0.0.1",
            "DIRECTIVES_SMTP__PORT": str(mail.port),
        }.items():
            monkeypatch.setenv(key, value)
        get_settings.cache_clear()
        runtime.cache_clear()
        try:
            yield Cli(tmp_path / "home", db_path, report)
        finally:
            if runtime.cache_info().currsize:
                runtime().engine.dispose()
            runtime.cache_clear()
            get_settings.cache_clear()


@pytest.fixture
def ingested(cli: Cli) -> Cli:
    result = cli("ingest", str(SEED), "--no-run", "--received-on", "2017-01-25")
    assert result.exit_code == 0, result.output
    assert f"Đã tiếp nhận văn bản số {NUMBER} (mã" in flat(result.stdout)
    assert "6 nhiệm vụ" in result.stdout
    assert result.stderr == ""  # --no-run: no flow run, and no complaint about one
    return cli


def test_status_json_counts_the_four_timeliness_buckets(ingested: Cli) -> None:
    before = ingested.status(date(2017, 3, 1))
    assert before["number"] == NUMBER and before["state"] == "active"
    assert before["flow_run_id"] is None
    assert before["buckets"] == {
        "done_on_time": 0,
        "done_late": 0,
        "open_within_deadline": 6,
        "open_overdue": 0,
        "ongoing": 0,
    }
    assert {a["effective_deadline"] for a in before["actions"]} == {"2017-03-15"}
    after = ingested.status(date(2017, 3, 16))
    assert after["buckets"]["open_overdue"] == 6


def test_evidence_from_a_person_outside_the_lead_unit_is_refused_and_changes_nothing(
    ingested: Cli,
) -> None:
    first = ingested.codes()[0]
    before = ingested.snapshot()
    result = ingested("evidence", "add", first, str(ingested.report), "--as", VP_MEMBER)
    assert result.exit_code == 3
    assert f"Lỗi: Ngô Văn Cường không có quyền nộp tài liệu cho nhiệm vụ {first}" in flat(
        result.stderr
    )
    assert ingested.snapshot() == before
    unknown = ingested("evidence", "add", first, str(ingested.report), "--as", "nguoi-la")
    assert unknown.exit_code == 3
    assert "không có trong danh bạ cơ quan" in flat(unknown.stderr)
    assert ingested.snapshot() == before


def test_review_reopen_extend_and_reassign_move_the_actions(ingested: Cli) -> None:
    one, two, three = ingested.codes()[:3]
    later = date.today() + timedelta(days=365)

    ingested.ok("extend", one, "--until", later.isoformat(), "--as", BGD_MEMBER,
                "--reason", "Chờ ý kiến của Bộ Ngoại giao")  # fmt: skip
    ingested.ok("extend-decide", one, "approve", "--as", INSPECTOR)
    ingested.ok("evidence", "add", one, str(ingested.report), "--as", BGD_MEMBER,
                "--doc-number", "12/BC-SNgV", "--doc-date", "2026-01-05")  # fmt: skip
    ingested.ok("review", one, "approve", "--as", INSPECTOR, "--comment", "Đạt.")
    ingested.ok("evidence", "add", two, str(ingested.report), "--as", VP_MEMBER)
    ingested.ok("review", two, "approve", "--as", INSPECTOR)

    actions = {a["code"]: a for a in ingested.status()["actions"]}
    assert actions[one]["original_deadline"] == "2017-03-15"
    assert actions[one]["effective_deadline"] == later.isoformat()
    assert actions[one]["timeliness"] == "done_on_time"  # submitted within the extension
    assert actions[two]["timeliness"] == "done_late"
    assert ingested.status()["buckets"] == {
        "done_on_time": 1,
        "done_late": 1,
        "open_within_deadline": 0,
        "open_overdue": 4,
        "ongoing": 0,
    }

    no_reason = ingested("reopen", two, "--as", INSPECTOR, "--reason", " ")
    assert no_reason.exit_code == 1 and "lý do mở lại" in flat(no_reason.stderr)
    ingested.ok("reopen", two, "--as", INSPECTOR, "--reason", "Thiếu quyết định ban hành")
    reopened = {a["code"]: a for a in ingested.status()["actions"]}[two]
    assert reopened["state"] in {"reopened", "in_progress"}
    assert reopened["timeliness"] == "open_overdue"

    refused = ingested("reassign", three, "--unit", "htqt", "--as", VP_MEMBER)
    assert refused.exit_code == 3 and "không có quyền giao lại" in flat(refused.stderr)
    ingested.ok("reassign", three, "--unit", "htqt", "--as", ADMIN)
    moved = {a["code"]: a for a in ingested.status()["actions"]}[three]
    assert moved["lead_unit"] == "htqt"


def test_signoff_is_refused_while_actions_are_open_and_names_them(ingested: Cli) -> None:
    codes = ingested.codes()
    before = ingested.snapshot()
    result = ingested("signoff", NUMBER, "--as", LEADER)
    assert result.exit_code == 1
    message = flat(result.stderr)
    assert "Chưa thể ký xác nhận" in message
    assert all(code in message for code in codes)
    assert ingested.snapshot() == before
    assert ingested.status()["state"] == "active"


def test_audit_verify_passes_then_names_an_edited_row(ingested: Cli) -> None:
    first = ingested.codes()[0]
    ingested.ok("evidence", "add", first, str(ingested.report), "--as", BGD_MEMBER)
    intact = ingested("audit", "verify")
    assert intact.exit_code == 0, intact.output
    assert "Nhật ký kiểm tra nguyên vẹn: đã xác minh" in flat(intact.stdout)

    with sqlite3.connect(ingested.db_path) as conn:
        row_id = conn.execute("SELECT min(id) + 1 FROM audit_events").fetchone()[0]
        conn.execute("UPDATE audit_events SET actor = 'ke-gian' WHERE id = ?", (row_id,))
    broken = ingested("audit", "verify")
    assert broken.exit_code == 1
    assert "Nhật ký kiểm tra có 1 sai lệch" in flat(broken.stderr)
    assert f"Sự kiện {row_id}: nội dung đã bị sửa hoặc bị giả mạo" in flat(broken.stderr)


def test_a_unit_head_names_an_officer_and_a_file_is_withdrawn_from_the_shell(
    ingested: Cli,
) -> None:
    two = ingested.codes()[1]  # Văn phòng Sở leads it
    before = ingested.snapshot()
    refused = ingested("assign-officer", two, VP_MEMBER, "--as", VP_MEMBER)
    assert refused.exit_code == 3
    assert "không có quyền phân công cán bộ của Văn phòng Sở" in flat(refused.stderr)
    assert ingested.snapshot() == before
    done = ingested.ok(
        "assign-officer", two, VP_MEMBER, "--as", "tran-thi-binh", "--role", "phoi-hop"
    )
    assert f"Đã phân công Ngô Văn Cường thực hiện nhiệm vụ {two}, vai trò: phối hợp." in flat(done)
    assert ingested.snapshot()["action_officers"] == 1
    off = ingested.ok("assign-officer", two, VP_MEMBER, "--as", "tran-thi-binh", "--remove")
    assert "Đã thôi phân công" in off
    assert ingested.snapshot()["action_officers"] == 0

    ingested.ok("evidence", "add", two, str(ingested.report), "--as", VP_MEMBER, "--no-submit")
    rows = ingested.snapshot()["evidence"]
    withdrawn = ingested.ok("evidence", "withdraw", str(rows), "--as", VP_MEMBER)
    assert "Đã rút tài liệu “bao-cao.pdf”" in flat(withdrawn)
    assert ingested.snapshot()["evidence"] == rows - 1


def test_an_admin_disables_a_person_from_the_shell(cli: Cli) -> None:
    from directives import access
    from directives.access import PortalSession

    rt = runtime()
    with rt.sessions.begin() as session:
        token = access.open_session(session, BGD_MEMBER, hours=12)
    refused = cli("person", "disable", BGD_MEMBER, "--as", BGD_MEMBER)
    assert refused.exit_code == 3
    assert "không có quyền khóa" in flat(refused.output)
    out = flat(cli.ok("person", "disable", BGD_MEMBER, "--as", ADMIN))
    assert "1 phiên làm việc đã bị chấm dứt" in out
    with rt.sessions() as session:
        assert access.find_session(session, token) is None
        assert session.scalars(select(PortalSession)).one().revoked_at is not None
        assert access.is_disabled(session, BGD_MEMBER)
    cli.ok("person", "enable", BGD_MEMBER, "--as", ADMIN)
    with rt.sessions() as session:
        assert not access.is_disabled(session, BGD_MEMBER)


def test_calendar_arithmetic_past_its_bounds_is_one_vietnamese_line() -> None:
    result = CliRunner().invoke(app, ["calendar", "add-working-days", "2017-01-01", "100000000"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "vượt quá giới hạn cho phép" in flat(result.output)


def test_migrate_says_in_vietnamese_that_the_schema_is_current(cli: Cli) -> None:
    out = cli.ok("migrate")
    assert "Cơ sở dữ liệu đã được cập nhật lên phiên bản cấu trúc mới nhất:" in flat(out)
    assert f"sqlite:///{cli.db_path}" in "".join(out.split())  # (rich wraps a long path)


def test_stop_names_in_vietnamese_what_it_stopped(cli: Cli) -> None:
    assert flat(cli.ok("stop")) == "Không có tiến trình nào của hệ thống đang chạy."
    # a stack's portal left running (its pid in the state folder's stack.pids)
    portal = subprocess.Popen(["sleep", "60"])
    try:
        cli.home.mkdir(parents=True, exist_ok=True)
        (cli.home / "stack.pids").write_text(f"portal {portal.pid}\n")
        assert flat(cli.ok("stop")) == "Đã dừng: cổng thông tin."
        assert portal.poll() is not None  # stopped, not only named
        assert not (cli.home / "stack.pids").exists()
    finally:
        portal.kill()
        portal.wait()
