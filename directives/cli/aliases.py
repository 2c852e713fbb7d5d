"""``directives admin alias list|remove``: the unit names learned from admins' corrections."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from directives.cli.common import AsPerson, change, console
from directives.runtime import runtime

admin_app = typer.Typer(help="Administration of what the system learned.", no_args_is_help=True)
alias_app = typer.Typer(help="Unit aliases learned from corrections.", no_args_is_help=True)
admin_app.add_typer(alias_app, name="alias")


@alias_app.command("list")
def alias_list() -> None:
    """Every learned alias: its id, the name, the unit, who taught it and when."""
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
    alias_id: Annotated[int, typer.Argument(help="The alias's number (from alias list).")],
    person: AsPerson = "system",
) -> None:
    """Forget a learned alias (the next letter that uses it no longer matches)."""
    from directives import store

    row = change(lambda s, rt: store.remove_alias(s, rt.ws, alias_id, person))
    console.print(f"Đã xóa tên gọi khác “{row.alias}” của đơn vị {row.unit_id}.")
