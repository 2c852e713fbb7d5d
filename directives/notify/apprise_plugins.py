"""Registers our Zalo plugins (``zalooa://``, ``zns://``) with apprise's plugin manager.

apprise 2.0.x ships no Zalo plugin. After ``register()``, any apprise user in
the process (``apprise.Apprise().add("zalooa://...")``, a Prefect notification
block with an apprise URL) can use them. Registering twice is harmless.
"""

from __future__ import annotations

import threading
from typing import Any

from apprise.manager_plugins import NotificationManager

from directives.notify.zalo_oa import NotifyZaloOA
from directives.notify.zalo_zns import NotifyZaloZNS

PLUGINS = (NotifyZaloOA, NotifyZaloZNS)
_lock = threading.Lock()


def register() -> None:
    # apprise keeps one process-wide manager (a singleton).
    manager: Any = NotificationManager()  # type: ignore[no-untyped-call]
    with _lock:
        for plugin in PLUGINS:
            schema = plugin.secure_protocol
            if schema in manager and manager[schema] is plugin:
                continue
            manager.add(plugin, schemas=schema, force=True)
