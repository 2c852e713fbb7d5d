"""Debian's headless Chromium, driven by the playwright package: where it is and how to start it."""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def playwright_or_skip() -> ModuleType:
    """The playwright API; outside CI a missing Chromium or package skips the module."""
    if not CHROMIUM.exists() and os.environ.get("CI") != "true":
        pytest.skip(f"headless Chromium not installed at {CHROMIUM}", allow_module_level=True)
    if os.environ.get("CI") == "true":
        import playwright.sync_api as api

        return api
    found: ModuleType = pytest.importorskip("playwright.sync_api")
    return found
