"""Hostile intake inputs: zip bombs, endless devices, FIFOs, folders: one Vietnamese refusal.

Each refusal comes before the input is read or inflated past the size limit,
so none of them needs a timer: memory is measured with ``tracemalloc`` and a
hang is caught by running the read in a thread with a generous join.
"""

from __future__ import annotations

import io
import os
import threading
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from directives.calendar import WorkingCalendar
from directives.containers import MAX_INFLATED_BYTES
from directives.errors import DocumentRejected
from directives.org import OrgDirectory
from directives.parser import MAX_INPUT_BYTES, parse_bytes, read_input
from tests.conftest import SEED


def zip_bomb(inflated: int) -> bytes:
    """A .docx-shaped zip whose document.xml inflates to ``inflated`` bytes of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(inflated // len(block)):
                member.write(block)
    return buffer.getvalue()


def test_a_docx_zip_bomb_is_refused_without_inflating_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    bomb = zip_bomb(MAX_INFLATED_BYTES + (16 << 20))
    assert len(bomb) < MAX_INPUT_BYTES  # small on disk: only its inflated size gives it away
    tracemalloc.start()
    try:
        with pytest.raises(DocumentRejected) as info:
            parse_bytes(bomb, "bom.docx", org, calendar)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "không phải tệp Word (.docx) đọc được" in info.value.message_vi
    assert peak < 32 * 1024 * 1024  # the bytes were never inflated


@pytest.mark.parametrize("target", ["/dev/zero", "folder", "fifo"])
def test_what_is_not_a_regular_file_is_refused_at_once(tmp_path: Path, target: str) -> None:
    path = Path(target)
    if target == "folder":
        path = tmp_path / "thu-muc.txt"
        path.mkdir()
    elif target == "fifo":
        path = tmp_path / "ong.txt"
        os.mkfifo(path)
    outcome: list[BaseException | bytes] = []

    def attempt() -> None:
        try:
            outcome.append(read_input(path))
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=30)
    if worker.is_alive():  # unblock the hung reader before failing
        with open(path, "wb"):
            pass
        pytest.fail(f"reading {target} hung")
    [found] = outcome
    assert isinstance(found, DocumentRejected), found
    assert "không phải là một tệp văn bản thông thường" in found.message_vi


def test_a_growing_input_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "lon.txt"
    path.write_bytes(b"a" * (MAX_INPUT_BYTES + 1))
    with pytest.raises(DocumentRejected) as info:
        read_input(path)
    assert "vượt giới hạn" in info.value.message_vi
    assert read_input(SEED) == SEED.read_bytes()


@pytest.mark.parametrize("command", ["parse", "ingest"])
def test_the_cli_answers_a_folder_or_a_device_in_one_vietnamese_line(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from directives.cli import app
    from directives.settings import get_settings

    monkeypatch.setenv("DIRECTIVES_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    try:
        for target in (str(tmp_path), "/dev/zero"):
            args = [command, target] + (["--no-run"] if command == "ingest" else [])
            result = CliRunner().invoke(app, args)
            assert result.exit_code != 0
            assert "Traceback" not in result.output
            message = " ".join(result.output.split())  # the console wraps long lines
            assert message.count("Lỗi:") == 1 and message.startswith("Lỗi:"), result.output
            assert "không phải là một tệp văn bản thông thường" in message
            assert not isinstance(result.exception, OSError | MemoryError)
    finally:
        get_settings.cache_clear()
