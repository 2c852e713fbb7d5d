"""``directives storage verify|collect``, ``audit verify`` and a refused ``evidence add``,
on SQLite and PostgreSQL: each check names what it found in Vietnamese and exits 1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from typer.testing import CliRunner, Result

from directives.cli import app
from directives.db import AuditEvent, Directive
from directives.runtime import Runtime, runtime
from directives.settings import get_settings
from tests.conftest import SEED
from tests.test_cli import flat

BGD_MEMBER = "do-thi-hoa"
VP_MEMBER = "ngo-van-cuong"


@dataclass
class Shell:
    home: Path

    def __call__(self, *args: str) -> Result:
        return CliRunner().invoke(app, list(args))

    @property
    def rt(self) -> Runtime:
        return runtime()


@pytest.fixture
def shell(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Shell]:
    for key, value in {
        "DIRECTIVES_HOME": str(tmp_path / "home"),
        "DIRECTIVES_DATABASE_URL": db_url,
        "DIRECTIVES_ZALO__ENABLED": "false",
        "DIRECTIVES_SMTP__PORT": "9",  # nothing listens: messages stay queued, commands succeed
    }.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    runtime.cache_clear()
    try:
        result = CliRunner().invoke(
            app, ["ingest", str(SEED), "--no-run", "--received-on", "2017-01-25"]
        )
        assert result.exit_code == 0, result.output
        yield Shell(tmp_path / "home")
    finally:
        if runtime.cache_info().currsize:
            runtime().engine.dispose()
        runtime.cache_clear()
        get_settings.cache_clear()


def first_action(shell: Shell) -> str:
    with shell.rt.sessions() as session:
        directive = session.scalars(select(Directive)).one()
        return directive.actions[0].code


def test_a_refused_evidence_add_keeps_the_source_letter_with_the_same_bytes(shell: Shell) -> None:
    """Offering the letter itself as evidence, by someone outside the unit, used to delete
    the letter's stored file (the clean-up asked only the evidence table)."""
    refused = shell("evidence", "add", first_action(shell), str(SEED), "--as", VP_MEMBER)
    assert refused.exit_code == 3
    verify = shell("storage", "verify")
    assert verify.exit_code == 0, verify.output
    assert "Đã kiểm tra 1 tệp lưu trữ: tất cả còn nguyên vẹn." in flat(verify.stdout)


def test_storage_verify_names_each_missing_or_altered_file(shell: Shell, tmp_path: Path) -> None:
    code = first_action(shell)
    report = tmp_path / "bao-cao.txt"
    report.write_text("Báo cáo kết quả thực hiện.", encoding="utf-8")
    assert shell("evidence", "add", code, str(report), "--as", BGD_MEMBER).exit_code == 0
    evidence = shell.rt.ws.evidence
    with shell.rt.sessions() as session:
        source = session.scalars(select(Directive.source_sha256)).one()
    evidence.path_of(source).write_bytes(b"da bi sua")
    for sha, _ in list(evidence.stored()):
        if sha != source:
            evidence.path_of(sha).unlink()
    verify_names_a_lost_report_and_an_altered_letter(shell, code)


def verify_names_a_lost_report_and_an_altered_letter(shell: Shell, code: str) -> None:
    """``storage verify`` after the report of ``code`` was lost and the letter altered."""
    result = shell("storage", "verify")
    assert result.exit_code == 1
    out = flat(result.stderr)
    assert "Phát hiện 2/2 tệp lưu trữ bị mất hoặc bị thay đổi" in out
    assert f"bị mất; dùng cho: tài liệu kiểm chứng số 1 “bao-cao.txt” của nhiệm vụ {code}" in out
    assert "bị thay đổi nội dung (sai mã sha256); dùng cho: tệp gốc “115-UBND-NCPC.txt”" in out


def test_audit_verify_names_a_forged_state_and_a_truncation_in_vietnamese(shell: Shell) -> None:
    intact = shell("audit", "verify")
    assert intact.exit_code == 0, intact.output
    with shell.rt.sessions.begin() as session:
        session.execute(update(Directive).values(state="closed"))
    forged = shell("audit", "verify")
    assert forged.exit_code == 1
    assert (
        "Văn bản 115/UBND-NCPC đang ở trạng thái “Đã kết thúc” nhưng nhật ký không có sự kiện"
        in flat(forged.stderr)
    )
    with shell.rt.sessions.begin() as session:
        session.execute(update(Directive).values(state="active"))
        head = session.scalars(select(AuditEvent.id).order_by(AuditEvent.id.desc())).first()
        session.execute(delete(AuditEvent).where(AuditEvent.id == head))
    truncated = shell("audit", "verify")
    assert truncated.exit_code == 1
    assert f"Nhật ký bị cắt bớt: mốc neo ghi nhận sự kiện cuối là {head}" in flat(truncated.stderr)


def test_storage_collect_refuses_a_grace_under_an_hour(shell: Shell) -> None:
    result = shell("storage", "collect", "--grace-hours", "0")
    assert result.exit_code == 2
    assert "thời gian chờ phải từ 1 giờ trở lên" in flat(result.stderr)
    ok = shell("storage", "collect")
    assert ok.exit_code == 0 and "Đã thu dọn 0 tệp" in ok.stdout
