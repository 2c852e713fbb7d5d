"""The one pooled HTTP client every Zalo call goes through (messages and token refreshes).

A module of its own so that ``zalo_api`` (the calls) and ``zalo_tokens`` (the
refresh) both use it without importing each other.
"""

from __future__ import annotations

import threading

import httpx

_client: httpx.Client | None = None
_client_lock = threading.Lock()


def http_client() -> httpx.Client:
    """One pooled client for every Zalo call (a new client per request costs an SSL setup)."""
    global _client
    with _client_lock:
        if _client is None:
            _client = httpx.Client(timeout=15.0)
        return _client
