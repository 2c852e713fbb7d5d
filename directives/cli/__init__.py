"""The ``directives`` command: everything the portal does, for admins and scripts.

One typer sub-app per command group, each in its own module:

    directive.py  parse, ingest, status
    actions.py    evidence add, evidence withdraw, assign-officer, submit, review,
                  reopen, extend, extend-decide, reassign, signoff
    calendar.py   calendar add-working-days, calendar days-off
    admin.py      migrate, login-link, remind
    integrity.py  storage verify, storage collect, audit verify
    reports.py    report, bundle (and bundle verify), export
    stack.py      demo, serve, stop (the embedded default, ``directives.local``)
    notify.py     notify test --to PERSON
    common.py     the consoles, refusals, dates, one change and its messages

The groups other than ``calendar`` and ``notify`` are mounted without a name, so their
commands stay at the top level (``directives review ...``, not
``directives actions review ...``); ``directives --help`` shows them by group.
Refusals print the Vietnamese message for the user and exit non-zero, having
changed nothing. Every group is a ``typer_vi.Typer``: help, usage line and usage
errors in Vietnamese (a usage error: one line on stderr, exit 2; ``usage_vi``).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from directives.cli import actions, admin, directive, integrity, reports, stack
from directives.cli.aliases import admin_app
from directives.cli.calendar import calendar_app
from directives.cli.notify import notify_app
from directives.cli.typer_vi import Typer
from directives.settings import get_settings

app = Typer(no_args_is_help=True, pretty_exceptions_enable=False)
app.add_typer(directive.app)
app.add_typer(actions.app)
app.add_typer(admin.app)
app.add_typer(integrity.app)
app.add_typer(reports.app)
app.add_typer(stack.app)
app.add_typer(calendar_app, name="calendar", rich_help_panel="Lịch làm việc")
app.add_typer(notify_app, name="notify", rich_help_panel="Tin nhắn")
app.add_typer(admin_app, name="admin", rich_help_panel=admin.PANEL)


@app.callback()
def use_running_stack() -> None:
    """Directives: tiếp nhận văn bản chỉ đạo, giao nhiệm vụ và theo dõi việc thực hiện."""
    from directives.runtime import runtime
    from directives.stack_env import apply_stack_env

    # the settings `directives serve` runs with: its Prefect server, SMTP and Zalo endpoints
    if apply_stack_env():
        get_settings.cache_clear()
        runtime.cache_clear()


def _log_to_file() -> Path | None:
    """Warnings and tracebacks go to ``<home>/logs/cli.log``, never to the user's terminal."""
    from directives.stack_env import home_from_env

    where = home_from_env() / "logs" / "cli.log"
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(where, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler], force=True)
    return where


def main() -> None:
    where = _log_to_file()
    try:
        app()
    except Exception:  # no traceback reaches a user: it goes to the log file
        logging.getLogger("directives.cli").exception("unexpected error")
        detail = f"; chi tiết đã ghi tại {where}" if where else ""
        sys.stderr.write(f"Lỗi: hệ thống gặp lỗi không mong muốn{detail}.\n")
        raise SystemExit(1) from None


__all__ = ["app", "main"]
