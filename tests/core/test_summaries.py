"""Digests, not storms: the review digest per sweep and the director's Monday summary."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from directives import store
from directives.db import Notification
from directives.intake import IngestResult
from directives.reminders import sweep
from directives.reminders.summaries import reviewers
from directives.runtime import Runtime
from tests.core.conftest import NOW
from tests.core.test_lifecycle import INSPECTOR, MEMBER, Upload, codes


def run_sweep(rt: Runtime, at: datetime) -> int:
    ws = rt.ws
    with rt.sessions.begin() as session:
        result = sweep(session, at, ws.org, ws.reminder_policy, ws.calendar, ws.settings)
    return result.review_messages


def emails(rt: Runtime, event: str) -> list[Notification]:
    with rt.sessions() as session:
        return list(
            session.scalars(
                select(Notification)
                .where(Notification.event == event, Notification.channel == "email")
                .order_by(Notification.id)
            )
        )


def submit(rt: Runtime, upload: Upload, code: str, unit: str, name: str, at: datetime) -> None:
    with rt.sessions.begin() as session:
        meta = store.EvidenceMeta(original_name=name)
        store.add_evidence(session, rt.ws, code, MEMBER[unit], upload(name.encode()), meta, now=at)
        store.submit(session, rt.ws, code, MEMBER[unit], now=at)


def test_submissions_reach_the_inspectors_as_one_digest_per_sweep(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    (first, first_unit), (second, second_unit), *_ = codes(rt, seed)
    submit(rt, upload, first, first_unit, "bao-cao-1.pdf", NOW)
    submit(rt, upload, second, second_unit, "bao-cao-2.pdf", NOW + timedelta(minutes=5))
    assert emails(rt, "review_digest") == []  # nothing per submission

    team = reviewers(rt.ws.org)
    assert run_sweep(rt, NOW + timedelta(hours=1)) == 2 * len(team)  # e-mail and Zalo each
    assert run_sweep(rt, NOW + timedelta(hours=2)) == 0  # nothing new: nothing sent
    digests = emails(rt, "review_digest")
    assert sorted(d.recipient_id for d in digests) == sorted(p.id for p in team)
    body = digests[0].body
    assert digests[0].subject == (
        f"[Chờ đánh giá] Mới nộp: {first}, {second}; tổng 2 nhiệm vụ chờ đánh giá"
    )
    assert f"Nhiệm vụ {first} " in body and f"Nhiệm vụ {second} " in body
    assert "bao-cao-1.pdf" in body and "bao-cao-2.pdf" in body


def test_a_resubmission_says_its_round_and_its_new_files(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    (code, unit), *_ = codes(rt, seed)
    submit(rt, upload, code, unit, "ke-hoach.pdf", NOW)
    run_sweep(rt, NOW + timedelta(hours=1))
    with rt.sessions.begin() as session:
        store.review(session, rt.ws, code, INSPECTOR, approve=False, comment="Thiếu kế hoạch")
    submit(rt, upload, code, unit, "ke-hoach-bo-sung.pdf", NOW + timedelta(days=1))

    assert run_sweep(rt, NOW + timedelta(days=1, hours=1)) > 0

    first, second = [d for d in emails(rt, "review_digest") if d.recipient_id == INSPECTOR]
    assert first.subject != second.subject
    assert second.subject.startswith(f"[Chờ đánh giá] Mới nộp: {code} (lần 2);")
    assert "nộp lại lần 2" in second.body and "ke-hoach-bo-sung.pdf" in second.body
    assert "ke-hoach.pdf" not in second.body.replace("ke-hoach-bo-sung.pdf", "")
    rejected = emails(rt, "reviewed")
    assert rejected and all("> Thiếu kế hoạch" in r.body for r in rejected)


def test_the_director_gets_the_weekly_summary_on_monday_once(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    monday = NOW + timedelta(days=35)  # Monday 13/03/2017, 10:00 in Hà Nội
    assert (monday + timedelta(hours=7)).weekday() == 0
    run_sweep(rt, monday)
    run_sweep(rt, monday + timedelta(hours=4))
    run_sweep(rt, monday + timedelta(days=1))  # Tuesday: no summary

    (summary,) = emails(rt, "weekly_summary")
    assert summary.recipient_id == "nguyen-van-an"
    assert "tuần 06/03/2017 - 12/03/2017" in summary.subject
    assert "- Văn phòng Sở: 0 / 0 / " in summary.body
    assert summary.link_path == "/"
