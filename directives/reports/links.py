"""Where people download a directive's products: portal pages, never a server path."""

from __future__ import annotations

from directives.settings import Settings


def _base(settings: Settings) -> str:
    return settings.portal.url.rstrip("/")


def directive_page_url(settings: Settings, code: str) -> str:
    return f"{_base(settings)}/van-ban/{code}"


def report_url(settings: Settings, code: str) -> str:
    return f"{_base(settings)}/bao-cao/{code}"


def bundle_url(settings: Settings, code: str) -> str:
    return f"{_base(settings)}/ho-so/{code}"


def source_url(settings: Settings, code: str) -> str:
    return f"{_base(settings)}/van-ban-goc/{code}"
