"""Take a directive in: parse it, keep the source, store it, start its flow run.

Two ways: at once (``ingest_file``, ``ingest_bytes``: the parser's reading is
assigned as it is), or through a draft an admin corrects first (``draft_file``
writes one for the CLI, ``ingest_draft_file`` stores an edited one; the portal
keeps its drafts in the database and confirms them with ``confirm_draft``).
Either way the original file and the parser's reading are kept with the
directive, and each correction is audited.

A refused file or draft leaves no rows. Its stored source file, if it got that far, is
left for the custody sweep to collect: deleting it here could remove a file another row
(an evidence file with the same bytes) uses.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from directives import monitor, store
from directives.drafting import (
    DraftMeta,
    check_draft,
    draft_problems,
    read_draft_json,
    resolve_draft_deadlines,
    tet_warnings,
)
from directives.errors import InvalidInput
from directives.org import OrgDirectory
from directives.parser import (
    parse_bytes,
    read_input,
    resolve_from_receipt,
    validate_for_ingest,
)
from directives.records import ParsedDirective
from directives.runtime import Runtime
from directives.store.drafts import learned_org, require_admin

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestResult:
    directive_id: int
    code: str
    number: str
    actions: int
    flow_run_id: str | None
    parsed: ParsedDirective
    # the Prefect server could not be reached: the sweep starts the run once it is up
    run_deferred: bool = False
    # how a draft file's deadlines were read (a phrase resolved, a day off moved), in Vietnamese
    notes: tuple[str, ...] = ()


def read_document(path: Path) -> bytes:
    """A directive file's bytes: a regular file within the size limit (see ``read_input``)."""
    return read_input(path)


def current_org(rt: Runtime) -> OrgDirectory:
    """The org directory with the unit aliases admins taught it."""
    with rt.sessions() as session:
        return learned_org(session, rt.ws.org)


def read_letter(
    rt: Runtime, data: bytes, filename: str, received_on: date, org: OrgDirectory | None = None
) -> ParsedDirective:
    """The parser's reading, with learned aliases (``org``, read from the database when
    not given), periods counted from the day of receipt and a warning for each deadline in
    a year whose Tết days off are not configured."""
    parsed = parse_bytes(data, filename, org or current_org(rt), rt.ws.calendar)
    parsed = resolve_from_receipt(parsed, received_on, rt.ws.calendar)
    extra = [w for w in tet_warnings(parsed, rt.ws.calendar) if w not in parsed.warnings]
    return parsed.model_copy(update={"warnings": parsed.warnings + extra})


def _store(
    rt: Runtime,
    data: bytes,
    filename: str,
    final: ParsedDirective,
    *,
    received_on: date,
    reading: ParsedDirective | None = None,
    actor: str = store.SYSTEM_ACTOR,
    inspection_team: str | None = None,
    also: Callable[[Session], None] | None = None,
) -> tuple[int, str, str]:
    require_admin(rt.ws, actor, "take in directives", "tiếp nhận văn bản chỉ đạo")
    stored = rt.ws.evidence.put(io.BytesIO(data), any_type=True)
    # a refusal leaves the stored file to the custody sweep: another row may use its bytes
    with rt.sessions.begin() as session:
        directive = store.ingest(
            session,
            rt.ws,
            final,
            source=stored,
            source_name=filename,
            received_on=received_on,
            actor=actor,
            org=learned_org(session, rt.ws.org),
            reading=reading,
            inspection_team=inspection_team,
        )
        if also is not None:
            also(session)
        return directive.id, directive.code, directive.number


def _start(rt: Runtime, directive_id: int, number: str) -> tuple[str | None, bool]:
    """Start the directive's run; (None, True) when the Prefect server is not reachable."""
    from directives import orchestration

    if not orchestration.api_reachable():
        log.warning("the Prefect server is not reachable; the sweep starts the run of %s", number)
        return None, True
    try:
        with rt.sessions() as session:
            tags = monitor.directive_run_tags(session, rt.ws, directive_id)
        flow_run_id = orchestration.start_lifecycle_run(directive_id, number, tags=tags)
    except Exception:
        # The directive is stored; the next reminder-sweep starts its run.
        log.warning("could not start the flow run of %s", number, exc_info=True)
        return None, True
    with rt.sessions.begin() as session:
        store.set_flow_run(session, directive_id, flow_run_id)
    return flow_run_id, False


def _finish(
    rt: Runtime, ids: tuple[int, str, str], final: ParsedDirective, start_run: bool
) -> IngestResult:
    directive_id, code, number = ids
    flow_run_id, deferred = _start(rt, directive_id, number) if start_run else (None, False)
    if flow_run_id:
        monitor.after_commit(
            rt.sessions,
            rt.ws,
            "directives.directive.ingested",
            directive=directive_id,
            payload={"actions": len(final.actions)},
            dedupe="ingested",
            artifacts=False,
        )
    return IngestResult(
        directive_id, code, number, len(final.actions), flow_run_id, final, deferred
    )


def ingest_bytes(
    rt: Runtime,
    data: bytes,
    filename: str,
    *,
    received_on: date,
    start_run: bool = True,
) -> IngestResult:
    parsed = read_letter(rt, data, filename, received_on)
    validate_for_ingest(parsed)
    ids = _store(rt, data, filename, parsed, received_on=received_on)
    return _finish(rt, ids, parsed, start_run)


def ingest_file(
    rt: Runtime, path: Path, *, received_on: date, start_run: bool = True
) -> IngestResult:
    return ingest_bytes(
        rt, read_document(path), path.name, received_on=received_on, start_run=start_run
    )


# Drafts --------------------------------------------------------------------------


def draft_file(rt: Runtime, path: Path, *, received_on: date) -> tuple[dict[str, Any], list[str]]:
    """The draft of a letter: ``parse --json``'s record plus a ``draft`` block naming the
    source file, and what must be corrected in it before it can be assigned (in
    Vietnamese, as ``--from-draft`` would refuse it). Stores nothing."""
    data = read_document(path)
    org = current_org(rt)
    reading = read_letter(rt, data, path.name, received_on, org)
    to_fix = draft_problems(reading, org, None)
    meta = DraftMeta(
        source_path=str(path.resolve()),
        source_name=path.name,
        source_sha256=hashlib.sha256(data).hexdigest(),
        received_on=received_on,
    )
    body: dict[str, Any] = reading.model_dump(mode="json")
    body["draft"] = meta.model_dump(mode="json")
    return body, to_fix


def _draft_source(draft_path: Path, meta: DraftMeta) -> tuple[bytes, str]:
    if not meta.source_path:
        raise InvalidInput(
            "the draft names no source file",
            "Bản nháp không ghi tệp văn bản gốc (mục draft.source_path).",
        )
    source = Path(meta.source_path)
    if not source.is_absolute():
        source = draft_path.parent / source
    data = read_document(source)
    if meta.source_sha256 and hashlib.sha256(data).hexdigest() != meta.source_sha256:
        raise InvalidInput(
            f"{source} changed since the draft was written",
            f"Tệp gốc {source.name} đã thay đổi sau khi lập bản nháp; đề nghị lập lại bản nháp.",
        )
    return data, meta.source_name or source.name


def ingest_draft_file(
    rt: Runtime,
    draft_path: Path,
    *,
    actor: str = store.SYSTEM_ACTOR,
    received_on: date,
    start_run: bool = True,
) -> IngestResult:
    """Store an edited draft file: checked first, refused whole with nothing written."""
    try:
        raw = json.loads(draft_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(
            f"cannot read {draft_path}: {exc}", f"Không đọc được tệp bản nháp {draft_path.name}."
        ) from None
    except ValueError as exc:
        raise InvalidInput(
            f"{draft_path} is not JSON: {exc}",
            f"Tệp bản nháp {draft_path.name} không đúng định dạng JSON.",
        ) from None
    final, meta = read_draft_json(raw)
    data, filename = _draft_source(draft_path, meta)
    received = meta.received_on or received_on
    final, notes = resolve_draft_deadlines(final, rt.ws.calendar, received)
    org = current_org(rt)
    check_draft(final, org, meta.inspection_team)
    reading = read_letter(rt, data, filename, received, org)
    ids = _store(
        rt,
        data,
        filename,
        final,
        received_on=received,
        reading=reading,
        actor=actor,
        inspection_team=meta.inspection_team,
    )
    return replace(_finish(rt, ids, final, start_run), notes=tuple(notes))


def confirm_draft(
    rt: Runtime, draft_id: int, actor: str, *, start_run: bool = True
) -> IngestResult:
    """Assign a portal draft as the admin left it; the draft row goes in the same transaction."""
    with rt.sessions() as session:
        row = store.get_draft(session, rt.ws, draft_id, actor)
        final = ParsedDirective.model_validate(row.draft)
        reading = ParsedDirective.model_validate(row.reading)
        team, sha, name, received = (
            row.inspection_team,
            row.source_sha256,
            row.source_name,
            row.received_on,
        )
    check_draft(final, current_org(rt), team)
    with rt.ws.evidence.open(sha) as fh:
        data = fh.read()

    def drop_draft(session: Session) -> None:
        session.delete(store.get_draft(session, rt.ws, draft_id, actor))

    ids = _store(
        rt,
        data,
        name,
        final,
        received_on=received,
        reading=reading,
        actor=actor,
        inspection_team=team,
        also=drop_draft,
    )
    return _finish(rt, ids, final, start_run)
