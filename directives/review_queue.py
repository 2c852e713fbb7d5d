"""The inspection team's queue: submitted actions, oldest submission first.

Read-only. For each item: when it was submitted, how many working days it
has waited, who submitted it, how many files came with that submission, and
which round it is (a resubmission after a return is round 2).
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from directives.db import Action, AuditEvent, Evidence
from directives.domain import ActionState
from directives.status import DirectiveStatus
from directives.workspace import Workspace

# Ready-made phrases an inspector can tick instead of typing (kept short, formal).
REVIEW_PHRASES_VI: tuple[str, ...] = (
    "Tài liệu kiểm chứng đầy đủ, đáp ứng yêu cầu.",
    "Đề nghị bổ sung văn bản ban hành có chữ ký, đóng dấu.",
    "Đề nghị bổ sung số liệu cụ thể về kết quả thực hiện.",
    "Tài liệu chưa đúng kỳ báo cáo; đề nghị nộp lại tài liệu đúng kỳ.",
    "Đề nghị giải trình rõ lý do chậm thực hiện.",
)


class QueueItem(BaseModel):
    code: str
    text: str
    unit_name: str
    directive_code: str
    directive_number: str
    submitted_at: datetime
    waited_days: int  # working days since the submission's date
    waited_vi: str
    submitted_by_name: str | None
    files: int
    round: int


def waited_text(days: int, same_day: bool = True) -> str:
    """How long a submission has waited, in working days: one sent in on a day off (or after
    the last working day) has waited none, but was not sent in today."""
    if days > 0:
        return f"Đã chờ {days} ngày làm việc"
    return "Nộp trong ngày hôm nay" if same_day else "Chưa qua ngày làm việc nào kể từ khi nộp"


def review_queue(
    session: Session, ws: Workspace, statuses: list[DirectiveStatus], on: date
) -> list[QueueItem]:
    submitted = session.scalars(
        select(Action).where(Action.state == ActionState.SUBMITTED.value)
    ).all()
    by_code = {a.code: a for a in submitted}
    items: list[QueueItem] = []
    for st in statuses:
        for a in st.actions:
            row = by_code.get(a.code)
            if row is None or row.submitted_at is None:
                continue
            submits = session.scalars(
                select(AuditEvent.actor)
                .where(AuditEvent.action_id == row.id, AuditEvent.kind == "action.submit")
                .order_by(AuditEvent.id)
            ).all()
            files = session.scalars(
                select(Evidence.id).where(
                    Evidence.action_id == row.id, Evidence.submitted_at == row.submitted_at
                )
            ).all()
            sent_on = ws.local_date(row.submitted_at)
            waited = ws.calendar.working_days_between(sent_on, on)
            items.append(
                QueueItem(
                    code=a.code,
                    text=a.text,
                    unit_name=a.lead_unit_name,
                    directive_code=st.code,
                    directive_number=st.number,
                    submitted_at=row.submitted_at,
                    waited_days=waited,
                    waited_vi=waited_text(waited, sent_on == on),
                    submitted_by_name=_name(ws, submits[-1]) if submits else None,
                    files=len(files),
                    round=max(len(submits), 1),
                )
            )
    return sorted(items, key=lambda i: (i.submitted_at, i.code))


def _name(ws: Workspace, person_id: str) -> str:
    found = ws.org.find_person(person_id)
    return found.name if found else person_id
