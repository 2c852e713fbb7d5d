"""The ``directives`` command: everything the portal does, for admins and scripts.

One typer sub-app per command group, each in its own module:

    directive.py  parse, ingest, status
    actions.py    evidence add, submit, review, reopen, extend, extend-decide,
                  reassign, signoff
    calendar.py   calendar add-working-days, calendar days-off
    admin.py      migrate, login-link, remind
    integrity.py  storage verify, storage collect, audit verify
    stack.py      demo, serve, stop (the embedded default, ``directives.local``)
    notify.py     notify test --to PERSON
    common.py     the consoles, refusals, dates, one change and its messages

The groups other than ``calendar`` and ``notify`` are mounted without a name, so their
commands stay at the top level (``directives review ...``, not
``directives actions review ...``); ``directives --help`` shows them by group.
Refusals print the Vietnamese message for the user and exit non-zero, having
changed nothing.
"""

from __future__ import annotations

import logging

import typer

from directives.cli import actions, admin, directive, integrity, stack
from directives.cli.calendar import calendar_app
from directives.cli.notify import notify_app

app = typer.Typer(
    help="Directives: turn an official directive into a tracked remediation chain.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(directive.app)
app.add_typer(actions.app)
app.add_typer(admin.app)
app.add_typer(integrity.app)
app.add_typer(stack.app)
app.add_typer(calendar_app, name="calendar", rich_help_panel="Calendar")
app.add_typer(notify_app, name="notify", rich_help_panel="Messages")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


__all__ = ["app", "main"]
