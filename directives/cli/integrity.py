"""Integrity commands: ``storage verify``, ``storage collect``, ``audit verify``.

Each check prints in Vietnamese what it found and exits non-zero on any finding."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer
from rich.markup import escape

from directives.cli.common import console, err_console, refusals
from directives.runtime import runtime

PANEL = "Integrity"
app = typer.Typer(help="Integrity: the stored files and the audit trail.")
storage_app = typer.Typer(help="The stored evidence files.", no_args_is_help=True)
audit_app = typer.Typer(help="The audit trail.", no_args_is_help=True)
app.add_typer(storage_app, name="storage", rich_help_panel=PANEL)
app.add_typer(audit_app, name="audit", rich_help_panel=PANEL)


def _report(findings: list[str], ok: str, found: str) -> None:
    if findings:
        err_console.print(f"[red]{escape(found)}[/red]")
        for line in findings:
            err_console.print(f"- {escape(line)}")
        raise typer.Exit(1)
    console.print(ok)


@storage_app.command("verify")
def storage_verify() -> None:
    """Re-hash every stored file a row refers to; name each one missing or altered."""
    from directives.custody import referenced_shas, verify_storage

    rt = runtime()
    with rt.sessions() as session, refusals():
        problems = verify_storage(session, rt.ws.evidence)
        total = len(referenced_shas(session))
    _report(
        [p.message_vi for p in problems],
        f"Đã kiểm tra {total} tệp lưu trữ: tất cả còn nguyên vẹn.",
        f"Phát hiện {len(problems)}/{total} tệp lưu trữ bị mất hoặc bị thay đổi:",
    )


@storage_app.command("collect")
def storage_collect(
    grace_hours: Annotated[
        float | None,
        typer.Option(help="Only files older than this many hours (default: evidence_grace_hours)."),
    ] = None,
) -> None:
    """Delete the stored files no row refers to, once older than the grace period."""
    from directives.custody import collect_unreferenced

    rt = runtime()
    hours = rt.ws.settings.evidence_grace_hours if grace_hours is None else grace_hours
    if hours < 1:
        err_console.print("[red]Lỗi:[/red] thời gian chờ phải từ 1 giờ trở lên.")
        raise typer.Exit(2)
    with refusals():
        collected = collect_unreferenced(rt.sessions, rt.ws.evidence, timedelta(hours=hours))
    console.print(f"Đã thu dọn {len(collected)} tệp không còn được sử dụng.")


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the audit trail: the keyed chain, its anchor, and the state tables against it."""
    from directives import audit
    from directives.audit_checks import check_all

    rt = runtime()
    with rt.sessions() as session:
        findings = check_all(session)
        head = audit.read_head(session)
    total = head.id if head else 0
    _report(
        [p.message_vi for p in findings],
        f"Nhật ký kiểm tra nguyên vẹn: đã xác minh {total} sự kiện "
        "và đối chiếu với dữ liệu trạng thái.",
        f"Nhật ký kiểm tra có {len(findings)} sai lệch:",
    )
