"""The close-out: the báo cáo (.docx and Markdown), the status as JSON and the evidence bundle.

Everything goes under ``closeout/<code>/`` in the state folder, each file
written atomically with deterministic content, so running the close-out again
(a retried task, a re-run flow) rewrites the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from directives.custody import PROBLEM_VI
from directives.db import Directive
from directives.domain import TIMELINESS_VI, Timeliness
from directives.reports.bundle import write_bundle
from directives.reports.content import ReportOptions, report_content
from directives.reports.docx_report import report_docx
from directives.reports.files import write_atomic
from directives.reports.markdown import report_markdown_text
from directives.status import DirectiveStatus, directive_status
from directives.store import get_directive
from directives.workspace import Workspace

REPORT_DOCX = "bao-cao.docx"
REPORT_MD = "bao-cao.md"
STATUS_JSON = "trang-thai.json"
BUNDLE_ZIP = "tai-lieu-kiem-chung.zip"


@dataclass(frozen=True)
class CloseoutFiles:
    folder: Path
    report_docx: Path
    report_md: Path
    status_json: Path
    bundle_zip: Path
    bundle_sha256: str
    summary: str
    markdown: str
    # Evidence whose stored file is missing or altered, in Vietnamese: named in the
    # report and the manifest, left out of the bundle, and told to the admins.
    gaps: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, str]:
        return {
            "report_docx": str(self.report_docx),
            "report_md": str(self.report_md),
            "status_json": str(self.status_json),
            "bundle_zip": str(self.bundle_zip),
            "bundle_sha256": self.bundle_sha256,
        }


def closeout_folder(ws: Workspace, code: str) -> Path:
    return ws.settings.closeout_dir / code


def summary_line(status: DirectiveStatus) -> str:
    parts = [
        f"{status.buckets[b.value]} {TIMELINESS_VI[b].lower()}"
        for b in Timeliness
        if status.buckets[b.value]
    ]
    return f"{len(status.actions)} nhiệm vụ: " + "; ".join(parts)


def report_file_name(number: str) -> str:
    """The report's name inside the bundle: "Báo cáo 115-UBND-NCPC.docx"."""
    return f"Báo cáo kết quả thực hiện {number.replace('/', '-')}.docx"


def closeout_report(session: Session, ws: Workspace, ref: str | int) -> tuple[str, bytes] | None:
    """The report the close-out wrote, named as in the bundle; None before the close-out."""
    directive = get_directive(session, ref)
    path = closeout_folder(ws, directive.code) / REPORT_DOCX
    return (report_file_name(directive.number), path.read_bytes()) if path.exists() else None


def _damaged(ws: Workspace, directive: Directive) -> tuple[dict[str, str], list[str]]:
    """Submitted evidence whose stored file is missing or altered (re-hashed, in chunks)."""
    damaged: dict[str, str] = {}
    gaps: list[str] = []
    for action in directive.actions:
        for item in action.evidence:
            if item.submitted_at is None:
                continue
            problem = ws.evidence.check(item.sha256)
            if problem is None:
                continue
            damaged[item.sha256] = problem
            gaps.append(
                f"Nhiệm vụ {action.code}: tài liệu số {item.id} “{item.original_name}” "
                f"(sha256 {item.sha256[:12]}…) {PROBLEM_VI[problem]}."
            )
    return damaged, gaps


def build_closeout(
    session: Session,
    ws: Workspace,
    ref: str | int,
    today: date,
    options: ReportOptions | None = None,
) -> CloseoutFiles:
    """Write the report, status and evidence bundle of a directive under ``closeout/<code>/``.

    A stored file that is missing or altered does not stop the close-out: it is
    left out of the bundle and named in the report, the manifest and ``gaps``."""
    directive = get_directive(session, ref)
    status = directive_status(session, ws, directive.id, today)
    damaged, gaps = _damaged(ws, directive)
    content = report_content(session, ws, directive.id, today, options, gaps)
    folder = closeout_folder(ws, directive.code)
    docx_bytes = report_docx(content)
    markdown = report_markdown_text(content)
    write_atomic(folder / REPORT_DOCX, docx_bytes)
    write_atomic(folder / REPORT_MD, markdown.encode())
    write_atomic(
        folder / STATUS_JSON,
        json.dumps(status.model_dump(mode="json"), ensure_ascii=False, indent=2).encode(),
    )
    bundle = write_bundle(
        session,
        ws,
        directive.id,
        folder / BUNDLE_ZIP,
        report=(report_file_name(directive.number), docx_bytes),
        damaged=damaged,
    )
    summary = summary_line(status)
    if gaps:
        summary += f"; {len(gaps)} tệp tài liệu kiểm chứng bị mất hoặc bị thay đổi"
    return CloseoutFiles(
        folder=folder,
        report_docx=folder / REPORT_DOCX,
        report_md=folder / REPORT_MD,
        status_json=folder / STATUS_JSON,
        bundle_zip=folder / BUNDLE_ZIP,
        bundle_sha256=bundle.sha256,
        summary=summary,
        markdown=markdown,
        gaps=tuple(gaps),
    )
