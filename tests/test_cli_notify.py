"""``directives notify test --to PERSON`` against the SMTP server and the Zalo stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from directives.local.mailcatcher import read_mailbox
from directives.local.zalo_api_standin import ZaloApiStandIn
from directives.runtime import runtime
from directives.settings import get_settings
from tests.test_cli import Cli, cli, flat

__all__ = ["cli"]  # the CLI fixture, shared

PERSON = "do-thi-hoa"


@pytest.fixture
def with_zalo(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ZaloApiStandIn]:
    with ZaloApiStandIn(host="127.0.0.1", port=0) as zalo:
        access, refresh = zalo.issue_tokens()
        for key, value in {
            "DIRECTIVES_ZALO__ENABLED": "true",
            "DIRECTIVES_ZALO__OA_API_URL": zalo.url,
            "DIRECTIVES_ZALO__ZNS_API_URL": zalo.url,
            "DIRECTIVES_ZALO__OAUTH_URL": zalo.url,
            "DIRECTIVES_ZALO__APP_ID": zalo.app_id,
            "DIRECTIVES_ZALO__SECRET_KEY": zalo.secret_key,
            "DIRECTIVES_ZALO__ACCESS_TOKEN": access,
            "DIRECTIVES_ZALO__REFRESH_TOKEN": refresh,
        }.items():
            monkeypatch.setenv(key, value)
        get_settings.cache_clear()
        runtime.cache_clear()
        yield zalo


def test_notify_test_sends_one_message_per_channel_and_says_what_happened(
    cli: Cli, with_zalo: ZaloApiStandIn, tmp_path: Path
) -> None:
    out = flat(cli.ok("notify", "test", "--to", PERSON))

    assert "Thư thử nghiệm cho Đỗ Thị Hoa (do-thi-hoa):" in out
    assert "Thư điện tử → do.thi.hoa@example.org: Đã gửi" in out
    assert "Zalo → 7001000000000000002: Đã gửi" in out
    (mail,) = read_mailbox(tmp_path / "mail")
    assert mail["Subject"] == "Thư thử nghiệm kênh thư điện tử của Hệ thống theo dõi chỉ đạo"
    (oa,) = with_zalo.messages
    assert oa["user_id"] == "7001000000000000002" and "/dang-nhap/" in oa["text"]


def test_notify_test_reports_a_refused_zalo_message_and_its_fallback(
    cli: Cli, with_zalo: ZaloApiStandIn
) -> None:
    with_zalo.fail_next(1, status=200, error=-230, message="Out of the consultation window")

    out = flat(cli.ok("notify", "test", "--to", PERSON))

    assert "Zalo → 7001000000000000002: Đã gửi (Zalo từ chối tin OA (-230" in out
    assert "chuyển sang tin ZNS" in out  # config/directives.toml has a default ZNS template
    assert [m["kind"] for m in with_zalo.messages] == ["zns"]


def test_notify_test_for_an_unknown_person_is_a_clear_refusal(cli: Cli) -> None:
    result = cli("notify", "test", "--to", "ai-do")
    assert result.exit_code == 4
    assert "Không tìm thấy người có mã “ai-do” trong danh bạ." in flat(result.stderr)
