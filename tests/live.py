"""A live embedded stack for tests: a real Prefect server (SQLite), the serve process,
the portal, the mail catcher and the Zalo stand-in, on free loopback ports.

Test modules build a module-scoped fixture from ``live_stack``; it points this
process's settings and Prefect client at the stack while it runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from prefect.settings import PREFECT_API_AUTH_STRING, PREFECT_API_URL, temporary_settings

from directives.local.stack import Stack, free_port, prefect_auth, start_stack, wait_until
from directives.orchestration import LIFECYCLE_DEPLOYMENT
from directives.runtime import Runtime, build_runtime
from directives.settings import Settings, get_settings


@contextmanager
def live_stack(
    tmp_path_factory: pytest.TempPathFactory, extra_env: dict[str, str] | None = None
) -> Iterator[tuple[Stack, Runtime]]:
    """Start the stack under a fresh home with ``extra_env`` set, yield it once the
    lifecycle deployment is served, and stop it after."""
    home = tmp_path_factory.mktemp("live") / "state"
    overrides = {
        "DIRECTIVES_HOME": str(home),
        "DIRECTIVES_PREFECT__PORT": str(free_port("127.0.0.1")),
        "DIRECTIVES_PORTAL__PORT": str(free_port("127.0.0.1")),
        "DIRECTIVES_SMTP__PORT": str(free_port("127.0.0.1")),
        **(extra_env or {}),
    }
    with pytest.MonkeyPatch.context() as mp:
        for key, value in overrides.items():
            mp.setenv(key, value)
        mp.delenv("DIRECTIVES_DATABASE_URL", raising=False)
        get_settings.cache_clear()
        settings = Settings()
        rt = build_runtime(settings)
        stack = start_stack(settings)
        for key, value in stack.env.items():
            if key.startswith("DIRECTIVES_ZALO__"):
                mp.setenv(key, value)
        try:
            auth = {PREFECT_API_AUTH_STRING: settings.prefect_auth_string()}
            with temporary_settings(updates={PREFECT_API_URL: settings.prefect.api_url, **auth}):
                wait_for_deployment(
                    stack, f"{settings.prefect.api_url}/deployments/name/{LIFECYCLE_DEPLOYMENT}"
                )
                yield stack, rt
        finally:
            stack.stop()
            rt.engine.dispose()
            get_settings.cache_clear()


def api_auth() -> httpx.BasicAuth:
    """Basic auth for a plain HTTP call to the running stack's Prefect API."""
    return prefect_auth(get_settings())


def wait_for_deployment(stack: Stack, url: str) -> None:
    def up() -> bool:
        stack.check_alive()
        return httpx.get(url, timeout=5, auth=prefect_auth(stack.settings)).status_code == 200

    wait_until(up, 90, "the lifecycle deployment")
