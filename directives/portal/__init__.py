"""The portal where people upload evidence, review and sign off (FastAPI, Jinja2)."""

from __future__ import annotations

from directives.portal.app import create_app
from directives.portal.auth import make_login_token

__all__ = ["create_app", "make_login_token"]
