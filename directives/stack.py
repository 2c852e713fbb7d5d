"""The embedded default on one machine: a Prefect server on SQLite, a ``serve()``
process for the deployments, the portal, a local mail catcher and a local Zalo
stand-in, all state under the settings' home folder.

Used by ``directives demo`` and ``directives serve``. Child processes are
stopped gracefully (SIGINT, then SIGTERM, then SIGKILL): a runner stopped too
abruptly right after a run suspends can mark that run Cancelled.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from directives.mailcatcher import MailCatcher
from directives.notify.zalo_standin import ZaloStandIn
from directives.settings import PROJECT_ROOT, Settings

log = logging.getLogger(__name__)


def prefect_env(settings: Settings) -> dict[str, str]:
    """The environment every process of the stack shares for Prefect."""
    home = settings.prefect_home
    return {
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": settings.prefect.api_url,
        "PREFECT_UI_URL": settings.prefect.ui_url,
        "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home / 'prefect.db'}",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_RUNNER_POLL_FREQUENCY": str(settings.prefect.runner_poll_seconds),
        "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "true",
        "PREFECT_LOCAL_STORAGE_PATH": str(home / "storage"),
        "PREFECT_LOGGING_TO_API_BATCH_INTERVAL": "0.5",
    }


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def wait_until(check: Callable[[], bool], timeout: float, what: str, interval: float = 0.3) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except Exception:  # not up yet
            pass
        time.sleep(interval)
    raise TimeoutError(f"{what} did not come up within {timeout:.0f} s")


def _http_ok(url: str) -> bool:
    return httpx.get(url, timeout=2).status_code < 500


def peak_rss_kib(pid: int) -> int:
    """VmHWM of a live process (its peak resident memory), 0 if unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


@dataclass
class Stack:
    settings: Settings
    env: dict[str, str]
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    mail: MailCatcher | None = None
    zalo: ZaloStandIn | None = None
    peaks: dict[str, int] = field(default_factory=dict)

    @property
    def log_dir(self) -> Path:
        return self.settings.home_dir / "logs"

    def _spawn(self, name: str, args: list[str]) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        out = (self.log_dir / f"{name}.log").open("ab")
        self.processes[name] = subprocess.Popen(
            args, cwd=PROJECT_ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT
        )

    def sample_memory(self) -> None:
        for name, proc in self.processes.items():
            self.peaks[name] = max(self.peaks.get(name, 0), peak_rss_kib(proc.pid))
        self.peaks["directives (this process)"] = peak_rss_kib(os.getpid())

    def stop(self) -> None:
        self.sample_memory()
        # serve first (its runs), then the portal, then the server they talk to
        for name in ("serve", "portal", "prefect-server"):
            proc = self.processes.get(name)
            if proc is None or proc.poll() is not None:
                continue
            for sig, wait in ((signal.SIGINT, 15), (signal.SIGTERM, 10), (signal.SIGKILL, 5)):
                proc.send_signal(sig)
                try:
                    proc.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        if self.mail:
            self.mail.stop()
        if self.zalo:
            self.zalo.stop()


def start_stack(settings: Settings, *, with_portal: bool = True) -> Stack:
    """Start everything; on failure, stop what was started and raise."""
    for what, host, port in (
        ("Prefect server", settings.prefect.host, settings.prefect.port),
        ("portal", settings.portal.host, settings.portal.port),
        ("mail catcher", settings.smtp.host, settings.smtp.port),
    ):
        if not port_free(host, port):
            raise RuntimeError(f"port {host}:{port} for the {what} is taken; stop what uses it")
    settings.prefect_home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **prefect_env(settings), "DIRECTIVES_HOME": str(settings.home_dir)}
    stack = Stack(settings=settings, env=env)
    try:
        stack.mail = MailCatcher(settings.mail_dir, settings.smtp.host, settings.smtp.port)
        stack.mail.start()
        if settings.zalo.enabled:
            stack.zalo = ZaloStandIn(record_dir=settings.home_dir / "zalo")
            stack.zalo.start()
            env.update(stack.zalo.settings_env())
        python = sys.executable
        stack._spawn(
            "prefect-server",
            [
                python,
                "-m",
                "prefect",
                "server",
                "start",
                "--host",
                settings.prefect.host,
                "--port",
                str(settings.prefect.port),
            ],
        )
        wait_until(lambda: _http_ok(f"{settings.prefect.api_url}/health"), 90, "Prefect server")
        stack._spawn("serve", [python, "-m", "flows.serve"])
        if with_portal:
            stack._spawn(
                "portal",
                [
                    python,
                    "-m",
                    "uvicorn",
                    "--factory",
                    "directives.portal.app:create_app",
                    "--host",
                    settings.portal.host,
                    "--port",
                    str(settings.portal.port),
                    "--log-level",
                    "warning",
                ],
            )
            wait_until(lambda: _http_ok(settings.portal.url + "/dang-nhap"), 60, "portal")
    except BaseException:
        stack.stop()
        raise
    return stack
