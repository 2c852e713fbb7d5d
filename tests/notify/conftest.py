"""Fixtures for delivery tests: a real SMTP server and the Zalo stand-in on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from directives.local.mailcatcher import MailCatcher
from directives.local.zalo_api_standin import ZaloApiStandIn
from directives.org import Person
from directives.settings import Settings, SmtpSettings, ZaloSettings


@pytest.fixture
def mail_dir(tmp_path: Path) -> Path:
    return tmp_path / "mail"


@pytest.fixture
def catcher(mail_dir: Path) -> Iterator[MailCatcher]:
    with MailCatcher(mail_dir, host="127.0.0.1", port=0) as mc:
        yield mc


@pytest.fixture
def zalo(tmp_path: Path) -> Iterator[ZaloApiStandIn]:
    with ZaloApiStandIn(host="127.0.0.1", port=0, record_dir=tmp_path / "zalo") as standin:
        yield standin


@pytest.fixture
def delivery_settings(settings: Settings, catcher: MailCatcher, zalo: ZaloApiStandIn) -> Settings:
    """The test settings pointed at the mail catcher and the Zalo stand-in."""
    access, refresh = zalo.issue_tokens()
    return settings.model_copy(
        update={
            "smtp": SmtpSettings(host="127.0.0.1", port=catcher.port),
            "zalo": ZaloSettings(
                enabled=True,
                oa_api_url=zalo.url,
                zns_api_url=zalo.url,
                oauth_url=zalo.url,
                app_id=zalo.app_id,
                secret_key=SecretStr(zalo.secret_key),
                access_token=SecretStr(access),
                refresh_token=SecretStr(refresh),
            ),
        }
    )


def person(n: int = 1, *, email: bool = True, zalo: bool = True) -> Person:
    return Person(
        id=f"p{n:03d}",
        name=f"Nguyễn Thị Hoà {n}",
        title="Chuyên viên",
        unit="vp",
        email=f"nguoi.nhan.{n}@songoaivu.example.vn" if email else None,
        zalo_user_id=f"zalo-user-{n:03d}" if zalo else None,
        phone="0987654321",
    )
