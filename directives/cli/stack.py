"""Commands that run the embedded default: ``demo``, ``serve``, ``stop``.

They are the only commands that reach into ``directives.local``, and they
import it inside the command, so the rest of the CLI does not load it.
"""

from __future__ import annotations

from typing import Annotated

import typer

from directives.cli.common import console
from directives.settings import get_settings

PANEL = "Embedded default"
# The stack's processes as a user knows them (``directives.local.stack.STOP_ORDER``)
PROCESS_NAMES = {
    "serve": "tiến trình chạy luồng xử lý (serve)",
    "portal": "cổng thông tin",
    "prefect-server": "máy chủ Prefect",
    "mail-and-zalo": "hộp thư thử nghiệm và Zalo giả lập",
}
app = typer.Typer(help="The embedded default on this machine.")


@app.command(rich_help_panel=PANEL)
def demo(
    keep: Annotated[
        bool, typer.Option("--keep", help="Leave the server and portal running.")
    ] = False,
) -> None:
    """Run the seed directive end to end on the embedded default."""
    from directives.local.demo import run_demo

    raise typer.Exit(run_demo(keep=keep))


@app.command(rich_help_panel=PANEL)
def serve() -> None:
    """Run the embedded default (Prefect server, deployments, portal, mail catcher) until Ctrl-C."""
    from directives.local.demo import serve_forever

    serve_forever()


@app.command(rich_help_panel=PANEL)
def stop() -> None:
    """Stop a stack left running by ``demo --keep``."""
    from directives.local.stack import stop_from_pid_file

    stopped = stop_from_pid_file(get_settings())
    if not stopped:
        console.print("Không có tiến trình nào của hệ thống đang chạy.")
        return
    console.print("Đã dừng: " + ", ".join(PROCESS_NAMES.get(name, name) for name in stopped) + ".")
