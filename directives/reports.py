"""The close-out: a report in Vietnamese and a bundle of the approved evidence.

Files are written atomically (temp file, then rename) with deterministic
content, so running the close-out again rewrites the same bytes.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from directives.custody import PROBLEM_VI
from directives.domain import TIMELINESS_VI, Timeliness
from directives.status import DirectiveStatus, directive_status
from directives.store import document_label, get_directive
from directives.workspace import Workspace

ZIP_TIME = (2000, 1, 1, 0, 0, 0)
GAPS_NOTE_VI = "Các tệp trên không có trong bộ tài liệu kiểm chứng; đã báo quản trị viên."


@dataclass(frozen=True)
class CloseoutFiles:
    folder: Path
    report_md: Path
    report_html: Path
    status_json: Path
    bundle_zip: Path
    summary: str
    # Evidence whose stored file is missing or altered, in Vietnamese: named in the
    # report and the manifest, left out of the bundle, and told to the admins.
    gaps: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, str]:
        return {
            "report_md": str(self.report_md),
            "report_html": str(self.report_html),
            "status_json": str(self.status_json),
            "bundle_zip": str(self.bundle_zip),
        }


def _vn(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


def summary_line(status: DirectiveStatus) -> str:
    parts = [
        f"{status.buckets[b.value]} {TIMELINESS_VI[b].lower()}"
        for b in Timeliness
        if status.buckets[b.value]
    ]
    return f"{len(status.actions)} nhiệm vụ: " + "; ".join(parts)


def gaps_markdown(gaps: tuple[str, ...]) -> str:
    if not gaps:
        return ""
    lines = ["", "## Tài liệu kiểm chứng không còn nguyên vẹn", ""]
    lines += [f"- {gap}" for gap in gaps]
    lines += ["", GAPS_NOTE_VI]
    return "\n".join(lines) + "\n"


def report_markdown(status: DirectiveStatus) -> str:
    label = document_label(status.document_type)
    lines = [
        f"# Báo cáo kết quả thực hiện {label} số {status.number}",
        "",
        f"- Cơ quan ban hành: {status.issuer or '—'}",
        f"- Ngày ban hành: {_vn(status.issued_on)}; ngày tiếp nhận: {_vn(status.received_on)}",
        f"- Trích yếu: {status.subject or '—'}",
        f"- Trạng thái: {status.state_vi}",
        f"- Tổng hợp: {summary_line(status)}",
        "",
        "| STT | Mã | Nhiệm vụ | Đơn vị chủ trì | Thời hạn | Ngày hoàn thành | Kết quả |",
        "|---|---|---|---|---|---|---|",
    ]
    for a in status.actions:
        text = a.text if len(a.text) <= 160 else a.text[:157] + "…"
        lines.append(
            f"| {a.seq} | {a.code} | {text.replace('|', '/')} | {a.lead_unit_name} | "
            f"{_vn(a.effective_deadline)} | {_vn(a.completed_on)} | {a.timeliness_vi} |"
        )
    return "\n".join(lines) + "\n"


def report_html(status: DirectiveStatus, gaps: tuple[str, ...] = ()) -> str:
    label = document_label(status.document_type)
    rows = "\n".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(str(cell))}</td>"
            for cell in (
                a.seq,
                a.code,
                a.text,
                a.lead_unit_name,
                _vn(a.effective_deadline),
                _vn(a.completed_on),
                a.timeliness_vi,
            )
        )
        + "</tr>"
        for a in status.actions
    )
    title = html.escape(f"Báo cáo kết quả thực hiện {label} số {status.number}")
    gaps_html = (
        "<h2>Tài liệu kiểm chứng không còn nguyên vẹn</h2>\n<ul>"
        + "".join(f"<li>{html.escape(gap)}</li>" for gap in gaps)
        + f"</ul>\n<p>{GAPS_NOTE_VI}</p>\n"
        if gaps
        else ""
    )
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:"Times New Roman",serif;max-width:60rem;margin:2rem auto}}
table{{border-collapse:collapse}}
td,th{{border:1px solid #444;padding:.3rem;vertical-align:top}}</style>
</head><body>
<h1>{title}</h1>
<p>Cơ quan ban hành: {html.escape(status.issuer or "—")}.
Ngày ban hành: {_vn(status.issued_on)}. Trích yếu: {html.escape(status.subject or "—")}.</p>
<p>Trạng thái: {html.escape(status.state_vi)}. Tổng hợp: {html.escape(summary_line(status))}.</p>
<table><thead><tr><th>STT</th><th>Mã</th><th>Nhiệm vụ</th><th>Đơn vị chủ trì</th>
<th>Thời hạn</th><th>Ngày hoàn thành</th><th>Kết quả</th></tr></thead>
<tbody>
{rows}
</tbody></table>
{gaps_html}</body></html>
"""


def _safe_name(name: str) -> str:
    base = re.sub(r"[^\w.\- ]+", "_", Path(name.replace("\\", "/")).name, flags=re.UNICODE)
    return base.strip(" .")[:120] or "tai-lieu"


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _verified(ws: Workspace, sha256: str) -> bytes | str:
    """The stored file's bytes, or "missing"/"altered" when they are not what was recorded."""
    try:
        with ws.evidence.open(sha256) as fh:
            data = fh.read()
    except FileNotFoundError:
        return "missing"
    return data if hashlib.sha256(data).hexdigest() == sha256 else "altered"


def build_closeout(session: Session, ws: Workspace, ref: str | int, today: date) -> CloseoutFiles:
    """Write the report and the evidence bundle of a directive under ``closeout/<code>/``.

    A stored file that is missing or altered does not stop the close-out: it is
    left out of the bundle and named in the report, the manifest and ``gaps``."""
    directive = get_directive(session, ref)
    status = directive_status(session, ws, directive.id, today)
    folder = ws.settings.closeout_dir / directive.code
    folder.mkdir(parents=True, exist_ok=True)
    manifest = io.StringIO()
    writer = csv.writer(manifest)
    writer.writerow(["ma_nhiem_vu", "tep", "sha256", "kich_thuoc", "nguoi_nop", "so_van_ban"])
    bundled: list[tuple[str, bytes]] = []
    gaps: list[str] = []
    for action in directive.actions:
        for item in action.evidence:
            if item.submitted_at is None:
                continue
            arcname = f"{action.code}/{item.id}-{_safe_name(item.original_name)}"
            data = _verified(ws, item.sha256)
            if isinstance(data, str):
                gaps.append(
                    f"Nhiệm vụ {action.code}: tài liệu số {item.id} “{item.original_name}” "
                    f"(sha256 {item.sha256[:12]}…) {PROBLEM_VI[data]}."
                )
                arcname = f"KHÔNG CÓ TRONG BỘ ({PROBLEM_VI[data]}): {arcname}"
            else:
                bundled.append((arcname, data))
            writer.writerow(
                [
                    action.code,
                    arcname,
                    item.sha256,
                    item.size,
                    item.uploaded_by,
                    item.doc_number or "",
                ]
            )
    summary = summary_line(status)
    if gaps:
        summary += f"; {len(gaps)} tệp tài liệu kiểm chứng bị mất hoặc bị thay đổi"
    md = report_markdown(status) + gaps_markdown(tuple(gaps))
    files = CloseoutFiles(
        folder=folder,
        report_md=folder / "bao-cao.md",
        report_html=folder / "bao-cao.html",
        status_json=folder / "trang-thai.json",
        bundle_zip=folder / "tai-lieu-kiem-chung.zip",
        summary=summary,
        gaps=tuple(gaps),
    )
    _write_atomic(files.report_md, md.encode())
    _write_atomic(files.report_html, report_html(status, files.gaps).encode())
    _write_atomic(
        files.status_json,
        json.dumps(status.model_dump(mode="json"), ensure_ascii=False, indent=2).encode(),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for arcname, data in bundled:
            zf.writestr(zipfile.ZipInfo(arcname, ZIP_TIME), data)
        zf.writestr(zipfile.ZipInfo("bao-cao.md", ZIP_TIME), md)
        zf.writestr(zipfile.ZipInfo("danh-muc.csv", ZIP_TIME), manifest.getvalue())
    _write_atomic(files.bundle_zip, buffer.getvalue())
    return files
