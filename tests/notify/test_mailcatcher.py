"""The local SMTP catcher keeps each message whole and makes duplicates visible."""

from __future__ import annotations

import re
import smtplib
from pathlib import Path

from directives.local.mailcatcher import MailCatcher, duplicate_message_ids, read_mailbox

RAW = (
    "From: =?utf-8?b?SOG7hyB0aOG7kW5n?= <a@example.vn>\r\n"
    "To: b@example.vn\r\n"
    "Subject: =?utf-8?q?Giao_nhi=E1=BB=87m_v=E1=BB=A5?=\r\n"
    "Message-ID: <k1@directives.local>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Kính gửi Ông/Bà,\r\nTrân trọng.\r\n"
).encode()


def send(port: int, raw: bytes) -> None:
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        smtp.sendmail("a@example.vn", ["b@example.vn"], raw)


def test_keeps_raw_messages_and_finds_duplicate_ids(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    with MailCatcher(folder, port=0) as catcher:
        assert catcher.port != 0
        send(catcher.port, RAW)
        send(catcher.port, RAW.replace(b"<k1@", b"<k2@"))
        send(catcher.port, RAW)  # the same message delivered again

    files = sorted(folder.glob("*.eml"))
    assert len(files) == 3
    assert all(re.fullmatch(r"\d{8}T\d{6}\.\d{6}-[0-9a-f]{12}(-\d+)?\.eml", f.name) for f in files)
    assert files[0].read_bytes() == RAW
    messages = read_mailbox(folder)
    assert messages[0]["Subject"] == "Giao nhiệm vụ"
    assert messages[0]["From"].addresses[0].display_name == "Hệ thống"
    assert messages[0].get_content().replace("\r\n", "\n") == "Kính gửi Ông/Bà,\nTrân trọng.\n"
    assert duplicate_message_ids(messages) == {"<k1@directives.local>": 2}
    assert duplicate_message_ids(messages[:2]) == {}
    # A mail carries a personal sign-in link: only the owner may read the folder and files.
    assert folder.stat().st_mode & 0o777 == 0o700
    assert {f.stat().st_mode & 0o777 for f in files} == {0o600}


def test_empty_or_missing_mailbox(tmp_path: Path) -> None:
    assert read_mailbox(tmp_path / "absent") == []
