"""Email through apprise's SMTP plugin, with a Message-ID that does not change on retry.

apprise's email plugin stamps each message with a random Message-ID. The outbox
needs the opposite: a row re-sent after a crash must carry the same Message-ID
as the first attempt, so the receiving side (and our mailbox check) can see the
duplicate. ``NotifyStableEmail`` is apprise's ``NotifyEmail`` with that one
header replaced; everything else (MIME building, UTF-8 headers, SMTP, TLS,
login) is apprise's. It is instantiated directly, not registered for
``mailto://``, so other apprise users in the process (Prefect's notification
blocks) keep the stock plugin.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import smtplib
import ssl
import threading
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formataddr, formatdate, make_msgid
from typing import Any
from urllib.parse import quote, urlencode

from apprise.exception import AppriseImproperlyConfigured
from apprise.plugins.email.base import NotifyEmail as _NotifyEmail
from apprise.plugins.email.common import AppriseEmailException
from apprise.plugins.email.smtp import AppriseSMTPController as _AppriseSMTPController

from directives.settings import SmtpSettings

# apprise is only partly typed: use its classes as Any.
NotifyEmail: Any = _NotifyEmail
AppriseSMTPController: Any = _AppriseSMTPController
ImproperlyConfigured: Any = AppriseImproperlyConfigured

MESSAGE_ID_DOMAIN = "directives.local"
SMTP_LINES = compat32.clone(linesep="\r\n")
_MESSAGE_ID_LINE = re.compile(r"^Message-ID:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*", re.I | re.M)


_tls_contexts: dict[bool, ssl.SSLContext] = {}
_tls_lock = threading.Lock()


def _tls_context(verify: bool) -> ssl.SSLContext:
    with _tls_lock:
        if verify not in _tls_contexts:
            context = ssl.create_default_context()
            if not verify:
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            _tls_contexts[verify] = context
        return _tls_contexts[verify]


class _SMTPConnection(AppriseSMTPController):  # type: ignore[misc]
    """apprise's SMTP controller, reusing one TLS context.

    apprise builds a new TLS context for every connection, even a plain one:
    loading the CA bundle costs about 40 ms of CPU per email. Otherwise the
    same: connect, STARTTLS or implicit TLS, login.
    """

    def __enter__(self) -> _SMTPConnection:
        context = _tls_context(bool(self.verify_certificate))
        timeout = self.socket_connect_timeout
        sock: smtplib.SMTP
        if self.secure_mode == "ssl":
            sock = smtplib.SMTP_SSL(self.host, self.port, None, timeout=timeout, context=context)
        elif self.secure_mode in ("starttls", "insecure"):
            sock = smtplib.SMTP(self.host, self.port, None, timeout=timeout)
        else:
            raise ImproperlyConfigured(f"Invalid SMTP secure mode: {self.secure_mode!r}")
        try:
            if self.secure_mode == "starttls":
                sock.starttls(context=context)
            if self.user and self.password:
                sock.login(self.user, self.password)
        except (OSError, smtplib.SMTPException):
            with contextlib.suppress(OSError, smtplib.SMTPException):
                sock.quit()
            raise
        self._socket = sock
        return self


def alternative_email(
    *,
    sender: str,
    to: str,
    subject: str,
    text: str,
    html: str,
    message_id: str,
    headers: dict[str, str] | None = None,
) -> bytes:
    """A multipart/alternative e-mail (text, then HTML), UTF-8, ready for SMTP.

    Built with the ``email.mime`` classes (the compat32 policy), as apprise
    does: about six times cheaper in CPU than ``EmailMessage`` with the
    default policy, which matters when a dispatcher sends thousands.
    """
    root = MIMEMultipart("alternative")
    root["From"] = sender
    root["To"] = to
    root["Subject"] = Header(subject, "utf-8")  # type: ignore[assignment]
    root["Date"] = formatdate(localtime=True)
    root["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        root[name] = value
    root.attach(MIMEText(text, "plain", "utf-8"))
    root.attach(MIMEText(html, "html", "utf-8"))
    return root.as_bytes(policy=SMTP_LINES)  # CRLF: smtplib sends bytes as they are


def stable_message_id(idempotency_key: str) -> str:
    """``<sha256(key)@directives.local>``: the same outbox row always gets the same id."""
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()
    return f"<{digest}@{MESSAGE_ID_DOMAIN}>"


def email_url(smtp: SmtpSettings, to: str) -> str:
    """The apprise ``mailto://``/``mailtos://`` URL for one recipient, from the SMTP settings."""
    if smtp.secure:
        schema, mode = "mailtos", ("ssl" if smtp.port == 465 else "starttls")
    else:
        schema, mode = "mailto", "insecure"
    auth = ""
    if smtp.username:
        auth = quote(smtp.username, safe="")
        if smtp.password is not None:
            auth += ":" + quote(smtp.password.get_secret_value(), safe="")
        auth += "@"
    query = urlencode(
        {
            "smtp": smtp.host,
            "from": smtp.sender,
            "name": smtp.sender_name,
            "to": to,
            "mode": mode,
            "format": "text",
        },
        quote_via=quote,  # apprise does not read "+" as a space
    )
    return f"{schema}://{auth}{smtp.host}:{smtp.port}/?{query}"


def _replace_message_id(raw: str, message_id: str) -> str:
    head, sep, rest = raw.partition("\n\n")
    head, count = _MESSAGE_ID_LINE.subn(f"Message-ID: {message_id}", head, count=1)
    if count == 0:
        newline = "\r\n" if head.endswith("\r") or "\r\n" in head else "\n"
        head = f"{head.rstrip(chr(13))}{newline}Message-ID: {message_id}"
    return head + sep + rest


class NotifyStableEmail(NotifyEmail):  # type: ignore[misc]
    """apprise's SMTP email plugin with a caller-chosen Message-ID and no throttle."""

    service_name = "Email (stable Message-ID)"
    # One instance per outbox row; apprise's default 5.5 s pause between sends of
    # one instance would only slow a batch down.
    request_rate_per_sec = 0

    def __init__(self, message_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.message_id = message_id
        self.last_error: str | None = None
        # When set, the message is multipart/alternative: the body given to
        # notify() as its text part and this as its HTML part, written by us
        # (apprise would derive the text from the HTML).
        self.html_body: str | None = None

    @classmethod
    def from_settings(cls, smtp: SmtpSettings, to: str, message_id: str) -> NotifyStableEmail:
        args = NotifyEmail.parse_url(email_url(smtp, to))
        if not args:
            raise ValueError(f"cannot build an email URL for {to!r}")
        return cls(message_id=message_id, **args)

    def send(
        self,
        body: str,
        title: str = "",
        notify_type: Any = None,
        attach: Any = None,
        body_format: Any = None,
        **kwargs: Any,
    ) -> bool:
        if not self.targets:
            self.last_error = "no email recipient"
            return False
        self.throttle()
        self.last_error = None
        try:
            with _SMTPConnection(
                host=self.smtp_host,
                port=self.port,
                secure_mode=self.secure_mode,
                user=self.user,
                password=self.password,
                verify_certificate=self.verify_certificate,
                socket_connect_timeout=self.socket_connect_timeout,
            ) as smtp:
                if self.html_body is not None:
                    for name, to in self.targets:
                        raw_bytes = alternative_email(
                            sender=formataddr(
                                (self.from_addr[0] or "", self.from_addr[1]), "utf-8"
                            ),
                            to=formataddr((name or "", to), "utf-8"),
                            subject=title,
                            text=body,
                            html=self.html_body,
                            message_id=self.message_id or make_msgid(domain=MESSAGE_ID_DOMAIN),
                            headers={"X-Application": self.app_id, **self.headers},
                        )
                        if smtp.sendmail(self.from_addr[1], [to], raw_bytes):
                            continue
                        self.last_error = f"SMTP server refused the message to {to}"
                        return False
                    return True
                headers = {"X-Application": self.app_id, **self.headers}
                for message in NotifyEmail.prepare_emails(
                    subject=title,
                    body=body,
                    notify_format=self.resolve_format(body_format),
                    from_addr=self.from_addr,
                    to=self.targets,
                    cc=self.cc,
                    bcc=self.bcc,
                    reply_to=self.reply_to,
                    smtp_host=self.smtp_host,
                    attach=attach,
                    headers=headers,
                    names=self.names,
                    tzinfo=self.tzinfo,
                ):
                    raw = message.body
                    if self.message_id:
                        raw = _replace_message_id(raw, self.message_id)
                    if not smtp.sendmail(self.from_addr[1], message.to_addrs, raw):
                        self.last_error = f"SMTP server refused the message to {message.recipient}"
                        return False
        except (
            OSError,
            smtplib.SMTPException,
            RuntimeError,
            AppriseImproperlyConfigured,
            AppriseEmailException,
        ) as exc:
            self.last_error = f"SMTP {self.smtp_host}:{self.port}: {type(exc).__name__}: {exc}"
            return False
        return True
