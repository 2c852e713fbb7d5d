"""A command called wrongly, told in Vietnamese: one line of what is wrong, one of where to look.

click (vendored in typer 0.29 as ``typer._click``) words each usage error in English and
typer draws it in a rich box; :func:`report` turns each kind into a Vietnamese line for
stderr (``directives.cli.typer_vi.Group.main`` prints it and exits 2). The English
message goes to the log only. Most kinds carry what is needed as attributes; the few
click only words (extra arguments, a path that does not exist) are read from typer's
pinned English messages, and tests/test_cli_usage.py holds each kind to its line.
"""

from __future__ import annotations

import errno
import logging
import re
from collections.abc import Sequence

from pydantic import ValidationError
from typer._click.core import Context
from typer._click.exceptions import (
    BadArgumentUsage,
    BadOptionUsage,
    BadParameter,
    ClickException,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer._param_types import choice_as_str
from typer.core import _TyperParameter

log = logging.getLogger("directives.cli")

# What a value must be, by the pydantic error typer's coercion raised
NEEDS = {
    "int_parsing": "cần một số nguyên",
    "int_from_float": "cần một số nguyên",
    "float_parsing": "cần một số",
    "bool_parsing": "cần giá trị đúng/sai (true/false)",
    "date_parsing": "cần một ngày hợp lệ, dạng YYYY-MM-DD",
    "date_from_datetime_parsing": "cần một ngày hợp lệ, dạng YYYY-MM-DD",
    "datetime_parsing": "cần một thời điểm hợp lệ, dạng YYYY-MM-DDTHH:MM",
    "datetime_from_date_parsing": "cần một thời điểm hợp lệ, dạng YYYY-MM-DDTHH:MM",
}
BOUNDS = {
    "greater_than_equal": ("ge", "cần một số từ {} trở lên"),
    "greater_than": ("gt", "cần một số lớn hơn {}"),
    "less_than_equal": ("le", "cần một số không lớn hơn {}"),
    "less_than": ("lt", "cần một số nhỏ hơn {}"),
}
# typer's path checks: "path '/x' does not exist.", "file 'a' is a directory." ...
PATH_CHECK = re.compile(
    r"(?:file|dir|directory|path) '(?P<path>.*)' (?P<problem>does not exist|is a file|"
    r"is a directory|is not readable|is not writable)\.",
)
PATH_PROBLEMS = {
    "does not exist": "không tồn tại",
    "is a file": "là một tệp, trong khi cần một thư mục",
    "is a directory": "là một thư mục, trong khi cần một tệp",
    "is not readable": "không có quyền đọc",
    "is not writable": "không có quyền ghi",
}
OPEN_PROBLEMS = {errno.ENOENT: "không tồn tại", errno.EACCES: "không có quyền truy cập"}
EXTRA_ARGUMENTS = re.compile(r"Got unexpected extra argument\(s\) \((?P<extra>.*)\)")
ARGUMENT_VALUES = re.compile(r"Argument '(?P<name>.*)' takes (?P<count>\d+) values\.")
OPTION_VALUES = re.compile(r"requires (?P<count>\d+) arguments\.")


class NoSuchCommand(UsageError):
    """A command name the group does not have (click words it only in English)."""

    def __init__(self, name: str, possibilities: Sequence[str], ctx: Context) -> None:
        super().__init__(f"No such command {name!r}.", ctx)
        self.name = name
        self.possibilities = list(possibilities)


def _quoted(names: Sequence[str]) -> str:
    return " hoặc ".join(f"«{name}»" for name in names)


def _did_you_mean(possibilities: Sequence[str] | None) -> str:
    return f"; có phải ý là {_quoted(sorted(possibilities))}?" if possibilities else ""


def _which(param: _TyperParameter | None, hint: Sequence[str] | str | None = None) -> str:
    """How to name the parameter: "tùy chọn «--now»", "tham số «MÃ_NHIỆM_VỤ»"."""
    if param is not None:
        if param.param_type_name == "option" and param.opts:
            return f"tùy chọn «{max(param.opts, key=len)}»"
        return f"tham số «{param.display_name_raw}»"
    name = hint if isinstance(hint, str) else "/".join(hint or ()) or "?"
    return f"tùy chọn «{name}»" if name.startswith("-") else f"tham số «{name}»"


def _choices(param: _TyperParameter | None) -> list[str]:
    desc = param.type_descriptor if param is not None else None
    if desc is None or not desc.is_choice:
        return []
    return [choice_as_str(choice) for choice in desc.choices or ()]


def _bad_value(err: BadParameter) -> str:
    which = _which(err.param, err.param_hint)
    cause = err.__cause__
    choices = _choices(err.param)
    if isinstance(cause, ValidationError) and cause.errors():
        first = cause.errors()[0]
        value = f"giá trị «{first.get('input')}» của {which} không hợp lệ"
        if choices:
            return f"{value}: cần một trong các giá trị: {', '.join(choices)}"
        kind = first.get("type", "")
        if kind in BOUNDS:
            key, need = BOUNDS[kind]
            return f"{value}: {need.format(first.get('ctx', {}).get(key, '?'))}"
        return f"{value}: {NEEDS.get(kind, 'không đúng kiểu dữ liệu yêu cầu')}"
    if isinstance(cause, OSError):
        problem = OPEN_PROBLEMS.get(cause.errno or 0, "không mở được")
        return f"{which} không hợp lệ: tệp «{cause.filename}» {problem}"
    found = PATH_CHECK.search(err.message)
    if found:
        problem = PATH_PROBLEMS[found["problem"]]
        return f"{which} không hợp lệ: đường dẫn «{found['path']}» {problem}"
    if err.param is None:  # ours, raised by a command with a param_hint: already Vietnamese
        return f"{which} không hợp lệ: {err.message}"
    return f"giá trị của {which} không hợp lệ"


def explain(err: UsageError) -> str:
    """What is wrong, in one Vietnamese sentence (its final stop or question mark aside)."""
    if isinstance(err, NoSuchCommand):
        return f"không có lệnh «{err.name}»{_did_you_mean(err.possibilities)}"
    if isinstance(err, NoSuchOption):
        return f"không có tùy chọn «{err.option_name}»{_did_you_mean(err.possibilities)}"
    if isinstance(err, MissingParameter):
        choices = _choices(err.param)
        among = f" (một trong các giá trị: {', '.join(choices)})" if choices else ""
        return f"thiếu {_which(err.param, err.param_hint)}{among}"
    if isinstance(err, BadParameter):
        return _bad_value(err)
    if isinstance(err, BadOptionUsage):
        if "does not take a value" in err.message:
            return f"tùy chọn «{err.option_name}» không nhận giá trị"
        count = OPTION_VALUES.search(err.message)
        values = f"{count['count']} giá trị" if count else "một giá trị"
        return f"tùy chọn «{err.option_name}» cần {values} đi kèm"
    if isinstance(err, BadArgumentUsage) and (found := ARGUMENT_VALUES.search(err.message)):
        return f"tham số «{found['name']}» cần {found['count']} giá trị"
    if found := EXTRA_ARGUMENTS.fullmatch(err.message):
        return f"lệnh không nhận thêm tham số «{found['extra']}»"
    if err.message == "Missing command.":
        return "thiếu tên lệnh"
    return "cách gọi lệnh không đúng"


def report(err: UsageError) -> str:
    """The lines for stderr: what is wrong, then the help to read."""
    log.info("usage error: %s", err.format_message())
    where = err.ctx.command_path if err.ctx is not None else "directives"
    sentence = explain(err)
    end = "" if sentence.endswith(("?", ".")) else "."
    return f"Lỗi: {sentence}{end}\nXem hướng dẫn: {where} --help\n"


def report_failure(err: ClickException) -> str:
    """Another click error (a file it could not open): the English goes to the log."""
    log.warning("click error: %s", err.format_message())
    return "Lỗi: không thực hiện được lệnh; chi tiết đã ghi vào nhật ký.\n"
