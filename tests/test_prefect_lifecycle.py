"""The directive-lifecycle deployment on a live stack: a real Prefect server (SQLite),
the serve process and the portal, on free loopback ports.

Resuming twice closes out once; input that does not fit the RunInput is refused;
a refused sign-off leaves the run suspended again with the reason in its log.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import docx
import httpx
import pytest
from prefect.flow_runs import resume_flow_run
from prefect.input.actions import delete_flow_run_input
from sqlalchemy import func, select

from directives import orchestration, store
from directives.db import AuditEvent, Notification
from directives.intake import ingest_file
from directives.local.demo import wait_for_state
from directives.local.stack import Stack, wait_until
from directives.reports.verify import verify_bundle
from directives.run_repair import repair_runs
from directives.runtime import Runtime
from tests.conftest import EXAMPLES, SEED
from tests.letters import LETTER, NUMBER
from tests.live import (
    APPROVED_BYTES,
    LEADER,
    api_auth,
    approve_all,
    cancel_from_outside,
    current_run,
    flow_logs,
    ingest_and_wait,
    live_stack,
)

pytestmark = [pytest.mark.slow, pytest.mark.prefect]
MEMBER = {"bgd": "do-thi-hoa", "vp": "ngo-van-cuong"}


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, Runtime]]:
    with live_stack(tmp_path_factory) as running:
        yield running


def test_resume_twice_closes_out_once(live: tuple[Stack, Runtime]) -> None:
    stack, rt = live
    result = ingest_and_wait(stack, rt, SEED)
    approve_all(rt, result.directive_id)
    with rt.sessions.begin() as session:
        outcome = store.sign_off(session, rt.ws, result.directive_id, LEADER)
    assert outcome.closed
    signoff = orchestration.SignOff(number=result.number, round=outcome.round, signed_by=LEADER)
    assert result.flow_run_id
    # the first call resumes the run, unless the stack's own repair sweep (which resumes a
    # signed-off directive's waiting run) got there between the sign-off and it, as seen on a
    # slow machine; the second finds nothing waiting; either way the run closes out once (below)
    orchestration.resume_signoff(result.flow_run_id, signoff)
    assert orchestration.resume_signoff(result.flow_run_id, signoff) is False
    api = stack.settings.prefect.api_url
    wait_for_state(stack, api, result.flow_run_id, {"Completed"}, 120)
    with rt.sessions() as session:
        closeouts = session.scalar(
            select(func.count(AuditEvent.id)).where(
                AuditEvent.kind == "directive.closed_out",
                AuditEvent.directive_id == result.directive_id,
            )
        )
        closed_messages = session.execute(
            select(Notification.idempotency_key, Notification.body, Notification.link_path).where(
                Notification.event == "closed"
            )
        ).all()
    assert closeouts == 1
    keys = [key for key, _, _ in closed_messages]
    assert len(keys) == len(set(keys)) > 0
    # the close-out wrote the report and bundle, and its messages link the portal page
    assert all(
        "file://" not in body and (path or "").endswith(f"/van-ban/{result.code}")
        for _, body, path in closed_messages
    )
    folder = stack.settings.closeout_dir / result.code
    assert verify_bundle(folder / "tai-lieu-kiem-chung.zip").ok
    paragraphs = [p.text for p in docx.Document(str(folder / "bao-cao.docx")).paragraphs]
    assert "BÁO CÁO" in paragraphs
    key = f"directive-{result.code.lower()}-closeout"
    artifact = httpx.get(f"{api}/artifacts/{key}/latest", timeout=10, auth=api_auth()).json()
    assert "# BÁO CÁO" in artifact["data"]
    assert "Kết quả thực hiện Công văn số 115/UBND-NCPC" in artifact["data"]


def test_bad_input_is_refused_and_a_refused_signoff_suspends_again(
    live: tuple[Stack, Runtime],
) -> None:
    stack, rt = live
    api = stack.settings.prefect.api_url
    result = ingest_and_wait(stack, rt, EXAMPLES / "corpus" / "10-cong-van-van-xuoi.txt")
    assert result.flow_run_id
    with pytest.raises(Exception, match=r"(?i)run input|validat|schema|reject"):
        resume_flow_run(UUID(result.flow_run_id), run_input={"number": 115})
    state = httpx.get(f"{api}/flow_runs/{result.flow_run_id}", timeout=5, auth=api_auth()).json()[
        "state"
    ]["name"]
    assert state == "Suspended"
    with rt.sessions.begin() as session:
        outcome = store.sign_off(
            session, rt.ws, result.directive_id, LEADER, refuse=True, comment="Chưa đủ hồ sơ"
        )
    assert outcome.refused
    signoff = orchestration.SignOff(
        number=result.number, round=outcome.round, signed_by=LEADER, comment="Chưa đủ hồ sơ"
    )
    assert orchestration.resume_signoff(result.flow_run_id, signoff)
    # the run wakes, finds the directive still active and suspends again, saying why

    def suspended_again() -> bool:
        logs = flow_logs(api, result.flow_run_id or "")
        return sum("not signed off" in line for line in logs) >= 2

    wait_until(suspended_again, 120, "the second suspension")
    wait_for_state(stack, api, result.flow_run_id, {"Suspended"}, 60)
    with rt.sessions() as session:
        assert store.get_directive(session, result.directive_id).state == "active"
    assert any("actions not approved yet" in line for line in flow_logs(api, result.flow_run_id))


def test_a_run_killed_before_saving_its_input_schema_can_still_be_resumed(
    live: tuple[Stack, Runtime],
) -> None:
    """suspend_flow_run sets Suspended, then saves the input schema: a kill in between
    (found by the crash test) left a run the server refused to resume, for ever."""
    stack, rt = live
    api = stack.settings.prefect.api_url
    result = ingest_and_wait(stack, rt, EXAMPLES / "corpus" / "02-chi-thi-don-vi.txt")
    assert result.flow_run_id
    run_id = UUID(result.flow_run_id)
    state = httpx.get(f"{api}/flow_runs/{run_id}", timeout=5, auth=api_auth()).json()["state"]
    schema_key = state["state_details"]["run_input_keyset"]["schema"]
    delete_flow_run_input(schema_key, flow_run_id=run_id)  # as if killed before saving it
    suspended_at = datetime.fromisoformat(state["timestamp"])

    # within the grace period its process may still be about to write it: leave it alone
    assert not orchestration.restore_signoff_schema(run_id, now=suspended_at)
    assert orchestration.restore_signoff_schema(run_id, now=suspended_at + timedelta(minutes=1))
    assert not orchestration.restore_signoff_schema(run_id, now=suspended_at + timedelta(minutes=1))

    approve_all(rt, result.directive_id)
    with rt.sessions.begin() as session:
        outcome = store.sign_off(session, rt.ws, result.directive_id, LEADER)
    signoff = orchestration.SignOff(number=result.number, round=outcome.round, signed_by=LEADER)
    assert orchestration.resume_signoff(result.flow_run_id, signoff)
    wait_for_state(stack, api, result.flow_run_id, {"Completed"}, 120)


def test_the_sweep_starts_a_run_the_ingest_could_not_start(live: tuple[Stack, Runtime]) -> None:
    """Ingest stores the directive first; if Prefect cannot be reached then, the
    reminder-sweep's reconcile step creates the run later."""
    from directives.runtime import runtime
    from tasks.sweep import reconcile_runs

    stack, rt = live
    path = EXAMPLES / "corpus" / "14-chi-thi-ubnd-van-xuoi.txt"
    result = ingest_file(rt, path, received_on=rt.ws.local_date(datetime.now(UTC)), start_run=False)
    assert result.flow_run_id is None
    runtime.cache_clear()  # this process's runtime must be the live stack's
    try:
        counts = reconcile_runs()
    finally:
        runtime.cache_clear()
    assert counts == {"started": 1, "resumed": 0, "restarted": 0, "gave_up": 0, "repair_failed": 0}
    with rt.sessions() as session:
        run_id = store.get_directive(session, result.directive_id).flow_run_id
    assert run_id
    wait_for_state(stack, stack.settings.prefect.api_url, run_id, {"Suspended"}, 120)


def test_a_run_cancelled_from_outside_is_replaced_and_the_directive_closes_out(
    live: tuple[Stack, Runtime],
) -> None:
    """The reconcile step used to resume the cancelled run's id for ever (every 15 minutes)
    and the signed-off directive never closed out."""
    stack, rt = live
    api = stack.settings.prefect.api_url
    result = ingest_and_wait(stack, rt, EXAMPLES / "corpus" / "16-cong-van-han-chung.txt")
    assert result.flow_run_id
    approve_all(rt, result.directive_id)
    with rt.sessions.begin() as session:
        assert store.sign_off(session, rt.ws, result.directive_id, LEADER).closed
    cancel_from_outside(stack, api, result.flow_run_id)
    first = repair_runs(rt)
    again = repair_runs(rt)  # a second sweep before the new run finished: no second run
    assert first["restarted"] == 1 and again["restarted"] == 0
    new_run = current_run(rt, result.directive_id)
    assert new_run != result.flow_run_id
    wait_for_state(stack, api, new_run, {"Completed"}, 120)
    with rt.sessions() as session:
        assert store.closed_out(session, result.directive_id)
        restarted = session.scalars(
            select(AuditEvent).where(
                AuditEvent.kind == "directive.run_restarted",
                AuditEvent.directive_id == result.directive_id,
            )
        ).one()
        assert restarted.before == {"flow_run_id": result.flow_run_id, "run_state": "CANCELLED"}
    assert repair_runs(rt)["restarted"] == 0  # closed out: nothing left to repair


def test_a_run_that_keeps_dying_is_restarted_a_bounded_number_of_times_then_reported(
    live: tuple[Stack, Runtime],
) -> None:
    stack, rt = live
    api = stack.settings.prefect.api_url
    result = ingest_and_wait(stack, rt, EXAMPLES / "corpus" / "19-thong-bao-nhieu-cap.txt")
    assert result.flow_run_id
    cancel_from_outside(stack, api, result.flow_run_id)
    assert repair_runs(rt, max_restarts=1)["restarted"] == 1
    second = current_run(rt, result.directive_id)
    wait_for_state(stack, api, second, {"Suspended"}, 120)  # active: it waits for sign-off
    cancel_from_outside(stack, api, second)
    for _ in range(2):
        counts = repair_runs(rt, max_restarts=1)
        assert counts["restarted"] == 0 and counts["gave_up"] == 1
    assert current_run(rt, result.directive_id) == second
    with rt.sessions() as session:
        alerts = session.scalars(
            select(Notification).where(
                Notification.idempotency_key.like(f"integrity-run:{result.directive_id}:{second}|%")
            )
        ).all()
    assert len(alerts) == 1  # one admin, told once
    assert "không tự khôi phục được" in alerts[0].subject and second in alerts[0].body
    assert alerts[0].link_path == f"/van-ban/{result.code}"  # it opens the directive's page


def _plain_shell(home: Path, cwd: Path) -> dict[str, str]:
    """What a user's shell holds: no Prefect or stack settings, only where the state is."""
    return {
        "PATH": os.environ["PATH"],
        "HOME": str(cwd),
        "LANG": "C.UTF-8",
        "DIRECTIVES_HOME": str(home),
    }


def test_the_cli_in_a_plain_shell_reaches_the_running_stack(
    live: tuple[Stack, Runtime], tmp_path: Path
) -> None:
    """``ingest`` beside ``directives serve`` uses the stack's settings (its state folder's
    stack.env): the run starts at once on the stack's server, and its URL is printed."""
    stack, rt = live
    letter = tmp_path / "412-UBND-KSTT.txt"
    letter.write_text(LETTER, "utf-8")
    command = str(Path(sys.executable).parent / "directives")
    env = _plain_shell(stack.settings.home_dir, tmp_path)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [command, *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300
        )

    made = run("ingest", str(letter), "--draft", "draft.json")
    assert made.returncode == 0, made.stderr
    draft = json.loads((tmp_path / "draft.json").read_text("utf-8"))
    draft["actions"][0]["lead_unit"] = "vp"
    (tmp_path / "draft.json").write_text(json.dumps(draft, ensure_ascii=False), "utf-8")
    started, cpu = time.monotonic(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = run("ingest", "--from-draft", "draft.json", "--as", "quan-tri")
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(  # a figure for the report, never asserted
        f"ingest --from-draft beside the live stack: {time.monotonic() - started:.1f} s, "
        f"{used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime:.1f} CPU-s"
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    found = re.search(r"Luồng xử lý: (\S+)/runs/flow-run/([0-9a-f-]{36})", done.stdout)
    assert found, done.stdout
    assert found[1] == stack.settings.prefect.ui_url
    wait_for_state(stack, stack.settings.prefect.api_url, found[2], {"Suspended"}, 120)
    with rt.sessions() as session:
        directive = store.get_directive(session, NUMBER)
        assert directive.flow_run_id == found[2]
        assert all(a.assigned_at is not None for a in directive.actions)


def test_the_cli_without_a_stack_says_so_in_one_line(tmp_path: Path) -> None:
    letter = tmp_path / "412-UBND-KSTT.txt"
    letter.write_text(LETTER, "utf-8")
    done = subprocess.run(
        [str(Path(sys.executable).parent / "directives"), "ingest", str(letter)],
        env=_plain_shell(tmp_path / "state", tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines[0].startswith("Lưu ý: Nhiệm vụ 3: thời hạn 31/03/2027 thuộc năm 2027")
    assert lines[1:] == [
        "Máy chủ Prefect của hệ thống chưa chạy hoặc chưa kết nối được: văn bản đã được lưu, "
        "luồng xử lý sẽ được khởi tạo ở lượt rà soát định kỳ đầu tiên (15 phút một lần) sau "
        "khi chạy `directives serve`."
    ]
    assert "Đã tiếp nhận văn bản số 412/UBND-KSTT" in done.stdout


def test_a_close_out_missing_a_file_completes_names_the_gap_and_tells_the_admins(
    live: tuple[Stack, Runtime],
) -> None:
    """A missing evidence file used to fail the close-out task: the run ended Failed,
    half-written, never retried, and nobody was told."""
    stack, rt = live
    api = stack.settings.prefect.api_url
    result = ingest_and_wait(stack, rt, EXAMPLES / "corpus" / "15-ke-hoach-to-chuc-thuc-hien.txt")
    assert result.flow_run_id
    approve_all(rt, result.directive_id)
    stored = rt.ws.evidence.path_of(hashlib.sha256(APPROVED_BYTES).hexdigest())
    stored.unlink()
    try:
        with rt.sessions.begin() as session:
            outcome = store.sign_off(session, rt.ws, result.directive_id, LEADER)
        signoff = orchestration.SignOff(number=result.number, round=outcome.round, signed_by=LEADER)
        assert orchestration.resume_signoff(result.flow_run_id, signoff)
        wait_for_state(stack, api, result.flow_run_id, {"Completed"}, 120)
    finally:
        rt.ws.evidence.put(io.BytesIO(APPROVED_BYTES))  # other tests' evidence shares it
    with rt.sessions() as session:
        directive = store.get_directive(session, result.directive_id)
        assert store.closed_out(session, directive.id)
        n_actions = len(directive.actions)
        alerts = session.scalars(
            select(Notification).where(
                Notification.idempotency_key.like(f"integrity-closeout:{directive.id}|%")
            )
        ).all()
    report = (rt.ws.settings.closeout_dir / directive.code / "bao-cao.md").read_text()
    assert "## Tài liệu kiểm chứng không còn nguyên vẹn" in report
    assert report.count("bị mất") == n_actions
    assert len(alerts) == 1 and "thiếu tài liệu kiểm chứng" in alerts[0].subject
    assert alerts[0].link_path == f"/van-ban/{directive.code}"  # the run's step passed its code


def test_the_prefect_api_answers_only_with_its_auth_string(live: tuple[Stack, Runtime]) -> None:
    """Anyone who reaches the port (a local user, a page through DNS rebinding with its own
    Host header) gets 401; the stack's own clients carry the secret from the state folder;
    the reminder-sweep deployment takes no clock from a caller."""
    stack, _ = live
    api = stack.settings.prefect.api_url
    for headers in ({}, {"Host": f"rebound.example:{stack.settings.prefect.port}"}):
        refused = httpx.post(f"{api}/flow_runs/filter", json={}, headers=headers, timeout=10)
        assert refused.status_code == 401
    assert httpx.post(f"{api}/flow_runs/filter", json={}, timeout=10, auth=api_auth()).is_success
    assert httpx.get(f"{api}/health", timeout=10).status_code == 200  # probes stay open
    secret = stack.settings.home_dir / "prefect_auth"
    assert secret.stat().st_mode & 0o777 == 0o600
    assert stack.env["PREFECT_API_AUTH_STRING"] == secret.read_text().strip()
    assert "PREFECT_SERVER_API_AUTH_STRING" not in stack.env  # the server's alone
    sweep_url = f"{api}/deployments/name/reminder-sweep/reminder-sweep"
    wait_until(lambda: httpx.get(sweep_url, timeout=5, auth=api_auth()).is_success, 60, "sweep")
    sweep = httpx.get(sweep_url, timeout=5, auth=api_auth()).json()
    assert sweep["parameter_openapi_schema"].get("properties", {}) == {}
    home = stack.settings.home_dir
    private = [home, home / "directives.db", home / "secret_key", *home.glob("mail/*.eml")]
    assert len(private) >= 3  # and every mail caught so far
    assert {p.name: p.stat().st_mode & 0o077 for p in private} == {p.name: 0 for p in private}
