"""Custody of the stored files: which rows need them, whether they are intact, and
collecting the ones nobody needs.

The database is the only judge of what is referenced: ``referenced_shas`` reads
every reference in one statement (one snapshot on SQLite and PostgreSQL). The
collector takes its clock *before* that read, and deletes only files older
than the grace period at that moment: an upload that stored its file but has
not committed its row yet finished its ``put`` less than one upload's time
before, so its file is younger than the cutoff and stays.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select, union
from sqlalchemy.orm import Session, sessionmaker

from directives.db import Action, Directive, Evidence
from directives.db_intake import IntakeDraft
from directives.evidence import EvidenceStore

log = logging.getLogger(__name__)

PROBLEM_VI = {"missing": "bị mất", "altered": "bị thay đổi nội dung (sai mã sha256)"}


def referenced_shas(session: Session) -> set[str]:
    """Every sha256 a committed row refers to: evidence files, directives' source letters and
    the letters of intake drafts not yet assigned or discarded."""
    query = union(
        select(Evidence.sha256),
        select(Directive.source_sha256),
        select(IntakeDraft.source_sha256),
    )
    return set(session.scalars(select(query.subquery().c[0])))


def collect_unreferenced(
    sessions: sessionmaker[Session], store: EvidenceStore, grace: timedelta
) -> list[str]:
    """Delete the stored files no row refers to and older than ``grace``; returns their sha256."""
    cutoff = time.time() - grace.total_seconds()  # before the references are read
    with sessions() as session:
        referenced = referenced_shas(session)
    collected = store.collect(referenced, cutoff)
    if collected:
        log.info("collected %d unreferenced stored file(s)", len(collected))
    return collected


@dataclass(frozen=True)
class StorageProblem:
    """A stored file that is not what its rows recorded, and the rows that need it."""

    sha256: str
    problem: str  # "missing" | "altered"
    used_by: list[str] = field(default_factory=list)  # Vietnamese labels of the rows

    def __str__(self) -> str:
        return f"stored file {self.sha256[:12]}: {self.problem} ({len(self.used_by)} row(s))"

    @property
    def message_vi(self) -> str:
        return f"Tệp {self.sha256[:12]}… {PROBLEM_VI[self.problem]}; dùng cho: " + "; ".join(
            self.used_by
        )


def _users(session: Session) -> dict[str, list[str]]:
    users: dict[str, list[str]] = {}
    for e_id, sha256, name, code in session.execute(
        select(Evidence.id, Evidence.sha256, Evidence.original_name, Action.code)
        .join(Action, Action.id == Evidence.action_id)
        .order_by(Evidence.id)
    ):
        users.setdefault(sha256, []).append(
            f"tài liệu kiểm chứng số {e_id} “{name}” của nhiệm vụ {code}"
        )
    for number, sha256, name in session.execute(
        select(Directive.number, Directive.source_sha256, Directive.source_name).order_by(
            Directive.id
        )
    ):
        users.setdefault(sha256, []).append(f"tệp gốc “{name}” của văn bản {number}")
    return users


def verify_storage(session: Session, store: EvidenceStore) -> list[StorageProblem]:
    """Re-hash every file a row refers to; name each one missing or altered."""
    problems: list[StorageProblem] = []
    for sha256, used_by in sorted(_users(session).items()):
        found = store.check(sha256)
        if found is not None:
            problems.append(StorageProblem(sha256, found, used_by))
    return problems
