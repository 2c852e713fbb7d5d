"""The embedded default on one machine: a Prefect server on SQLite, a ``serve()``
process for the deployments, the portal, a local mail catcher and a local Zalo
stand-in, all state under the settings' home folder.

Used by ``directives demo`` and ``directives serve``. Child processes are
stopped gracefully (SIGINT, then SIGTERM, then SIGKILL): a runner stopped too
abruptly right after a run suspends can mark that run Cancelled.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from directives.local.mailcatcher import MailCatcher
from directives.local.zalo_api_standin import ZaloApiStandIn
from directives.settings import PROJECT_ROOT, Settings
from directives.stack_env import remove_stack_env, write_stack_env

log = logging.getLogger(__name__)


def prefect_database_url(settings: Settings) -> str:
    """The Prefect server's database, in the async driver form the server wants."""
    url = settings.prefect.database_url
    if url is None:
        return f"sqlite+aiosqlite:///{settings.prefect_home / 'prefect.db'}"
    for prefix in ("postgresql://", "postgresql+psycopg://"):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url.removeprefix(prefix)
    return url


def prefect_env(settings: Settings) -> dict[str, str]:
    """The environment every process of the stack shares for Prefect: every one of them
    is a client of the server's API and carries its basic-auth string."""
    home = settings.prefect_home
    env = {
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": settings.prefect.api_url,
        "PREFECT_API_AUTH_STRING": settings.prefect_auth_string(),
        "PREFECT_UI_URL": settings.prefect.ui_url,
        "PREFECT_API_DATABASE_CONNECTION_URL": prefect_database_url(settings),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_RUNNER_POLL_FREQUENCY": str(settings.prefect.runner_poll_seconds),
        "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "true",
        "PREFECT_LOCAL_STORAGE_PATH": str(home / "storage"),
        "PREFECT_LOGGING_TO_API_BATCH_INTERVAL": "0.5",
    }
    if settings.prefect.work_pool:  # workers poll like serve(); runs beat for zombie detection
        env["PREFECT_WORKER_QUERY_SECONDS"] = str(settings.prefect.runner_poll_seconds)
        env["PREFECT_FLOWS_HEARTBEAT_FREQUENCY"] = str(settings.prefect.heartbeat_seconds)
    return env


def server_env(settings: Settings) -> dict[str, str]:
    """What only the Prefect server process gets: the auth string it demands."""
    return {"PREFECT_SERVER_API_AUTH_STRING": settings.prefect_auth_string()}


def prefect_auth(settings: Settings) -> httpx.BasicAuth:
    """Basic auth for a plain HTTP call to the stack's Prefect API."""
    user, _, password = settings.prefect_auth_string().partition(":")
    return httpx.BasicAuth(user, password)


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def wait_until(check: Callable[[], bool], timeout: float, what: str, interval: float = 0.3) -> None:
    """Poll ``check`` until true; connection errors mean "not up yet", others propagate."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (httpx.TransportError, OSError):
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


STANDIN_REACH_ENV = "DIRECTIVES_STANDIN_ZALO_REACH"


def run_aux(zalo_port: int) -> None:
    """The local mail catcher and Zalo stand-in, in a process of their own."""
    settings = Settings()
    mail = MailCatcher(settings.mail_dir, settings.smtp.host, settings.smtp.port).start()
    zalo = ZaloApiStandIn(port=zalo_port, record_dir=settings.home_dir / "zalo").start()
    # Who the stand-in's OA cannot reach by a consultation text ("user=outside_window,
    # user=not_follower"), so the embedded default shows Zalo's fallbacks too.
    for pair in filter(None, os.environ.get(STANDIN_REACH_ENV, "").split(",")):
        user_id, _, reach = pair.partition("=")
        zalo.reach[user_id.strip()] = reach.strip()
    env_file = settings.home_dir / "zalo-standin.env"
    tmp = env_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(zalo_env(zalo)))
    os.chmod(tmp, 0o600)
    os.replace(tmp, env_file)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    mail.stop()
    zalo.stop()
    env_file.unlink(missing_ok=True)


def zalo_env(standin: ZaloApiStandIn) -> dict[str, str]:
    """Point every Zalo endpoint at the loopback stand-in, with tokens it issued."""
    access, refresh = standin.issue_tokens()
    return {
        "DIRECTIVES_ZALO__OA_API_URL": standin.url,
        "DIRECTIVES_ZALO__ZNS_API_URL": standin.url,
        "DIRECTIVES_ZALO__OAUTH_URL": standin.url,
        "DIRECTIVES_ZALO__APP_ID": standin.app_id,
        "DIRECTIVES_ZALO__SECRET_KEY": standin.secret_key,
        "DIRECTIVES_ZALO__ACCESS_TOKEN": access,
        "DIRECTIVES_ZALO__REFRESH_TOKEN": refresh,
    }


@dataclass
class Stack:
    settings: Settings
    env: dict[str, str]
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    commands: dict[str, list[str]] = field(default_factory=dict)
    peaks: dict[str, int] = field(default_factory=dict)
    extra_env: dict[str, dict[str, str]] = field(default_factory=dict)
    detached: bool = False  # left running on purpose (demo --keep)

    @property
    def log_dir(self) -> Path:
        return self.settings.home_dir / "logs"

    @property
    def pid_file(self) -> Path:
        return self.settings.home_dir / "stack.pids"

    def _spawn(
        self, name: str, args: list[str], extra_env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with (self.log_dir / f"{name}.log").open("ab") as out:
            proc = subprocess.Popen(
                args,
                cwd=PROJECT_ROOT,
                env={**self.env, **(extra_env or {})},
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # survives the demo with --keep; no stray Ctrl-C
            )
        self.processes[name] = proc
        self.commands[name] = args
        self.extra_env[name] = extra_env or {}
        self.pid_file.write_text("".join(f"{n} {p.pid}\n" for n, p in self.processes.items()))
        return proc

    def kill(self, name: str) -> None:
        """SIGKILL the process and its whole process group (its flow-run subprocesses), as a
        crash would: nothing gets to clean up. Each process leads its own group
        (``start_new_session``), so the group id is its pid."""
        proc = self.processes[name]
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        # children left in the group die with it, but may take a moment to go
        wait_until(lambda: not _group_alive(proc.pid), 10, f"the {name} process group to die", 0.05)

    def restart(self, name: str) -> subprocess.Popen[bytes]:
        """Start the process ``name`` again with the same command, stopping it first if alive."""
        proc = self.processes[name]
        if proc.poll() is None:
            stop_pid(proc.pid)
            proc.wait(timeout=5)
        return self._spawn(name, self.commands[name], self.extra_env[name])

    def check_alive(self) -> None:
        """Raise if a process of the stack has exited (its log says why)."""
        for name, proc in self.processes.items():
            if proc.poll() is not None:
                raise RuntimeError(
                    f"{name} exited with {proc.returncode}; see {self.log_dir / (name + '.log')}"
                )

    def sample_memory(self) -> None:
        for name, proc in self.processes.items():
            self.peaks[name] = max(self.peaks.get(name, 0), peak_rss_kib(proc.pid))
        self.peaks["directives (this process)"] = peak_rss_kib(os.getpid())

    def stop(self) -> None:
        if self.detached:
            return
        self.sample_memory()
        beside = [n for n in self.processes if n not in STOP_ORDER]  # e.g. a test's workers
        for name in (*beside, *STOP_ORDER):
            proc = self.processes.get(name)
            if proc is not None and proc.poll() is None:
                stop_pid(proc.pid)
                proc.wait(timeout=5)
        self.pid_file.unlink(missing_ok=True)
        remove_stack_env(self.settings.home_dir)


# serve first (its runs), then the portal, then the server they talk to
STOP_ORDER = ("serve", "portal", "prefect-server", "mail-and-zalo")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _group_alive(pgid: int) -> bool:
    """Whether a process of group ``pgid`` still runs (zombies awaiting a reaper do not count)."""
    proc_root = Path("/proc")
    if not proc_root.is_dir():
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return False
        return True
    for stat in proc_root.glob("[0-9]*/stat"):
        try:
            # pid (comm) state ppid pgrp ...; comm may hold spaces, so split after ")"
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def stop_pid(pid: int) -> None:
    """SIGINT, then SIGTERM, then SIGKILL, each after a grace period."""
    for sig, grace in ((signal.SIGINT, 15.0), (signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                if os.waitpid(pid, os.WNOHANG) != (0, 0):
                    return
            except ChildProcessError:  # not our child: poll for its exit
                if not _alive(pid):
                    return
            time.sleep(0.1)


def stop_from_pid_file(settings: Settings) -> list[str]:
    """Stop a stack left running by ``demo --keep``; returns the names stopped."""
    pid_file = settings.home_dir / "stack.pids"
    if not pid_file.exists():
        return []
    pids = dict(line.split() for line in pid_file.read_text().splitlines() if line.strip())
    stopped = []
    for name in STOP_ORDER:
        if name in pids and _alive(int(pids[name])):
            stop_pid(int(pids[name]))
            stopped.append(name)
    pid_file.unlink(missing_ok=True)
    remove_stack_env(settings.home_dir)
    return stopped


def free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _start_standins(stack: Stack, env: dict[str, str]) -> None:
    """The local mail catcher and Zalo stand-in, and the Zalo settings that point at it."""
    settings = stack.settings
    env_file = settings.home_dir / "zalo-standin.env"
    env_file.unlink(missing_ok=True)
    aux = stack._spawn(
        "mail-and-zalo",
        [sys.executable, "-m", "directives.local.stack", "aux", str(free_port("127.0.0.1"))],
    )
    wait_until(env_file.exists, 30, "mail catcher and Zalo stand-in")
    if aux.poll() is not None:
        raise RuntimeError("the mail catcher and Zalo stand-in exited; see logs/")
    if settings.zalo.enabled:
        env.update(json.loads(env_file.read_text()))


def start_stack(settings: Settings, *, with_portal: bool = True) -> Stack:
    """Start everything; on failure, stop what was started and raise."""
    local = settings.local_standins
    for what, host, port in (
        ("Prefect server", settings.prefect.host, settings.prefect.port),
        ("portal", settings.portal.host, settings.portal.port),
        *((("mail catcher", settings.smtp.host, settings.smtp.port),) if local else ()),
    ):
        if not port_free(host, port):
            raise RuntimeError(f"port {host}:{port} for the {what} is taken; stop what uses it")
    settings.state_dir()
    settings.prefect_home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **prefect_env(settings), "DIRECTIVES_HOME": str(settings.home_dir)}
    env.pop("PREFECT_SERVER_API_AUTH_STRING", None)  # the server's alone
    stack = Stack(settings=settings, env=env)
    try:
        python = sys.executable
        if local:
            _start_standins(stack, env)
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
            server_env(settings),
        )
        wait_until(lambda: _http_ok(f"{settings.prefect.api_url}/health"), 90, "Prefect server")
        if with_portal:
            stack._spawn(
                "portal",
                [
                    python,
                    "-m",
                    "uvicorn",
                    "--factory",
                    "directives.portal.app:create_app",
                    "--http",
                    "httptools",
                    "--host",
                    settings.portal.host,
                    "--port",
                    str(settings.portal.port),
                    "--log-level",
                    "warning",
                ],
            )
            wait_until(lambda: _http_ok(settings.portal.url + "/dang-nhap"), 60, "portal")
        # the portal first: the runs serve starts (the requeued ones at once) ask it for
        # their steps, instead of loading the core in each flow-run process
        steps = {"DIRECTIVES_PREFECT__STEPS_IN_PORTAL": "true"} if with_portal else {}
        stack._spawn("serve", [python, "-m", "flows.serve"], steps)
        # every command run beside the stack reads this to reach the same stack
        write_stack_env(settings.home_dir, env)
    except BaseException:
        stack.stop()
        raise
    return stack


if __name__ == "__main__":
    if sys.argv[1:2] == ["aux"]:
        run_aux(int(sys.argv[2]))
