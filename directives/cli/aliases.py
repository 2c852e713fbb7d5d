"""``directives admin alias list|remove``: the unit names learned from admins' corrections."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from directives.cli.common import AsPerson, change, console
from directives.cli.typer_vi import Typer
from directives.runtime import runtime

admin_app = Typer(help="Quản trị những thông tin hệ thống đã học được.", no_args_is_help=True)
alias_app = Typer(
    help="Tên gọi khác của đơn vị, học được từ các lần hiệu chỉnh.", no_args_is_help=True
)
admin_app.add_typer(alias_app, name="alias")


@alias_app.command("list")
def alias_list() -> None:
    """Danh sách tên gọi khác đã học: số, tên gọi, đơn vị, người thêm và ngày thêm."""
    from directives import store

    rt = runtime()
    with rt.sessions() as session:
        rows = store.list_aliases(session)
    if not rows:
        console.print("Chưa có tên gọi khác nào được học từ các lần hiệu chỉnh.")
        return
    table = Table("Số", "Tên gọi khác", "Đơn vị", "Người thêm", "Ngày thêm")
    for row in rows:
        known = row.unit_id in {u.id for u in rt.ws.org.units}
        table.add_row(
            str(row.id),
            row.alias,
            rt.ws.org.unit(row.unit_id).name if known else row.unit_id,
            row.created_by,
            f"{rt.ws.local_date(row.created_at):%d/%m/%Y}",
        )
    console.print(table)


@alias_app.command("remove")
def alias_remove(
    alias_id: Annotated[
        int,
        typer.Argument(metavar="SỐ", help="Số của tên gọi khác (xem bằng lệnh admin alias list)."),
    ],
    person: AsPerson = "system",
) -> None:
    """Xóa một tên gọi khác đã học (văn bản sau dùng tên gọi này không còn được nhận diện)."""
    from directives import store

    row = change(lambda s, rt: store.remove_alias(s, rt.ws, alias_id, person))
    console.print(f"Đã xóa tên gọi khác “{row.alias}” của đơn vị {row.unit_id}.")
