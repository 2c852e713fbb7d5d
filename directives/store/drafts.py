"""Drafts an admin corrects before assignment, and the unit aliases learned from them.

A draft holds what the parser read and what the admin has set so far; it is
saved and resumed, discarded, or confirmed (then ``intake.ingest`` stores the
directive and the draft row goes). Only an admin may touch drafts and aliases.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import audit
from directives.db import utcnow
from directives.db_intake import IntakeDraft, UnitAlias
from directives.errors import InvalidInput, NotFound
from directives.org import OrgDirectory, Role
from directives.records import ParsedDirective
from directives.store.checks import SYSTEM_ACTOR, deny, person
from directives.text import fold
from directives.workspace import Workspace


def require_admin(ws: Workspace, actor_id: str, what_en: str, what_vi: str) -> None:
    if actor_id == SYSTEM_ACTOR:  # the shell of the machine that runs the stack
        return
    actor = person(ws, actor_id)
    if not actor.has(Role.ADMIN):
        raise deny(actor, what_en, what_vi)


# Aliases -------------------------------------------------------------------------


def learned_org(session: Session, org: OrgDirectory) -> OrgDirectory:
    """The org directory with the aliases admins taught it (unknown units skipped)."""
    known = {u.id for u in org.units}
    rows = session.execute(select(UnitAlias.alias, UnitAlias.unit_id)).all()
    return org.with_aliases((alias, unit) for alias, unit in rows if unit in known)


def list_aliases(session: Session) -> list[UnitAlias]:
    return list(session.scalars(select(UnitAlias).order_by(UnitAlias.unit_id, UnitAlias.id)))


def add_alias(
    session: Session,
    ws: Workspace,
    alias: str,
    unit_id: str,
    actor_id: str,
    *,
    directive_id: int | None = None,
    now: datetime | None = None,
) -> UnitAlias | None:
    """Teach the directory another name of a unit; None if the name is known already."""
    require_admin(ws, actor_id, "add unit aliases", "thêm tên gọi khác của đơn vị")
    alias = " ".join(alias.split())
    folded = fold(alias)[:255]
    if not folded or session.scalar(select(UnitAlias).where(UnitAlias.folded == folded)):
        return None
    row = UnitAlias(
        unit_id=unit_id,
        alias=alias,
        folded=folded,
        created_by=actor_id,
        created_at=now or utcnow(),
        directive_id=directive_id,
    )
    session.add(row)
    session.flush()
    audit.append(
        session,
        actor=actor_id,
        kind="unit.alias_added",
        directive_id=directive_id,
        after={"alias": alias, "unit": unit_id},
        at=row.created_at,
    )
    return row


def remove_alias(
    session: Session, ws: Workspace, alias_id: int, actor_id: str, *, now: datetime | None = None
) -> UnitAlias:
    require_admin(ws, actor_id, "remove unit aliases", "xóa tên gọi khác của đơn vị")
    row = session.get(UnitAlias, alias_id)
    if row is None:
        raise NotFound(f"no alias {alias_id}", f"Không tìm thấy tên gọi khác số {alias_id}.")
    session.delete(row)
    audit.append(
        session,
        actor=actor_id,
        kind="unit.alias_removed",
        before={"alias": row.alias, "unit": row.unit_id},
        at=now or utcnow(),
    )
    return row


# Drafts --------------------------------------------------------------------------


def create_draft(
    session: Session,
    ws: Workspace,
    actor_id: str,
    *,
    reading: ParsedDirective,
    source_name: str,
    source_sha256: str,
    received_on: date,
    now: datetime | None = None,
) -> IntakeDraft:
    require_admin(ws, actor_id, "take in directives", "tiếp nhận văn bản chỉ đạo")
    now = now or utcnow()
    row = IntakeDraft(
        created_by=actor_id,
        created_at=now,
        updated_at=now,
        source_name=source_name[:255],
        source_sha256=source_sha256,
        received_on=received_on,
        reading=reading.model_dump(mode="json"),
        draft=reading.model_dump(mode="json"),
        inspection_team=None,
        version=1,
    )
    session.add(row)
    session.flush()
    return row


def get_draft(session: Session, ws: Workspace, draft_id: int, actor_id: str) -> IntakeDraft:
    require_admin(ws, actor_id, "read drafts", "xem bản nháp tiếp nhận văn bản")
    row = session.get(IntakeDraft, draft_id)
    if row is None:
        raise NotFound(
            f"no draft {draft_id}",
            f"Không tìm thấy bản nháp số {draft_id} (có thể đã được giao hoặc đã hủy).",
        )
    return row


def list_drafts(session: Session) -> list[IntakeDraft]:
    return list(session.scalars(select(IntakeDraft).order_by(IntakeDraft.updated_at.desc())))


def save_draft(
    session: Session,
    ws: Workspace,
    draft_id: int,
    actor_id: str,
    record: ParsedDirective,
    *,
    inspection_team: str | None,
    now: datetime | None = None,
) -> IntakeDraft:
    row = get_draft(session, ws, draft_id, actor_id)
    if inspection_team is not None and inspection_team not in {u.id for u in ws.org.units}:
        raise InvalidInput(
            f"unknown team {inspection_team!r}",
            f"Không có đoàn kiểm tra “{inspection_team}” trong danh bạ cơ quan.",
        )
    row.draft = record.model_dump(mode="json")
    row.inspection_team = inspection_team
    row.updated_at = now or utcnow()
    row.version += 1
    return row


def discard_draft(session: Session, ws: Workspace, draft_id: int, actor_id: str) -> str:
    """Delete the draft; returns its source file's sha256 (the caller may drop the file)."""
    row = get_draft(session, ws, draft_id, actor_id)
    sha = row.source_sha256
    session.delete(row)
    return sha
