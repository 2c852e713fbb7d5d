"""typer's own words in Vietnamese, set once for every group and command of ``directives``.

Every command group of the CLI is a :class:`Typer` of this module (``typer.Typer`` whose
groups are :class:`Group` and whose commands are :class:`Command`), so that:

- the help's panel titles and markers ("Options", "[default: ...]", "[required]" ...)
  are typer.rich_utils' constants, set here, and a value's type reads "<chuỗi>",
  "<tệp>", "<số nguyên>" ... (a flag, which takes no value, shows none);
- the usage line reads "Cách dùng: directives [TÙY CHỌN] LỆNH [THAM SỐ]...";
- the help of typer's own options (``--help``, ``--install-completion``,
  ``--show-completion``) is Vietnamese, whatever command shows it, and so is what
  ``--install-completion`` says it did, or that a shell has no completion script;
- a usage error (no such command or option, a missing or bad value ...) prints one
  Vietnamese line and the help to read on stderr and exits 2 (:mod:`usage_vi`):
  :meth:`Group.main` is what both the entry point (``app()``) and
  ``typer.testing.CliRunner().invoke(app, ...)`` call.

typer 0.29 vendors click as ``typer._click``: its classes are imported from there.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from difflib import get_close_matches
from typing import Any

import typer
from typer import rich_utils
from typer._click.core import Command as ClickCommand
from typer._click.core import Context, Parameter
from typer._click.exceptions import ClickException, NoArgsIsHelpError, NoSuchOption, UsageError
from typer._click.formatting import HelpFormatter
from typer._completion_shared import _get_shell_name, install
from typer.completion import show_callback
from typer.core import TyperCommand, TyperGroup, TyperOption, _TyperParameter
from typer.models import CommandFunctionType

from directives.cli.usage_vi import NoSuchCommand, report, report_failure

USAGE_PREFIX = "Cách dùng: "
OPTIONS_METAVAR = "[TÙY CHỌN]"
SUBCOMMAND_METAVAR = "LỆNH [THAM SỐ]..."
BUILT_IN_OPTIONS_HELP = {
    "help": "Hiển thị hướng dẫn này rồi thoát.",
    "install_completion": "Cài đặt tính năng tự hoàn thành lệnh cho trình lệnh (shell) đang dùng.",
    "show_completion": (
        "Hiển thị mã tự hoàn thành lệnh cho trình lệnh (shell) đang dùng, "
        "để sao chép hoặc tùy chỉnh việc cài đặt."
    ),
}

rich_utils.ARGUMENTS_PANEL_TITLE = "Tham số"
rich_utils.OPTIONS_PANEL_TITLE = "Tùy chọn"
rich_utils.COMMANDS_PANEL_TITLE = "Lệnh"
rich_utils.ERRORS_PANEL_TITLE = "Lỗi"
rich_utils.DEFAULT_STRING = "[mặc định: {}]"
rich_utils.REQUIRED_LONG_STRING = "[bắt buộc]"
rich_utils.ENVVAR_STRING = "[biến môi trường: {}]"
rich_utils.DEPRECATED_STRING = "(không còn sử dụng) "
rich_utils.ABORTED_TEXT = "Đã hủy."
rich_utils.RICH_HELP = "Xem hướng dẫn: [blue]{command_path} {help_option}[/]"

# the shells typer has a completion script for
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
# typer's type names in the help ("<str>", "<path>" ...); a choice's values are kept as written
TYPE_NAMES = {
    "str": "chuỗi",
    "int": "số nguyên",
    "float": "số",
    "bool": "đúng/sai",
    "path": "đường dẫn",
    "file": "tệp",
    "dir": "thư mục",
    "datetime": "ngày giờ",
    "UUID": "mã UUID",
}
_typer_display_type = _TyperParameter.display_type
_typer_option_display_type = TyperOption.display_type_rich


def _display_type(self: _TyperParameter, ctx: Context) -> str:
    label = _typer_display_type(self, ctx)
    if self.type_descriptor.is_choice:
        return label
    return re.sub(r"\w+", lambda m: TYPE_NAMES.get(m.group(), m.group()), label)


def _option_display_type(self: TyperOption, ctx: Context) -> str | None:
    if self.is_flag and not self.count:  # "--no-run" takes no value: no type to show
        return None
    return _typer_option_display_type(self, ctx)


_TyperParameter.display_type = _display_type  # type: ignore[method-assign]
TyperOption.display_type_rich = _option_display_type  # type: ignore[method-assign]


def _supported_shell(value: Any) -> str:
    """The shell named (or, if none, the one running), refused in Vietnamese if typer has no
    completion script for it."""
    shell = value if isinstance(value, str) else (_get_shell_name() or "")
    if shell not in SHELLS:
        typer.echo(
            f"Lỗi: chưa hỗ trợ tự hoàn thành lệnh cho trình lệnh «{shell or 'không xác định'}» "
            "(hỗ trợ: bash, zsh, fish, PowerShell).",
            err=True,
        )
        sys.exit(1)
    return shell


def _install_completion(ctx: Context, param: Parameter, value: Any) -> Any:
    """typer's ``--install-completion``, saying in Vietnamese what it did."""
    if not value or ctx.resilient_parsing:
        return value
    shell, path = install(shell=_supported_shell(value))
    typer.echo(f"Đã cài đặt tính năng tự hoàn thành lệnh cho {shell} tại {path}.")
    typer.echo("Tính năng có hiệu lực sau khi mở lại cửa sổ dòng lệnh.")
    sys.exit(0)


def _show_completion(ctx: Context, param: Parameter, value: Any) -> Any:
    """typer's ``--show-completion``, for a shell it has a script for."""
    if not value or ctx.resilient_parsing:
        return value
    return show_callback(ctx, param, _supported_shell(value))


class _InVietnamese(ClickCommand):
    """What a group and a command alike say in Vietnamese: the usage line, typer's options."""

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        pieces = " ".join(self.collect_usage_pieces(ctx))
        formatter.write_usage(ctx.command_path, pieces, prefix=USAGE_PREFIX)

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except UsageError as err:  # click's parser leaves out which command it was parsing
            if err.ctx is None:
                err.ctx, err.cmd = ctx, self
            raise

    def get_params(self, ctx: Context) -> list[Parameter]:
        params = super().get_params(ctx)
        for param in params:
            if isinstance(param, TyperOption) and param.name in BUILT_IN_OPTIONS_HELP:
                param.help = BUILT_IN_OPTIONS_HELP[param.name]
            if param.name == "install_completion":
                param.callback = _install_completion
            if param.name == "show_completion":
                param.callback = _show_completion
        return params


class Command(_InVietnamese, TyperCommand):
    """A command of ``directives``."""


class Group(_InVietnamese, TyperGroup):
    """A group of ``directives``; the top one prints usage errors in Vietnamese."""

    def resolve_command(
        self, ctx: Context, args: list[str]
    ) -> tuple[str | None, ClickCommand | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except NoSuchOption:
            raise
        except UsageError:
            if not args or self.get_command(ctx, args[0]) is not None:
                raise
            close = get_close_matches(args[0], list(self.commands))
            raise NoSuchCommand(args[0], close, ctx) from None

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            # not standalone: the errors come here, and an exit's code comes back
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except NoArgsIsHelpError:  # the help is printed already
            sys.exit(2)
        except UsageError as err:
            typer.echo(report(err), err=True, nl=False)
            sys.exit(err.exit_code)
        except ClickException as err:  # a file option that cannot be opened
            typer.echo(report_failure(err), err=True, nl=False)
            sys.exit(err.exit_code)
        except typer.Abort:
            typer.echo(rich_utils.ABORTED_TEXT, err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


class Typer(typer.Typer):
    """``typer.Typer`` whose groups and commands speak Vietnamese (see the module)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", Group)
        kwargs.setdefault("options_metavar", OPTIONS_METAVAR)
        kwargs.setdefault("subcommand_metavar", SUBCOMMAND_METAVAR)
        super().__init__(**kwargs)

    def command(
        self, name: str | None = None, **kwargs: Any
    ) -> Callable[[CommandFunctionType], CommandFunctionType]:
        kwargs.setdefault("cls", Command)
        return super().command(name, **kwargs)
