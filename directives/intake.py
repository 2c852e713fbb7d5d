"""Ingest a directive file: parse, keep the source, store, start its flow run.

A refused file leaves no rows. Its stored source file, if it got that far, is
left for the custody sweep to collect: deleting it here could remove a file
another row (an evidence file with the same bytes) uses.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from directives import store
from directives.errors import DocumentRejected
from directives.parser import (
    MAX_INPUT_BYTES,
    parse_bytes,
    resolve_from_receipt,
    validate_for_ingest,
)
from directives.records import ParsedDirective
from directives.runtime import Runtime

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestResult:
    directive_id: int
    code: str
    number: str
    actions: int
    flow_run_id: str | None
    parsed: ParsedDirective


def read_document(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentRejected(
            f"cannot read {path}: {exc.strerror}", f"Không đọc được tệp {path.name}."
        ) from exc
    if size > MAX_INPUT_BYTES:
        raise DocumentRejected(
            f"{path.name} is {size} bytes, over the {MAX_INPUT_BYTES} limit",
            f"Tệp {path.name} quá lớn ({size // (1024 * 1024)} MB), vượt giới hạn cho phép.",
        )
    return path.read_bytes()


def ingest_bytes(
    rt: Runtime,
    data: bytes,
    filename: str,
    *,
    received_on: date,
    start_run: bool = True,
) -> IngestResult:
    parsed = parse_bytes(data, filename, rt.ws.org, rt.ws.calendar)
    validate_for_ingest(parsed)
    parsed = resolve_from_receipt(parsed, received_on, rt.ws.calendar)
    stored = rt.ws.evidence.put(io.BytesIO(data), any_type=True)
    with rt.sessions.begin() as session:
        directive = store.ingest(
            session, rt.ws, parsed, source=stored, source_name=filename, received_on=received_on
        )
        directive_id, code, number = directive.id, directive.code, directive.number
    flow_run_id: str | None = None
    if start_run:
        from directives import orchestration

        try:
            flow_run_id = orchestration.start_lifecycle_run(directive_id, number)
        except Exception:
            # The directive is stored; the next reminder-sweep starts its run.
            log.warning("could not start the flow run of %s", number, exc_info=True)
        else:
            with rt.sessions.begin() as session:
                store.set_flow_run(session, directive_id, flow_run_id)
    return IngestResult(directive_id, code, number, len(parsed.actions), flow_run_id, parsed)


def ingest_file(
    rt: Runtime, path: Path, *, received_on: date, start_run: bool = True
) -> IngestResult:
    return ingest_bytes(
        rt, read_document(path), path.name, received_on=received_on, start_run=start_run
    )
