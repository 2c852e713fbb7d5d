"""A local SMTP server that keeps every message it receives as a ``.eml`` file.

The embedded default and the tests send real mail over SMTP to 127.0.0.1; this
catcher stores each message untouched (the raw bytes the client sent, nothing
added) under a folder, one file per message, named by arrival time and a hash
of the content::

    .directives/mail/20260126T093012.123456-3f2a9c1b0d4e.eml

Files are written to a temporary name and renamed, so a reader never sees half
a message. ``read_mailbox`` parses them back; ``duplicate_message_ids`` is the
check that a message was delivered at most once (the outbox gives every email
a Message-ID derived from its idempotency key).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
import os
import threading
from collections import Counter
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Self

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from directives.local.loopback import LoopbackServer

logger = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 50 * 1024 * 1024


class _SaveToFolder:
    """aiosmtpd handler: one ``.eml`` file per accepted message."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        if raw is None:
            return "554 Transaction failed: no content"
        save_message(self.directory, raw)
        return "250 Message accepted for delivery"


def save_message(directory: Path, raw: bytes) -> Path:
    """Store one raw message atomically, readable by its owner only; returns its path.

    A mail holds a personal sign-in link: the folder is 0700 and each file 0600.
    """
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    directory.chmod(0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%f")
    digest = hashlib.sha256(raw).hexdigest()[:12]
    path = directory / f"{stamp}-{digest}.eml"
    n = 1
    while path.exists():  # the same bytes twice in one microsecond: keep both
        path = directory / f"{stamp}-{digest}-{n}.eml"
        n += 1
    tmp = directory / f".{path.name}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


class _Controller(Controller):
    """aiosmtpd's controller, able to bind port 0 (an ephemeral port)."""

    def _trigger_server(self) -> None:
        if self.port == 0 and self.server is not None:
            server: Any = self.server
            self.port = server.sockets[0].getsockname()[1]
        super()._trigger_server()  # type: ignore[no-untyped-call]


class MailCatcher(LoopbackServer):
    """``MailCatcher(directory, host, port)``: start(), stop(), or use as a context manager.

    ``port=0`` picks a free port; read the chosen one from ``.port`` after start().
    """

    def __init__(self, directory: Path, host: str = "127.0.0.1", port: int = 8025) -> None:
        self.directory = Path(directory)
        self.host = host
        self.port = port
        self._controller: _Controller | None = None

    def start(self) -> Self:
        if self._controller is not None:
            return self
        self.directory.mkdir(parents=True, exist_ok=True)
        controller = _Controller(
            _SaveToFolder(self.directory),
            hostname=self.host,
            port=self.port,
            data_size_limit=MAX_MESSAGE_BYTES,
            enable_SMTPUTF8=True,
            decode_data=False,
        )
        controller.start()
        self._controller = controller
        self.port = controller.port
        logger.info(
            "mail catcher listening on %s:%d, saving to %s", self.host, self.port, self.directory
        )
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def messages(self) -> list[EmailMessage]:
        return read_mailbox(self.directory)


def read_mailbox(directory: Path) -> list[EmailMessage]:
    """Every stored message, oldest first, parsed with the modern email policy."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    messages: list[EmailMessage] = []
    for path in sorted(directory.glob("*.eml")):
        parsed: Any = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        messages.append(parsed)
    return messages


def duplicate_message_ids(messages: list[EmailMessage]) -> dict[str, int]:
    """Message-IDs seen more than once, with their counts (empty when none)."""
    counts = Counter(str(m["Message-ID"]).strip() for m in messages if m["Message-ID"])
    return {mid: n for mid, n in counts.items() if n > 1}
