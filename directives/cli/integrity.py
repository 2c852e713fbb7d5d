"""Integrity commands: ``storage verify``, ``storage collect``, ``audit verify``.

Each check prints in Vietnamese what it found and exits non-zero on any finding."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer
from rich.markup import escape

from directives.cli.common import console, err_console, refusals
from directives.cli.typer_vi import Typer
from directives.runtime import runtime

PANEL = "Kiểm tra toàn vẹn"
app = Typer(help="Kiểm tra toàn vẹn: tệp lưu trữ và nhật ký kiểm tra.")
storage_app = Typer(help="Các tệp tài liệu kiểm chứng đã lưu trữ.", no_args_is_help=True)
audit_app = Typer(help="Nhật ký kiểm tra.", no_args_is_help=True)
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
    """Tính lại mã băm mọi tệp lưu trữ đang dùng; nêu từng tệp bị mất hoặc bị thay đổi."""
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
        typer.Option(
            help="Chỉ xóa tệp lưu trữ quá số giờ này (mặc định theo cấu hình evidence_grace_hours)."
        ),
    ] = None,
) -> None:
    """Xóa các tệp lưu trữ không còn được sử dụng, khi đã quá thời gian chờ."""
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
    """Kiểm tra nhật ký kiểm tra: chuỗi mã xác thực, điểm neo, đối chiếu với dữ liệu trạng thái."""
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
