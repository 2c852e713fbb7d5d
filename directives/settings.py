"""One nested settings object, read from ``config/directives.toml`` and the environment.

Environment variables win: ``DIRECTIVES_HOME``, ``DIRECTIVES_DATABASE_URL``,
``DIRECTIVES_SMTP__PORT`` and so on (``__`` separates nested fields). Secrets
are ``SecretStr`` and come only from the environment or Prefect Secret blocks.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, SecretStr, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG_DIR = PROJECT_ROOT / "config"


def _config_dir() -> Path:
    return Path(os.environ.get("DIRECTIVES_CONFIG_DIR", DEFAULT_CONFIG_DIR))


class PortalSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = 8765
    public_url: str | None = None
    max_upload_bytes: int = 20 * 1024 * 1024
    session_hours: int = 12
    login_link_minutes: int = 30
    # A message's personal link (one-time, lands on the page it is about) lives
    # longer than an asked-for sign-in link: people read mail the next day.
    message_link_hours: int = 72
    # Sign-in links asked for within the window, per address and per client (IP).
    signin_window_minutes: int = 15
    signin_per_address: int = 3
    signin_per_client: int = 10
    # Evidence one person may upload: files per hour, bytes per day.
    uploads_per_hour: int = 60
    upload_bytes_per_day: int = 500 * 1024 * 1024

    @property
    def url(self) -> str:
        return self.public_url or f"http://{self.host}:{self.port}"

    @property
    def local_url(self) -> str:
        """Where the stack's own processes reach the portal (not the public address)."""
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"


class PrefectSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = 4210
    runner_poll_seconds: int = 2
    # Requeue runs a killed serve process left Running/Pending when serve starts.
    # Right only for a single runner (the embedded default): see
    # ``orchestration.requeue_interrupted_runs``. Turn off with several workers.
    recover_on_start: bool = True
    # A directive's run Running longer than this is flagged to the admins (it
    # normally reaches Suspended within seconds).
    stuck_run_minutes: int = 30
    # How many flow runs serve() runs at once.
    serve_limit: int = 8
    # The Prefect server's own database: SQLite under the state folder by
    # default; a postgresql:// URL for the scale-out path.
    database_url: str | None = None
    # The scale-out path: the process work pool whose workers run the deployments
    # (``prefect deploy --all --prefect-file config/prefect.yaml``). Set, the
    # stack's serve process becomes one of its workers, never requeues at start-up,
    # and the zombie automation marks Crashed a run silent for ``zombie_after_seconds``
    # (flow runs send a heartbeat every ``heartbeat_seconds``, at least 30).
    work_pool: str | None = None
    heartbeat_seconds: int = Field(default=30, ge=30)
    zombie_after_seconds: int = Field(default=90, ge=45)
    # "user:password" for the server's API basic authentication; generated into
    # the state folder when unset (see ``Settings.prefect_auth_string``).
    auth_string: SecretStr | None = None
    # A directive's run asks the portal to do its steps (``directives.run_steps``)
    # instead of loading the core's stack in its own new process. Set by the embedded
    # stack for its serve process when it starts the portal; off, each run does its
    # steps itself (a worker that cannot reach the portal, tests without a portal).
    steps_in_portal: bool = False

    @model_validator(mode="after")
    def _silence_longer_than_a_heartbeat(self) -> PrefectSettings:
        if self.zombie_after_seconds <= self.heartbeat_seconds:
            raise ValueError(
                "prefect.zombie_after_seconds must exceed prefect.heartbeat_seconds, "
                "or live runs are marked Crashed"
            )
        return self

    @property
    def api_url(self) -> str:
        return f"http://{self.host}:{self.port}/api"

    @property
    def ui_url(self) -> str:
        return f"http://{self.host}:{self.port}"


class SmtpSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = 8025
    sender: str = "theodoi-chidao@example.org"
    sender_name: str = "Hệ thống theo dõi chỉ đạo"
    username: str | None = None
    password: SecretStr | None = None
    secure: bool = False


class ZnsTemplate(BaseModel):
    """A ZNS template approved at Zalo: its id, and each parameter's source field.

    ``params`` maps the template's parameter names to the fields every message
    offers (``messages.zns_fields``): name, subject, summary, code, directive,
    deadline, link.
    """

    template_id: str
    params: dict[str, str] = {}


class ZaloSettings(BaseModel):
    enabled: bool = True
    oa_api_url: str = "https://openapi.zalo.me"
    zns_api_url: str = "https://business.openapi.zalo.me"
    oauth_url: str = "https://oauth.zaloapp.com"
    app_id: str | None = None
    secret_key: SecretStr | None = None
    access_token: SecretStr | None = None
    refresh_token: SecretStr | None = None
    # ZNS templates per message template name (e.g. "review_rejected"), used for
    # people who do not follow the OA and as the fallback when an OA message is
    # refused; "default" serves every message template without its own.
    zns: dict[str, ZnsTemplate] = {}


class OutboxSettings(BaseModel):
    # How long a claimed row stays `sending` before another pass may send it
    # again (after a crash between claim and record). Longer than any pass.
    lease_seconds: float = 300.0


class WorkflowSettings(BaseModel):
    timezone: str = "Asia/Ho_Chi_Minh"
    default_deadline_working_days: int = 30
    # How many inspection-team signatures close a directive: "leader" (the team
    # leader alone), "majority" of the team, or "all".
    signoff_quorum: str = "leader"


class StorageSettings(BaseModel):
    """Stored files (evidence and source letters) on an fsspec filesystem instead of the
    local folder: ``url`` such as ``s3://bucket/prefix`` (DIRECTIVES_STORAGE__URL).

    For S3 the credentials and region come the AWS way, from the environment
    (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION) or a profile, never
    from this repository; ``endpoint_url`` names an S3-compatible server other than AWS.
    """

    url: str | None = None
    endpoint_url: str | None = None
    # Further keyword arguments for the fsspec filesystem (a JSON object in the env).
    options: dict[str, Any] = Field(default_factory=dict)


class ReportSettings(BaseModel):
    """The báo cáo's own facts; a blank number is left for the clerk (văn thư) to fill."""

    parent_body: str | None = None  # default: the org's parent body, in capitals
    issuing_body: str | None = None  # default: the org's short name, in capitals
    symbol: str | None = None  # the number's suffix, e.g. "BC-SNgV"
    number: str | None = None
    place: str | None = None  # default: the place on the directive
    signer_capacity: str | None = None  # "KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC" ...
    signer_title: str | None = None  # default: the director's title in the org directory
    signer_name: str | None = None  # default: the director's name in the org directory
    distribution: list[str] = Field(default_factory=list)  # "Nơi nhận" after "Như trên"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="DIRECTIVES_",
        env_nested_delimiter="__",
        extra="ignore",
    )

    home: Path = Path(".directives")
    config_dir: Path = Field(default_factory=_config_dir)
    database_url: str | None = None
    storage_root: str | None = None
    storage: StorageSettings = StorageSettings()
    secret_key: SecretStr | None = None
    # The key of the audit trail's HMAC chain (DIRECTIVES_AUDIT_KEY); see signing_key.
    audit_key: SecretStr | None = None
    # A stored file no row refers to is collected only when older than this:
    # longer than any upload, so an upload not yet committed never loses its file.
    evidence_grace_hours: float = Field(default=24.0, ge=1.0)
    # The embedded default starts a local mail catcher and a Zalo stand-in; set
    # DIRECTIVES_LOCAL_STANDINS=false where SMTP and Zalo are the real ones.
    local_standins: bool = True
    portal: PortalSettings = PortalSettings()
    prefect: PrefectSettings = PrefectSettings()
    smtp: SmtpSettings = SmtpSettings()
    zalo: ZaloSettings = ZaloSettings()
    outbox: OutboxSettings = OutboxSettings()
    workflow: WorkflowSettings = WorkflowSettings()
    report: ReportSettings = ReportSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=_config_dir() / "directives.toml")
        return (init_settings, env_settings, toml)

    # Derived paths -------------------------------------------------------

    @property
    def home_dir(self) -> Path:
        return self.home.resolve()

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home_dir / 'directives.db'}"

    @property
    def spool_dir(self) -> Path:
        """Where files wait, hashed and checked, before going to remote storage."""
        return self.home_dir / "spool"

    @property
    def evidence_root(self) -> str:
        return self.storage_root or str(self.home_dir / "evidence")

    @property
    def mail_dir(self) -> Path:
        return self.home_dir / "mail"

    @property
    def closeout_dir(self) -> Path:
        return self.home_dir / "closeout"

    @property
    def prefect_home(self) -> Path:
        return self.home_dir / "prefect"

    @property
    def org_file(self) -> Path:
        return self.config_dir / "org.yaml"

    @property
    def calendar_file(self) -> Path:
        return self.config_dir / "calendar.yaml"

    @property
    def reminder_policy_file(self) -> Path:
        return self.config_dir / "reminders.yaml"

    @property
    def templates_dir(self) -> Path:
        return self.config_dir / "templates"

    def state_dir(self) -> Path:
        """The state folder, created private (0700): it holds the database, mail and keys."""
        home = self.home_dir
        if not home.exists():
            home.mkdir(parents=True, mode=0o700, exist_ok=True)
        return home

    def signing_key(self) -> str:
        """The key that signs portal sessions and makes sign-in links.

        From ``DIRECTIVES_SECRET_KEY``; on the embedded default, a random key
        kept in the state folder (never in the repository).
        """
        return self._state_secret(self.secret_key, "secret_key")

    def audit_mac_key(self) -> bytes:
        """The key of the audit trail's HMAC chain: ``DIRECTIVES_AUDIT_KEY``, or a random
        key kept in the state folder (mode 0600). It must never be stored in the database."""
        return self._state_secret(self.audit_key, "audit_key").encode()

    @property
    def audit_anchor_file(self) -> Path:
        return self.home_dir / "audit-anchor.jsonl"

    def _state_secret(
        self,
        given: SecretStr | None,
        name: str,
        make: Callable[[], str] = lambda: secrets.token_urlsafe(48),
    ) -> str:
        if given is not None:
            return given.get_secret_value()
        key_file = self.state_dir() / name
        if not key_file.exists():
            # written whole under a private temporary name, then linked into place:
            # a concurrent process sees no file or the whole key, never half of one
            fd, tmp = tempfile.mkstemp(dir=key_file.parent, prefix=f".{name}.")
            try:
                with os.fdopen(fd, "w") as fh:  # mkstemp creates it 0600
                    fh.write(make())
                os.link(tmp, key_file)
            except FileExistsError:
                pass  # another process made it first: use theirs
            finally:
                os.unlink(tmp)
        return key_file.read_text().strip()

    def prefect_auth_string(self) -> str:
        """The Prefect API's basic-auth "user:password".

        ``DIRECTIVES_PREFECT__AUTH_STRING``, else ``PREFECT_API_AUTH_STRING`` (a
        scale-out worker configured the Prefect way), else a random one kept in
        the state folder (the embedded default).
        """
        if self.prefect.auth_string is None and os.environ.get("PREFECT_API_AUTH_STRING"):
            return os.environ["PREFECT_API_AUTH_STRING"]
        return self._state_secret(
            self.prefect.auth_string,
            "prefect_auth",
            lambda: f"directives:{secrets.token_urlsafe(32)}",
        )

    def use_prefect_api(self) -> None:
        """Give this process (a portal started on its own) the stack's Prefect API auth
        string, unless the environment already has one; only where a stack keeps it here
        or one is configured. The CLI gets it with the rest from ``stack_env``. Call
        before Prefect is imported."""
        known = self.prefect.auth_string is not None or (self.home_dir / "prefect_auth").exists()
        if known and "PREFECT_API_AUTH_STRING" not in os.environ:
            os.environ["PREFECT_API_AUTH_STRING"] = self.prefect_auth_string()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
