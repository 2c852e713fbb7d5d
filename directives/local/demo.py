"""``directives demo``: the seed directive end to end on the embedded default.

Starts the stack (Prefect server on SQLite, the deployments' serve process,
the portal, the local mail catcher and Zalo stand-in), ingests the seed, plays
the whole story through the portal's HTTP interface, waits for the flow run to
complete, prints a summary and stops everything it started.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import threading
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table
from sqlalchemy import func, select

from directives.db import Notification
from directives.integrity import DAILY_SUBJECT, daily_check
from directives.local.mailcatcher import duplicate_message_ids, read_mailbox
from directives.local.stack import (
    STANDIN_REACH_ENV,
    Stack,
    prefect_auth,
    prefect_env,
    start_stack,
    stop_from_pid_file,
    wait_until,
)
from directives.local.zalo_api_answers import OUTSIDE_WINDOW
from directives.org import Role, load_org
from directives.settings import PROJECT_ROOT, Settings, get_settings

SEED = PROJECT_ROOT / "examples" / "115-UBND-NCPC.txt"
DEMO_MARKER = ".demo-home"
console = Console()


def prepare_home(home: Path) -> None:
    """Start from an empty state folder; never wipe one the demo did not make."""
    # the CLI writes its log under <home>/logs before any command runs: not user data
    if home.exists() and any(p.name != "logs" for p in home.iterdir()):
        if not (home / DEMO_MARKER).exists():
            raise SystemExit(
                f"{home} holds data the demo did not create; set DIRECTIVES_HOME to another folder"
            )
        stop_from_pid_file(Settings(home=home))
        shutil.rmtree(home)
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    (home / DEMO_MARKER).write_text("made by `directives demo`; the next demo wipes this folder\n")


def _use_stack_env(stack: Stack) -> None:
    """Make this process talk to the stack it started (Prefect API, Zalo stand-in)."""
    from directives.runtime import runtime

    for key, value in stack.env.items():
        if key.startswith(("PREFECT_", "DIRECTIVES_", "DO_NOT_TRACK")):
            os.environ[key] = value
    get_settings.cache_clear()
    runtime.cache_clear()


def _flow_run_state(api_url: str, flow_run_id: str) -> tuple[str, str]:
    data = httpx.get(
        f"{api_url}/flow_runs/{flow_run_id}", timeout=5, auth=prefect_auth(get_settings())
    ).json()
    state = data.get("state") or {}
    return state.get("type", ""), state.get("name", "")


def wait_for_state(
    stack: Stack, api_url: str, flow_run_id: str, names: set[str], timeout: float
) -> str:
    seen: list[str] = []

    def reached() -> bool:
        stack.check_alive()
        _, name = _flow_run_state(api_url, flow_run_id)
        seen.append(name)
        if name in {"Failed", "Crashed", "Cancelled"}:
            raise RuntimeError(f"flow run {flow_run_id} ended {name}")
        return name in names

    wait_until(reached, timeout, f"flow run {flow_run_id} reaching {'/'.join(sorted(names))}", 0.5)
    return seen[-1]


def run_demo(*, keep: bool = False) -> int:
    started = time.monotonic()
    settings = get_settings()
    prepare_home(settings.home_dir)
    os.environ.update(prefect_env(settings))
    os.environ["DIRECTIVES_HOME"] = str(settings.home_dir)
    # The director has not written to the OA lately: his Zalo notices go by ZNS.
    director = next((p for p in load_org(settings.org_file).people if p.has(Role.DIRECTOR)), None)
    if director is not None and director.zalo_user_id:
        os.environ.setdefault(STANDIN_REACH_ENV, f"{director.zalo_user_id}={OUTSIDE_WINDOW}")
    console.print(f"[bold]Chạy thử Directives[/bold]: dữ liệu lưu tại {settings.home_dir}")
    stack = start_stack(settings)
    try:
        _use_stack_env(stack)
        code = _play(stack, started)
        if keep:
            stack.sample_memory()
            _print_urls(stack.settings)
            console.print("Đang chạy nền; dừng bằng: directives stop")
            stack.detached = True
        return code
    finally:
        stack.stop()


def _play(stack: Stack, started: float) -> int:
    from directives.intake import ingest_file
    from directives.notify.dispatch import dispatch_pending
    from directives.runtime import runtime
    from directives.status import directive_status

    settings = get_settings()
    rt = runtime()
    api = settings.prefect.api_url
    wait_until(
        lambda: (
            httpx.get(
                f"{api}/deployments/name/directive-lifecycle/directive-lifecycle",
                timeout=5,
                auth=prefect_auth(settings),
            ).status_code
            == 200
        ),
        90,
        "the directive-lifecycle deployment",
    )
    today = rt.ws.local_date(datetime.now(UTC))
    result = ingest_file(rt, SEED, received_on=today)
    console.print(f"Tiếp nhận văn bản {result.number}: {result.actions} nhiệm vụ")
    if result.flow_run_id is None:
        raise RuntimeError("the flow run was not created")
    wait_for_state(stack, api, result.flow_run_id, {"Suspended"}, 180)
    console.print(
        "Luồng xử lý đang chờ ký xác nhận (Suspended); bắt đầu kịch bản trên cổng thông tin"
    )
    from directives.local.demo_story import play_story

    def review_digest() -> None:  # what the next sweep does, without waiting for it
        from directives.reminders.summaries import awaiting_review, queue_review_digests

        with rt.sessions.begin() as session:
            awaiting = awaiting_review(session, rt.ws.org)
            queue_review_digests(session, rt.ws.org, settings, awaiting)

    story = play_story(settings.portal.url, settings, rt.ws.org, result.number, review_digest)
    wait_for_state(stack, api, result.flow_run_id, {"Completed"}, 180)
    # The sweep's daily integrity check, run now rather than at the next quarter hour, so
    # every demo mails it (its mail is keyed by the day: if a sweep has already sent it
    # today, the check runs again and queues nothing).
    checked = daily_check(rt.sessions, rt.ws, today, force=True)
    run = httpx.get(
        f"{api}/flow_runs/{result.flow_run_id}", timeout=5, auth=prefect_auth(settings)
    ).json()
    # Drain the outbox: the portal and the flow send in the background; this
    # pass picks up whatever is still queued (each row is sent once, whoever sends it).
    for _ in range(20):
        dispatch_pending(rt.sessions, settings)
        with rt.sessions() as session:
            left = session.scalar(
                select(func.count(Notification.id)).where(Notification.status != "sent")
            )
        if not left:
            break
        time.sleep(0.5)
    stack.sample_memory()
    with rt.sessions() as session:
        status = directive_status(session, rt.ws, result.directive_id, today)
        per_channel = dict(
            session.execute(
                select(Notification.channel, func.count(Notification.id))
                .where(Notification.status == "sent")
                .group_by(Notification.channel)
            ).all()
        )
        fallbacks = session.scalar(
            select(func.count(Notification.id)).where(
                Notification.channel == "zalo", Notification.note.is_not(None)
            )
        )
    mails = read_mailbox(settings.mail_dir)
    dupes = duplicate_message_ids(mails)
    mail_faults = check_mails(mails, settings)
    table = Table("Mã", "Đơn vị chủ trì", "Thời hạn", "Trạng thái", "Tiến độ")
    for a in status.actions:
        table.add_row(
            a.code,
            a.lead_unit_name,
            a.effective_deadline.strftime("%d/%m/%Y") if a.effective_deadline else "—",
            a.state_vi,
            a.timeliness_vi,
        )
    console.print(f"\n[bold]Văn bản {status.number}[/bold] (mã {status.code}): {status.state_vi}")
    console.print(table)
    signers = ", ".join(rt.ws.org.person(p).name for p in story.signed_by)
    console.print(
        f"Kịch bản trên cổng thông tin: {story.uploads} tài liệu tải lên, "
        f"{story.submissions} lần nộp, {story.rejections} lần trả lại "
        f"({story.rejected_action}), {story.approvals} nhiệm vụ được chấp thuận; "
        f"ký xác nhận: {signers}"
    )
    console.print(
        "Tin nhắn đã gửi: "
        + ", ".join(f"{ch}: {n}" for ch, n in sorted(per_channel.items()))
        + f" (hộp thư cục bộ: {len(mails)} thư, trùng lặp: {len(dupes)}; "
        + f"tin Zalo chuyển sang ZNS hoặc thư điện tử: {fallbacks})"
    )
    console.print(
        f"Thư điện tử có cả HTML và văn bản, dẫn tới trang của nội dung thư: "
        f"{len(mails) - len(mail_faults)}/{len(mails)}"
    )
    for fault in mail_faults:
        console.print(f"[red]  {fault}[/red]")
    if checked is not None:
        found = f"{len(checked.findings)} sai lệch" if checked.findings else "không có sai lệch"
        console.print(
            f"Kiểm tra toàn vẹn dữ liệu ngày {today.strftime('%d/%m/%Y')}: {found} "
            "(kết quả đã gửi tới quản trị viên)"
        )
    console.print(f"Luồng xử lý: {settings.prefect.ui_url}/runs/flow-run/{result.flow_run_id}")
    if status.closed_at and run.get("end_time"):
        lag = datetime.fromisoformat(run["end_time"]) - status.closed_at
        console.print(
            f"Từ khi ký xác nhận đến khi luồng xử lý hoàn tất: {lag.total_seconds():.1f} s"
        )
    console.print(f"Hồ sơ kết thúc: {settings.closeout_dir / status.code}")
    console.print(
        "Bộ nhớ tối đa (VmHWM): "
        + ", ".join(f"{n} {kib / 1024:.0f} MiB" for n, kib in sorted(stack.peaks.items()))
        + f"; tổng {sum(stack.peaks.values()) / 1024:.0f} MiB"
    )
    console.print(f"Thời gian: {time.monotonic() - started:.1f} s")
    ok = status.state == "closed" and all(a.state == "approved" for a in status.actions)
    if dupes or mail_faults or not ok:
        console.print(
            "[red]Demo không đạt: văn bản chưa kết thúc, có thư gửi trùng "
            "hoặc thư không đạt yêu cầu.[/red]"
        )
        return 1
    return 0


_LINK = re.compile(r"https?://\S+/dang-nhap/\S+")
_DIGEST_TAGS = ("[Chờ đánh giá]", "[Nhắc việc]", "[Quá hạn]", "[Tổng hợp tuần]")


def _lands_on_its_subject(landing: str, subject: str) -> bool:
    """An action's mail opens the action, a directive's the directive, a digest and the
    daily integrity report the home page."""
    if landing.startswith("/nhiem-vu/"):
        return landing.removeprefix("/nhiem-vu/") in subject
    if landing.startswith("/van-ban/"):
        return re.match(r"\[[^\]]+/[^\]]+\] ", subject) is not None
    return landing == "/" and subject.startswith((*_DIGEST_TAGS, DAILY_SUBJECT))


def check_mails(mails: list[EmailMessage], settings: Settings) -> list[str]:
    """What is wrong with the demo's mails: each must have an HTML and a text part, a
    personal link landing on the page its subject names, and a (recipient, subject)
    pair no other mail has."""
    from directives.portal.auth import link_target

    faults: list[str] = []
    seen: set[tuple[str, str]] = set()
    for mail in mails:
        subject, to = str(mail["Subject"]), str(mail["To"])
        text, page = mail.get_body(("plain",)), mail.get_body(("html",))
        links = [] if text is None else _LINK.findall(text.get_content())
        if page is None or not links:
            faults.append(f"{to}: “{subject}” thiếu phần HTML hoặc đường dẫn")
            continue
        landing = link_target(settings, links[0].rsplit("/", 1)[1])[1]
        if not _lands_on_its_subject(landing, subject):
            faults.append(f"{to}: “{subject}” dẫn tới {landing}")
        if (to, subject) in seen:
            faults.append(f"{to}: hai thư cùng tiêu đề “{subject}”")
        seen.add((to, subject))
    return faults


def _print_urls(settings: Settings) -> None:
    console.print(f"Giao diện Prefect: {settings.prefect.ui_url}")
    console.print(
        "  (giao diện Prefect yêu cầu chuỗi xác thực API: nội dung tệp "
        f"{settings.home_dir / 'prefect_auth'}, trừ khi đã đặt DIRECTIVES_PREFECT__AUTH_STRING)"
    )
    console.print(f"Cổng thông tin: {settings.portal.url}")


def serve_forever() -> None:
    """Run the stack in the foreground until Ctrl-C."""
    settings = get_settings()
    settings.state_dir()
    from directives.db import migrate

    migrate(settings.db_url)
    stack = start_stack(settings)
    _print_urls(settings)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(5):
            for name, proc in stack.processes.items():
                if proc.poll() is not None:
                    console.print(
                        f"[red]Tiến trình {name} đã dừng (mã {proc.returncode}); "
                        "dừng cả hệ thống.[/red]"
                    )
                    stop.set()
    finally:
        stack.stop()
