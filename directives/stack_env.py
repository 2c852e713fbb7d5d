"""The running stack's effective settings, shared with every command run beside it.

``directives serve`` (and ``demo --keep``) writes the environment its processes
share (Prefect API URL and auth, the SMTP and Zalo stand-in endpoints with the
tokens the stand-in issued, the database) to ``<home>/stack.env``, readable by
its owner only, and removes it on stop. A command run in a plain shell reads it
first, so it talks to the same Prefect server, mail server and Zalo endpoint as
the stack, never to a throwaway server of its own. A value set explicitly in
the shell wins over the file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

STACK_ENV_FILE = "stack.env"
PID_FILE = "stack.pids"
SHARED_PREFIXES = ("PREFECT_", "DIRECTIVES_", "DO_NOT_TRACK")
# What only the Prefect server itself needs; a client must not inherit it.
SERVER_ONLY = ("PREFECT_API_DATABASE_CONNECTION_URL", "PREFECT_SERVER_API_AUTH_STRING")


def home_from_env() -> Path:
    return Path(os.environ.get("DIRECTIVES_HOME", ".directives")).resolve()


def write_stack_env(home: Path, env: Mapping[str, str]) -> Path:
    """Write the shared part of ``env`` to ``home/stack.env`` (mode 0600, atomic)."""
    shared = {
        key: value
        for key, value in env.items()
        if key.startswith(SHARED_PREFIXES) and key not in SERVER_ONLY
    }
    home.mkdir(parents=True, exist_ok=True)
    target = home / STACK_ENV_FILE
    tmp = target.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(shared, fh, indent=1, sort_keys=True)
    os.chmod(tmp, 0o600)
    os.replace(tmp, target)
    return target


def remove_stack_env(home: Path) -> None:
    (home / STACK_ENV_FILE).unlink(missing_ok=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stack_running(home: Path) -> bool:
    """Whether the stack's Prefect server process recorded in ``home`` is alive."""
    try:
        lines = (home / PID_FILE).read_text().splitlines()
    except OSError:
        return False
    pids = dict(line.split(maxsplit=1) for line in lines if " " in line)
    pid = pids.get("prefect-server", "").strip()
    return pid.isdigit() and _pid_alive(int(pid))


def read_stack_env(home: Path) -> dict[str, str] | None:
    """The stack's environment if a live stack wrote one under ``home``, else None."""
    path = home / STACK_ENV_FILE
    if not path.exists() or not stack_running(home):
        return None
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return {str(k): str(v) for k, v in data.items()}


def apply_stack_env(home: Path | None = None) -> bool:
    """Load a live stack's environment into this process (explicit values win).

    Call before Prefect is imported: its settings are read from the environment.
    Returns whether a live stack was found.
    """
    env = read_stack_env(home or home_from_env())
    if env is None:
        return False
    for key, value in env.items():
        os.environ.setdefault(key, value)
    return True
