"""Commands that run the embedded default: ``demo``, ``serve``, ``stop``.

They are the only commands that reach into ``directives.local``, and they
import it inside the command, so the rest of the CLI does not load it.
"""

from __future__ import annotations

from typing import Annotated

import typer

from directives.cli.common import console
from directives.cli.typer_vi import Typer
from directives.settings import get_settings

PANEL = "Hệ thống trên máy này"
# The stack's processes as a user knows them (``directives.local.stack.STOP_ORDER``)
PROCESS_NAMES = {
    "serve": "tiến trình chạy luồng xử lý (serve)",
    "portal": "cổng thông tin",
    "prefect-server": "máy chủ Prefect",
    "mail-and-zalo": "hộp thư thử nghiệm và Zalo giả lập",
}
app = Typer(help="Hệ thống chạy trên máy này (Prefect, cổng thông tin, hộp thư thử nghiệm).")


@app.command(rich_help_panel=PANEL)
def demo(
    keep: Annotated[
        bool, typer.Option("--keep", help="Giữ máy chủ và cổng thông tin tiếp tục chạy.")
    ] = False,
) -> None:
    """Chạy thử văn bản mẫu từ đầu đến cuối trên hệ thống của máy này."""
    from directives.local.demo import run_demo

    raise typer.Exit(run_demo(keep=keep))


@app.command(rich_help_panel=PANEL)
def serve() -> None:
    """Chạy hệ thống trên máy này (Prefect, cổng thông tin, hộp thư) đến khi nhấn Ctrl-C."""
    from directives.local.demo import serve_forever

    serve_forever()


@app.command(rich_help_panel=PANEL)
def stop() -> None:
    """Dừng hệ thống còn chạy sau lệnh demo --keep."""
    from directives.local.stack import stop_from_pid_file

    stopped = stop_from_pid_file(get_settings())
    if not stopped:
        console.print("Không có tiến trình nào của hệ thống đang chạy.")
        return
    console.print("Đã dừng: " + ", ".join(PROCESS_NAMES.get(name, name) for name in stopped) + ".")
