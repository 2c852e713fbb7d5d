"""The daily integrity check and the admins' alerts: stored files, the audit trail.

Once a day the reminder sweep re-hashes every stored file a row refers to,
verifies the audit trail (chain, anchor, state tables), anchors the trail's
head and collects unreferenced files; the result goes to the admins by e-mail
through the outbox, once per day (its key is the day), with the head's
sequence number and MAC: a copy of the anchor that leaves the machine. A gap
found at a close-out is mailed the same way, once per directive.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from directives import audit
from directives.audit_checks import check_all
from directives.custody import collect_unreferenced, verify_storage
from directives.db import Notification
from directives.notify.messages import queue_to
from directives.notify.outbox import CHANNEL_EMAIL, idempotency_key
from directives.org import Role
from directives.workspace import Workspace

log = logging.getLogger(__name__)

DAILY_EVENT = "integrity"
DAILY_SUBJECT = "Kiểm tra toàn vẹn dữ liệu ngày"  # the daily report lands on the home page


@dataclass(frozen=True)
class DailyReport:
    day: date
    storage: list[str] = field(default_factory=list)
    trail: list[str] = field(default_factory=list)
    head: audit.Head | None = None
    collected: int = 0

    @property
    def findings(self) -> list[str]:
        return self.storage + self.trail


def alert_admins(
    session: Session,
    ws: Workspace,
    *,
    event: str,
    subject: str,
    intro: str,
    findings: list[str],
    head: audit.Head | None = None,
    landing: str = "/",
) -> int:
    """Queue one e-mail per admin (idempotent per ``event``), its link landing on the page
    ``landing`` (a directive's alert on the directive's page); returns rows queued now."""
    return queue_to(
        session,
        ws.settings.templates_dir,
        "integrity_report",
        ws.org.with_role(Role.ADMIN),
        event=event,
        channels=(CHANNEL_EMAIL,),
        portal_url=ws.settings.portal.url,
        subject=subject,
        intro=intro,
        findings=findings,
        head=head,
        landing=landing,  # (``link`` is the layouts' link marker)
    )


def report_closeout_gaps(
    session: Session, ws: Workspace, number: str, directive_id: int, gaps: list[str], *, code: str
) -> int:
    """Tell the admins, once per directive, which evidence its close-out could not bundle."""
    return alert_admins(
        session,
        ws,
        event=f"{DAILY_EVENT}-closeout:{directive_id}",
        subject=f"[{number}] Báo cáo kết thúc thiếu tài liệu kiểm chứng",
        intro=(
            f"Văn bản {number} đã kết thúc; báo cáo kết thúc đã được lập nhưng "
            f"{len(gaps)} tệp tài liệu kiểm chứng bị mất hoặc bị thay đổi nên không có "
            "trong bộ tài liệu. Đề nghị khôi phục các tệp từ bản sao lưu."
        ),
        findings=gaps,
        landing=f"/van-ban/{code}",
    )


def _already_reported(session: Session, ws: Workspace, event: str) -> bool:
    keys = [idempotency_key(event, a.id, CHANNEL_EMAIL) for a in ws.org.with_role(Role.ADMIN)]
    found = session.scalar(select(Notification.id).where(Notification.idempotency_key.in_(keys)))
    return found is not None


def daily_check(
    sessions: sessionmaker[Session], ws: Workspace, day: date, *, force: bool = False
) -> DailyReport | None:
    """Check everything once for ``day`` and tell the admins; None if already done that day."""
    event = f"{DAILY_EVENT}:{day.isoformat()}"
    with sessions() as session:
        if not force and _already_reported(session, ws, event):
            return None
        storage = [p.message_vi for p in verify_storage(session, ws.evidence)]
        findings = [p.message_vi for p in check_all(session)]
        head = audit.anchor_head(session)
    grace = timedelta(hours=ws.settings.evidence_grace_hours)
    collected = collect_unreferenced(sessions, ws.evidence, grace)
    report = DailyReport(day, storage, findings, head, len(collected))
    vn_day = day.strftime("%d/%m/%Y")
    with sessions.begin() as session:
        alert_admins(
            session,
            ws,
            event=event,
            subject=(
                f"{DAILY_SUBJECT} {vn_day}: "
                + (f"{len(report.findings)} sai lệch" if report.findings else "không có sai lệch")
            ),
            intro=(
                f"Kết quả kiểm tra định kỳ ngày {vn_day}: {len(storage)} tệp lưu trữ bị mất "
                f"hoặc bị thay đổi; {len(findings)} sai lệch trong nhật ký kiểm tra; "
                f"{len(collected)} tệp không còn được sử dụng đã được thu dọn."
            ),
            findings=report.findings,
            head=head,
        )
    if report.findings:
        log.error("integrity check of %s: %s", day, "; ".join(report.findings))
    return report


def integrity_markdown(report: DailyReport) -> str:
    """The daily check as a Prefect artifact: a witness of the head outside the machine's files."""
    lines = [f"# Kiểm tra toàn vẹn dữ liệu ngày {report.day.strftime('%d/%m/%Y')}", ""]
    if report.head is not None:
        lines += [f"- Mốc nhật ký: sự kiện số {report.head.id}, mã xác thực `{report.head.mac}`"]
    lines += [f"- Tệp không còn được sử dụng đã thu dọn: {report.collected}", ""]
    lines += [f"- {line}" for line in report.findings] or ["Không phát hiện sai lệch nào."]
    return "\n".join(lines) + "\n"
