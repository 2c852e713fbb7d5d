"""A command called wrongly, and the help: in Vietnamese, whatever typer and click say.

Each kind of usage error prints one Vietnamese line and the help command to run on
stderr, nothing on stdout, and exits 2: through ``CliRunner`` (``Group.main``) and
through the installed entry point. Every help text of every command and parameter is
Vietnamese, and typer's own words (panel titles, usage line, markers, ``--help``) too.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer._click.core import Command as ClickCommand
from typer._click.core import Context
from typer.core import TyperArgument, TyperOption
from typer.main import get_command
from typer.testing import CliRunner

from directives.cli import app
from directives.cli.typer_vi import Typer
from tests.conftest import PROJECT_ROOT

WIDE = {"COLUMNS": "200"}
ENTRY_POINT = Path(sys.executable).parent / "directives"
# a letter only Vietnamese writes (its vowels with marks, and đ)
VIETNAMESE = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]")


USAGE_ERRORS = [
    (["nosuch"], "Lỗi: không có lệnh «nosuch».", "directives"),
    (["revew"], "Lỗi: không có lệnh «revew»; có phải ý là «review» hoặc «serve»?", "directives"),
    (
        ["calendar", "day-off", "2017"],
        "Lỗi: không có lệnh «day-off»; có phải ý là «days-off»?",
        "directives calendar",
    ),
    (["ingest", "--bogus", "x"], "Lỗi: không có tùy chọn «--bogus».", "directives ingest"),
    (
        ["ingest", "--received-onn", "06/03/2017"],
        "Lỗi: không có tùy chọn «--received-onn»; có phải ý là «--received-on»?",
        "directives ingest",
    ),
    (["review"], "Lỗi: thiếu tham số «MÃ_NHIỆM_VỤ».", "directives review"),
    (
        ["review", "ABCDE-1"],
        "Lỗi: thiếu tham số «QUYẾT_ĐỊNH» (một trong các giá trị: approve, reject).",
        "directives review",
    ),
    (["review", "ABCDE-1", "approve"], "Lỗi: thiếu tùy chọn «--as».", "directives review"),
    (
        ["review", "ABCDE-1", "ok", "--as", "x"],
        "Lỗi: giá trị «ok» của tham số «QUYẾT_ĐỊNH» không hợp lệ: "
        "cần một trong các giá trị: approve, reject.",
        "directives review",
    ),
    (
        ["calendar", "days-off", "năm nay"],
        "Lỗi: giá trị «năm nay» của tham số «NĂM» không hợp lệ: cần một số nguyên.",
        "directives calendar days-off",
    ),
    (
        ["calendar", "add-working-days", "--", "2017-01-02", "-5"],
        "Lỗi: giá trị «-5» của tham số «SỐ_NGÀY» không hợp lệ: cần một số từ 0 trở lên.",
        "directives calendar add-working-days",
    ),
    (
        ["storage", "collect", "--grace-hours", "nhiều"],
        "Lỗi: giá trị «nhiều» của tùy chọn «--grace-hours» không hợp lệ: cần một số.",
        "directives storage collect",
    ),
    (
        ["calendar", "add-working-days", "32/13/2017", "1"],
        "Lỗi: tham số «NGÀY» không hợp lệ: «32/13/2017» không phải là một ngày hợp lệ; "
        "đề nghị ghi theo dạng DD/MM/YYYY hoặc YYYY-MM-DD.",
        "directives calendar add-working-days",
    ),
    (
        ["remind", "--now", "notadate"],
        "Lỗi: tùy chọn «--now» không hợp lệ: «notadate» không phải là thời điểm hợp lệ; "
        "đề nghị ghi theo dạng YYYY-MM-DDTHH:MM (ví dụ 2017-03-06T08:00).",
        "directives remind",
    ),
    (
        ["calendar", "days-off", "2017", "2018"],
        "Lỗi: lệnh không nhận thêm tham số «2018».",
        "directives calendar days-off",
    ),
    (
        ["export", "--year"],
        "Lỗi: tùy chọn «--year» cần một giá trị đi kèm.",
        "directives export",
    ),
    (
        ["calendar", "--help=yes"],
        "Lỗi: tùy chọn «--help» không nhận giá trị.",
        "directives calendar",
    ),
]


@pytest.mark.parametrize(
    ("args", "line", "where"), USAGE_ERRORS, ids=[" ".join(case[0]) for case in USAGE_ERRORS]
)
def test_each_usage_error_is_one_vietnamese_line_and_exit_2(
    args: list[str], line: str, where: str
) -> None:
    result = CliRunner().invoke(app, args, prog_name="directives")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr == f"{line}\nXem hướng dẫn: {where} --help\n"


CHECKS = Typer()


@CHECKS.command()
def read(
    letter: Annotated[Path, typer.Argument(exists=True, help="Tệp.")],
    at: Annotated[datetime | None, typer.Option(help="Thời điểm.")] = None,
) -> None:
    """Đọc tệp."""


@CHECKS.command()
def other() -> None:
    """Lệnh khác."""


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["read", "/khong/co/tep.txt"],
            "Lỗi: tham số «letter» không hợp lệ: đường dẫn «/khong/co/tep.txt» không tồn tại.",
        ),
        (
            ["read", "/", "--at", "sáng mai"],
            "Lỗi: giá trị «sáng mai» của tùy chọn «--at» không hợp lệ: "
            "cần một thời điểm hợp lệ, dạng YYYY-MM-DDTHH:MM.",
        ),
    ],
)
def test_kinds_the_cli_has_no_parameter_for_yet_are_vietnamese_too(
    args: list[str], line: str
) -> None:
    """typer's own checks of a path and a datetime, on a small app built the same way."""
    result = CliRunner().invoke(CHECKS, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[0] == line


def test_the_entry_point_says_it_in_vietnamese_too(tmp_path: Path) -> None:
    run = subprocess.run(
        [str(ENTRY_POINT), "nosuch"],
        capture_output=True,
        text=True,
        env={"DIRECTIVES_HOME": str(tmp_path), "PYTHONPATH": str(PROJECT_ROOT)},
        timeout=60,
        check=False,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr == "Lỗi: không có lệnh «nosuch».\nXem hướng dẫn: directives --help\n"


def _commands(
    command: ClickCommand, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], ClickCommand]]:
    """Every group and command under ``command``, by the words that call it."""
    found = [(path, command)]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found.extend(_commands(sub, (*path, name)))
    return found


COMMANDS = _commands(get_command(app))
ALL_COMMANDS = [path for path, _ in COMMANDS]
TYPER_ENGLISH = (
    "Usage:",
    "Options",
    "Arguments",
    "Commands",
    "[required]",
    "[default:",
    "Show this message and exit",
    "Install completion",
    "Show completion",
    "OPTIONS",
    "COMMAND",
)
# typer's names of a value's type ("<str>", "<path>" ...), and of a flag's ("<bool>")
TYPER_TYPES = re.compile(r"<(?:str|int|float|bool|path|file|dir|datetime|UUID)(?:\.\.\.)?>")


def test_every_command_and_parameter_has_vietnamese_help() -> None:
    assert len(COMMANDS) > 35  # the walk found the tree
    for path, command in COMMANDS:
        assert VIETNAMESE.search(command.help or ""), (path, command.help)
        for param in command.get_params(Context(command)):
            assert isinstance(param, TyperArgument | TyperOption), param
            assert VIETNAMESE.search(param.help or ""), (path, param.name, param.help)
            if isinstance(param, TyperArgument):  # named in the usage line and in errors
                assert param.metavar and param.metavar.isupper(), (path, param.name)


@pytest.mark.parametrize("path", ALL_COMMANDS, ids=lambda path: " ".join(path) or "directives")
def test_every_help_page_has_typer_s_words_in_vietnamese(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], prog_name="directives", env=WIDE)
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert f"Cách dùng: directives {' '.join(path)}".replace("  ", " ").strip() in page
    assert "Hiển thị hướng dẫn này rồi thoát." in page and "Tùy chọn" in page
    assert [word for word in TYPER_ENGLISH if word in page] == []
    assert TYPER_TYPES.findall(page) == []


def test_the_app_s_help_lists_its_commands_under_vietnamese_panels() -> None:
    page = CliRunner().invoke(app, ["--help"], env=WIDE).stdout
    for title in ("Văn bản chỉ đạo", "Nhiệm vụ", "Quản trị", "Kiểm tra toàn vẹn", "Báo cáo"):
        assert f"─ {title} ─" in page
    assert "─ Lịch làm việc ─" in page and "─ Tin nhắn ─" in page
    for english in (
        "turn an official directive",
        "Store a directive",
        "Read a directive",
        "Embedded default",
        "Run the reminder sweep",
        "─ Calendar ─",
        "─ Messages ─",
        "─ Admin ─",
    ):
        assert english not in page
    assert "Cài đặt tính năng tự hoàn thành lệnh" in page


def test_a_command_s_help_shows_its_markers_in_vietnamese() -> None:
    review = CliRunner().invoke(app, ["review", "--help"], prog_name="directives", env=WIDE).stdout
    assert "─ Tham số ─" in review and "[bắt buộc]" in review
    assert "Cách dùng: directives review [TÙY CHỌN] {MÃ_NHIỆM_VỤ} {QUYẾT_ĐỊNH}" in review
    evidence = CliRunner().invoke(app, ["evidence", "add", "--help"], env=WIDE)
    assert "[mặc định: submit]" in evidence.stdout
    assert re.search(r"MÃ_NHIỆM_VỤ +<chuỗi> +Mã nhiệm vụ", review)
    assert re.search(r"--comment +<chuỗi> +Ý kiến kèm theo", review)
    ingest = CliRunner().invoke(app, ["ingest", "--help"], env=WIDE).stdout
    assert re.search(r"TỆP +<đường dẫn> +Tệp văn bản chỉ đạo", ingest)
    assert re.search(r"--no-run +Chỉ lưu văn bản", ingest)  # a flag takes no value: no type
    export = CliRunner().invoke(app, ["export", "--help"], env=WIDE).stdout
    assert re.search(r"--year +<số nguyên> +Năm", export)
    group = CliRunner().invoke(app, ["calendar", "--help"], prog_name="directives", env=WIDE).stdout
    assert "Cách dùng: directives calendar [TÙY CHỌN] LỆNH [THAM SỐ]..." in group
    assert "─ Lệnh ─" in group


def test_install_completion_says_in_vietnamese_what_it_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")  # name the shell
    result = CliRunner().invoke(app, ["--install-completion", "bash"], prog_name="directives")
    assert result.exit_code == 0, result.output
    script = tmp_path / ".bash_completions" / "directives.sh"
    assert " ".join(result.stdout.split()) == (
        f"Đã cài đặt tính năng tự hoàn thành lệnh cho bash tại {script}. "
        "Tính năng có hiệu lực sau khi mở lại cửa sổ dòng lệnh."
    )
    assert script.is_file()


@pytest.mark.parametrize("option", ["--show-completion", "--install-completion"])
def test_a_shell_without_completion_is_refused_in_vietnamese(tmp_path: Path, option: str) -> None:
    # typer finds the shell among the process's parents: here ``sh``, which it has no script for
    run = subprocess.run(
        ["sh", "-c", f"'{ENTRY_POINT}' {option}; exit $?"],
        capture_output=True,
        text=True,
        env={"HOME": str(tmp_path), "PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin"},
        timeout=60,
        check=False,
    )
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr == (
        "Lỗi: chưa hỗ trợ tự hoàn thành lệnh cho trình lệnh «sh» "
        "(hỗ trợ: bash, zsh, fish, PowerShell).\n"
    )
    assert list(tmp_path.iterdir()) == []  # nothing installed
