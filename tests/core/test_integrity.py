"""A missing or altered stored file is named at close-out and to the admins, never a silent
failure; the daily check tells the admins once a day, with the audit trail's head."""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta

from sqlalchemy import select, update

from directives import audit, integrity, store
from directives.db import AuditEvent, Notification
from directives.intake import IngestResult
from directives.local.demo import _lands_on_its_subject
from directives.notify.outbox import LINK_MARKER
from directives.reports import build_closeout
from directives.runtime import Runtime
from tests.core.conftest import NOW

MEMBER = {"bgd": "do-thi-hoa", "vp": "ngo-van-cuong"}
ADMIN = "quan-tri"
DAY = date(2017, 3, 1)


def submit_all(rt: Runtime, seed: IngestResult) -> dict[str, str]:
    """Every action gets its own evidence file, submitted; returns action code -> sha256."""
    shas: dict[str, str] = {}
    with rt.sessions.begin() as session:
        for action in store.get_directive(session, seed.directive_id).actions:
            content = f"Báo cáo nhiệm vụ {action.code}.".encode()
            stored = rt.ws.evidence.put(io.BytesIO(content))
            meta = store.EvidenceMeta(original_name=f"bao-cao-{action.seq}.txt")
            who = MEMBER[action.lead_unit]
            store.add_evidence(session, rt.ws, action.code, who, stored, meta, now=NOW)
            store.submit(session, rt.ws, action.code, who, now=NOW)
            shas[action.code] = stored.sha256
    return shas


def admin_mail(rt: Runtime, event: str) -> list[Notification]:
    with rt.sessions() as session:
        return list(
            session.scalars(
                select(Notification).where(
                    Notification.recipient_id == ADMIN,
                    Notification.idempotency_key.like(f"{event}%"),
                )
            )
        )


def test_a_close_out_with_a_lost_file_completes_and_names_the_gap(
    rt: Runtime, seed: IngestResult
) -> None:
    shas = submit_all(rt, seed)
    lost, altered = f"{seed.code}-1", f"{seed.code}-2"
    rt.ws.evidence.path_of(shas[lost]).unlink()
    rt.ws.evidence.path_of(shas[altered]).write_bytes(b"sua doi")
    with rt.sessions() as session:
        files = build_closeout(session, rt.ws, seed.directive_id, DAY)
    assert len(files.gaps) == 2
    assert f"Nhiệm vụ {lost}" in files.gaps[0] and "bị mất" in files.gaps[0]
    assert f"Nhiệm vụ {altered}" in files.gaps[1] and "bị thay đổi" in files.gaps[1]
    report = files.report_md.read_text()
    assert "Tài liệu kiểm chứng không còn nguyên vẹn" in report and files.gaps[0] in report
    assert "2 tệp tài liệu kiểm chứng bị mất hoặc bị thay đổi" in files.summary
    with zipfile.ZipFile(files.bundle_zip) as zf:
        names = zf.namelist()
        manifest = zf.read("danh-muc.csv").decode()
    assert len([n for n in names if n.startswith("Nhiệm vụ")]) == 4  # the 4 intact files
    assert manifest.count("KHÔNG CÓ TRONG BỘ") == 2
    for _ in range(2):  # a retried close-out tells the admins once
        with rt.sessions.begin() as session:
            integrity.report_closeout_gaps(
                session, rt.ws, seed.number, seed.directive_id, list(files.gaps), code=seed.code
            )
    mail = admin_mail(rt, f"integrity-closeout:{seed.directive_id}")
    assert len(mail) == 1 and files.gaps[1] in mail[0].body
    assert mail[0].link_path == f"/van-ban/{seed.code}"  # the mail opens the directive's page
    assert LINK_MARKER in mail[0].body
    assert _lands_on_its_subject(mail[0].link_path, mail[0].subject)


def test_the_daily_check_reports_once_a_day_with_the_head_and_the_findings(
    rt: Runtime, seed: IngestResult
) -> None:
    shas = submit_all(rt, seed)
    report = integrity.daily_check(rt.sessions, rt.ws, DAY)
    assert report is not None and report.findings == [] and report.head is not None
    first = admin_mail(rt, f"integrity:{DAY.isoformat()}")
    assert len(first) == 1
    assert "không có sai lệch" in first[0].subject
    # it opens the home page, and the demo's mail check (run while a sweep may fire) accepts it
    assert first[0].link_path == "/" and _lands_on_its_subject("/", first[0].subject)
    assert LINK_MARKER in first[0].body and LINK_MARKER in (first[0].html or "")  # a link is sent
    assert f"sự kiện số {report.head.id}, mã xác thực {report.head.mac}" in first[0].body
    assert report.head in set(audit.read_anchors(rt.ws.settings.audit_anchor_file))
    assert integrity.daily_check(rt.sessions, rt.ws, DAY) is None  # done for the day
    rt.ws.evidence.path_of(shas[f"{seed.code}-3"]).unlink()
    with rt.sessions.begin() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == 2).values(actor="forger"))
    next_day = DAY + timedelta(days=1)
    report = integrity.daily_check(rt.sessions, rt.ws, next_day)
    assert report is not None and len(report.storage) == 1 and len(report.trail) == 1
    mail = admin_mail(rt, f"integrity:{next_day.isoformat()}")
    assert len(mail) == 1 and "2 sai lệch" in mail[0].subject
    assert f"nhiệm vụ {seed.code}-3" in mail[0].body and "Sự kiện 2:" in mail[0].body
