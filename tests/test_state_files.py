"""The state folder and what the product writes into it are private to the account that
runs it: the database, the keys, the mail catcher's messages, the Zalo stand-in's log."""

from __future__ import annotations

from pathlib import Path

from directives.local.mailcatcher import save_message
from directives.settings import Settings
from tests.conftest import opened_runtime


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_state_files_are_created_private(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "state")
    with opened_runtime(settings, migrate_schema=True):
        pass
    home = settings.home_dir
    settings.signing_key()
    settings.prefect_auth_string()
    assert mode(home) == 0o700
    assert mode(home / "directives.db") == 0o600
    assert mode(home / "secret_key") == 0o600
    assert mode(home / "prefect_auth") == 0o600
    assert settings.prefect_auth_string().startswith("directives:")
    mail = save_message(settings.mail_dir, b"Subject: x\r\n\r\nhttp://127.0.0.1/dang-nhap/abc\r\n")
    assert mode(settings.mail_dir) == 0o700 and mode(mail) == 0o600


def test_a_configured_prefect_auth_string_wins(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path / "state", prefect={"auth_string": "ops:s3cret"})
    assert settings.prefect_auth_string() == "ops:s3cret"
    assert not (tmp_path / "state" / "prefect_auth").exists()
