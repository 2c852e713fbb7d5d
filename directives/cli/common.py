"""What every command group of the CLI shares: the consoles, refusals, dates, one change.

Refusals print the Vietnamese message for the user and exit non-zero, having
changed nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from sqlalchemy.orm import Session

from directives.errors import DirectivesError, NotFound, PermissionDenied
from directives.runtime import Runtime, runtime

console = Console()
err_console = Console(stderr=True)
log = logging.getLogger("directives.cli")
T = TypeVar("T")

AsPerson = Annotated[
    str, typer.Option("--as", help="Người thực hiện: mã cán bộ trong danh bạ cơ quan.")
]
ActionCode = Annotated[
    str, typer.Argument(metavar="MÃ_NHIỆM_VỤ", help="Mã nhiệm vụ, ví dụ ABCDE-1.")
]
DirectiveRef = Annotated[
    str,
    typer.Argument(metavar="SỐ_VĂN_BẢN", help="Số văn bản (ví dụ 115/UBND-NCPC) hoặc mã văn bản."),
]
PersonId = Annotated[
    str, typer.Argument(metavar="MÃ_CÁN_BỘ", help="Mã cán bộ trong danh bạ cơ quan.")
]
# how an option that takes a day says so, after what the day is
DAY_FORMAT = "dạng DD/MM/YYYY hoặc YYYY-MM-DD"


class Decision(StrEnum):
    approve = "approve"
    reject = "reject"


DecisionArg = Annotated[
    Decision,
    typer.Argument(
        metavar="QUYẾT_ĐỊNH",
        help="Quyết định: approve (chấp thuận) hoặc reject (không chấp thuận).",
    ),
]


def _fail(err: DirectivesError) -> typer.Exit:
    log.info("refused: %s", err)
    err_console.print(f"[red]Lỗi:[/red] {err.message_vi}")
    code = 3 if isinstance(err, PermissionDenied) else 4 if isinstance(err, NotFound) else 1
    return typer.Exit(code)


@contextmanager
def refusals() -> Iterator[None]:
    """Turn a refusal of the core into its Vietnamese message and a non-zero exit."""
    try:
        yield
    except DirectivesError as err:
        raise _fail(err) from None


def parse_date(text: str, param: str) -> date:
    """A day the user wrote for ``param`` (an option such as ``--until``, or an argument)."""
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise typer.BadParameter(
        f"«{text}» không phải là một ngày hợp lệ; đề nghị ghi theo {DAY_FORMAT}",
        param_hint=param,
    )


def change(
    work: Callable[[Session, Runtime], T],
    *,
    event: str | None = None,
    action: str | None = None,
    directive: str | None = None,
    payload: dict[str, Any] | None = None,
) -> T:
    """Run one core operation in a transaction, then send what it queued and tell Prefect
    (``event`` on ``action`` or ``directive``, and its run's artifacts), best effort."""
    rt = runtime()
    with refusals(), rt.sessions.begin() as session:
        result = work(session, rt)
    send_outbox(rt)
    if action or directive:
        from directives import monitor

        monitor.after_commit(
            rt.sessions, rt.ws, event, action=action, directive=directive, payload=payload
        )
    return result


def send_outbox(rt: Runtime) -> None:
    from directives.notify.dispatch import dispatch_pending

    try:
        dispatch_pending(rt.sessions, rt.ws.settings)
    except Exception:  # the reminder-sweep deployment retries what is left
        log.warning("outbox dispatch failed; the sweep will retry", exc_info=True)
