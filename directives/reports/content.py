"""What a báo cáo says, as of a day: read from the database, laid out by docx and markdown.

The content is built once and rendered twice (Word for the office, Markdown for
the flow run's artifact), so both always say the same thing. "As of" a day
means what was known that day: work submitted later counts as not done yet, an
extension decided later has not moved the deadline yet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from directives.db import Action, Directive, ExtensionRequest, Review
from directives.domain import TIMELINESS_VI, DirectiveState, Timeliness, timeliness
from directives.org import Role
from directives.reports.files import document_title, vn_date, vn_long_date
from directives.store import document_label, get_directive
from directives.workspace import Workspace

# The four buckets a report counts, in the order reports list them.
BUCKETS: tuple[Timeliness, ...] = (
    Timeliness.DONE_ON_TIME,
    Timeliness.DONE_LATE,
    Timeliness.OPEN_WITHIN_DEADLINE,
    Timeliness.OPEN_OVERDUE,
)
HEADINGS = (
    "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN",
    "II. KẾT QUẢ THỰC HIỆN TỪNG NHIỆM VỤ",
    "III. NHỮNG NỘI DUNG CHƯA HOÀN THÀNH, HOÀN THÀNH CHẬM VÀ NGUYÊN NHÂN",
    "IV. ĐỀ XUẤT, KIẾN NGHỊ",
)
GAPS_TITLE = "Tài liệu kiểm chứng không còn nguyên vẹn"
GAPS_NOTE_VI = "Các tệp trên không có trong bộ tài liệu kiểm chứng; đã báo quản trị viên."
NOTHING_REMAINS = (
    "Không có. Tất cả nhiệm vụ đã hoàn thành đúng thời hạn và được Đoàn kiểm tra chấp thuận."
)


class ReportOptions(BaseModel):
    """What the command line or the portal may set; unset fields come from the settings."""

    number: str | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    signer_capacity: str | None = None


class ActionResult(BaseModel):
    seq: int
    code: str
    text: str
    unit_name: str
    coordinating_names: list[str]
    original_deadline: date | None
    deadline: date | None
    completed_on: date | None
    bucket: Timeliness
    bucket_vi: str
    evidence: list[str]
    remark: str | None

    @property
    def details(self) -> list[str]:
        """The lines under the action in Part II: unit, deadline, completion, evidence."""
        unit = self.unit_name + (
            f"; đơn vị phối hợp: {', '.join(self.coordinating_names)}"
            if self.coordinating_names
            else ""
        )
        deadline = vn_date(self.deadline) if self.deadline else "không quy định (thường xuyên)"
        if self.original_deadline and self.deadline != self.original_deadline:
            deadline += f" (đã gia hạn, thời hạn ban đầu {vn_date(self.original_deadline)})"
        done = (
            f"hoàn thành ngày {vn_date(self.completed_on)}"
            if self.completed_on
            else "chưa hoàn thành"
        )
        evidence = "; ".join(self.evidence) + "." if self.evidence else "chưa có."
        return [
            f"- Đơn vị chủ trì: {unit}; thời hạn: {deadline}; {done}. "
            f"Kết quả: {self.bucket_vi.lower()}.",
            f"- Tài liệu kiểm chứng: {evidence}",
        ]


class ReportContent(BaseModel):
    directive_code: str
    directive_number: str
    closed: bool
    as_of: date
    parent_body: str
    issuing_body: str
    number_line: str
    place_date: str
    title: str
    subject: str
    recipient: str
    intro: str
    assignment: str
    summary: str
    actions: list[ActionResult]
    remains: list[str]
    proposals: list[str]
    closing: str
    distribution: list[str]
    signer_capacity: str | None
    signer_title: str
    signer_name: str
    appendix_title: str
    appendix_note: str
    buckets: dict[str, int]
    gaps: list[str] = []  # evidence whose stored file is missing or altered (close-out)


def count_phrase(n: int) -> str:
    """Numbers in a report's prose: two digits ("06 nhiệm vụ"), as offices write them; 0 alone."""
    return f"{n:02d}" if n else "0"


def directive_reference(directive: Directive) -> str:
    """ "Công văn số 115/UBND-NCPC ngày 25/01/2017 của Ủy ban nhân dân tỉnh Kiên Giang"."""
    text = f"{document_label(directive.document_type)} số {directive.number}"
    if directive.issued_on:
        text += f" ngày {vn_date(directive.issued_on)}"
    if directive.issuer:
        text += f" của {issuer_name(directive.issuer)}"
    return text


def issuer_name(issuer: str) -> str:
    """An issuer as prose names it: the header's capitals ("UBND TỈNH X") in full words."""
    words = issuer.strip()
    if words.upper().startswith("UBND "):
        words = "Ủy ban nhân dân " + words[5:]
    if words.isupper():
        head, _, place = words.partition(" TỈNH ")
        words = head.capitalize() + (" tỉnh " + place.title() if place else "")
    return words


def _deadline_as_of(
    action: Action, extensions: list[ExtensionRequest], ws: Workspace, on: date
) -> date | None:
    approved = [e for e in extensions if e.state == "approved" and e.decided_at is not None]
    known = [e for e in approved if e.decided_at and ws.local_date(e.decided_at) <= on]
    if len(known) == len(approved):
        return action.effective_deadline
    return known[-1].until if known else action.original_deadline


def _remark(
    action: Action,
    completed: date | None,
    deadline: date | None,
    reviews: list[Review],
    extensions: list[ExtensionRequest],
    ws: Workspace,
    on: date,
) -> str | None:
    """Why an action is open, or late, as the record says it (never guessed)."""
    said = [r for r in reviews if r.decision in ("reject", "reopen") and ws.local_date(r.at) <= on]
    if completed is not None:
        if deadline is None or completed <= deadline:
            return None
        late = f"Hoàn thành sau thời hạn {count_phrase((completed - deadline).days)} ngày."
        return f"{late} {_said(said[-1], ws)}" if said else late
    pending = [
        e
        for e in extensions
        if ws.local_date(e.requested_at) <= on
        and (e.decided_at is None or ws.local_date(e.decided_at) > on)
    ]
    sent = [e.submitted_at for e in action.evidence if e.submitted_at is not None]
    last_sent = max((t for t in sent if ws.local_date(t) <= on), default=None)
    parts: list[str] = []
    if said and not (last_sent and last_sent > said[-1].at):
        parts.append(_said(said[-1], ws))
    elif last_sent is not None:
        parts.append(
            f"Đã nộp tài liệu kiểm chứng ngày {vn_date(ws.local_date(last_sent))}, "
            "đang chờ Đoàn kiểm tra thẩm định."
        )
    else:
        parts.append("Đơn vị đang thực hiện, chưa nộp tài liệu kiểm chứng.")
    if pending:
        ext = pending[-1]
        parts.append(f"Đơn vị đã đề nghị gia hạn đến ngày {vn_date(ext.until)}: {ext.reason}")
    return " ".join(_sentence(p) for p in parts)


def _said(review: Review, ws: Workspace) -> str:
    """ "Đoàn kiểm tra trả lại ngày 02/03/2017: <comment>." """
    verb = "trả lại" if review.decision == "reject" else "mở lại"
    return _sentence(
        f"Đoàn kiểm tra {verb} ngày {vn_date(ws.local_date(review.at))}: {review.comment}"
    )


def _sentence(text: str | None) -> str:
    text = (text or "").strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def action_result(session: Session, ws: Workspace, action: Action, on: date) -> ActionResult:
    extensions = list(
        session.scalars(
            select(ExtensionRequest)
            .where(ExtensionRequest.action_id == action.id)
            .order_by(ExtensionRequest.id)
        )
    )
    deadline = _deadline_as_of(action, extensions, ws, on)
    completed = action.completed_on if action.completed_on and action.completed_on <= on else None
    bucket = timeliness(deadline, completed, on)
    evidence = [
        document_title(e.doc_number, e.doc_date, f"Tài liệu “{e.original_name}”")
        for e in action.evidence
        if e.submitted_at is not None and ws.local_date(e.submitted_at) <= on
    ]
    return ActionResult(
        seq=action.seq,
        code=action.code,
        text=action.text,
        unit_name=ws.org.unit(action.lead_unit).name,
        coordinating_names=[ws.org.unit(u).name for u in action.coordinating_units],
        original_deadline=action.original_deadline,
        deadline=deadline,
        completed_on=completed,
        bucket=bucket,
        bucket_vi=TIMELINESS_VI[bucket],
        evidence=list(dict.fromkeys(evidence)),
        remark=_remark(action, completed, deadline, list(action.reviews), extensions, ws, on),
    )


def summary_sentence(counts: dict[str, int], total: int) -> str:
    parts = [f"{count_phrase(counts.get(b.value, 0))} {TIMELINESS_VI[b].lower()}" for b in BUCKETS]
    ongoing = counts.get(Timeliness.ONGOING.value, 0)
    text = f"trong tổng số {count_phrase(total)} nhiệm vụ: " + "; ".join(parts)
    if ongoing:
        text += f"; {count_phrase(ongoing)} nhiệm vụ thường xuyên (không có thời hạn)"
    return text


def _signer(ws: Workspace, options: ReportOptions) -> tuple[str | None, str, str]:
    conf = ws.settings.report
    directors = ws.org.with_role(Role.DIRECTOR)
    director = directors[0] if directors else None
    title = options.signer_title or conf.signer_title or (director.title if director else "")
    name = options.signer_name or conf.signer_name or (director.name if director else "")
    return options.signer_capacity or conf.signer_capacity, title.upper(), name


def number_line(ws: Workspace, number: str | None) -> str:
    """ "Số: 12/BC-SNgV", or "Số:      /BC-SNgV" left for the clerk when no number is given."""
    symbol = ws.settings.report.symbol or "BC"
    if number and "/" in number:
        return f"Số: {number.strip()}"
    return f"Số: {number.strip()}/{symbol}" if number else f"Số:{' ' * 8}/{symbol}"


def _proposals(
    ws: Workspace, reference: str, issuer: str, closed: bool, open_overdue: int, ongoing: int
) -> list[str]:
    org = ws.org.organization.short_name
    if closed:
        items = [
            f"Đề nghị {issuer} ghi nhận kết quả thực hiện {reference} và xem xét kết quả này "
            f"khi theo dõi, đánh giá chỉ số cải cách hành chính của {org}."
        ]
    else:
        items = [
            f"{org} tiếp tục chỉ đạo các đơn vị khẩn trương hoàn thành các nhiệm vụ còn lại "
            f"và báo cáo kết quả về {issuer} ngay khi hoàn thành."
        ]
        if open_overdue:
            items.append(
                f"Đề nghị {issuer} xem xét, cho phép gia hạn thời gian thực hiện đối với "
                f"{count_phrase(open_overdue)} nhiệm vụ chưa hoàn thành đã quá hạn nêu tại Mục III."
            )
    if ongoing:
        items.append(
            f"Đối với các nhiệm vụ thường xuyên, {org} tiếp tục duy trì thực hiện "
            "và báo cáo định kỳ theo quy định."
        )
    return items


def report_content(
    session: Session,
    ws: Workspace,
    ref: str | int,
    as_of: date,
    options: ReportOptions | None = None,
    gaps: Sequence[str] = (),
) -> ReportContent:
    """The báo cáo of a directive as of ``as_of``: a close-out report once it is closed."""
    options = options or ReportOptions()
    directive = get_directive(session, ref)
    conf = ws.settings.report
    org = ws.org.organization
    closed = directive.state == DirectiveState.CLOSED
    actions = [action_result(session, ws, a, as_of) for a in directive.actions]
    counts = Counter(a.bucket.value for a in actions)
    reference = directive_reference(directive)
    issuer = issuer_name(directive.issuer) if directive.issuer else "cơ quan ban hành"
    place = conf.place or str(directive.parsed.get("place") or "")
    label = document_label(directive.document_type)
    what = "kết quả thực hiện" if closed else "tiến độ thực hiện"
    subject = f" về việc {directive.subject.strip().rstrip('.')}" if directive.subject else ""
    by_unit = Counter(a.unit_name for a in actions)
    capacity, title, name = _signer(ws, options)
    number = number_line(ws, options.number or conf.number)
    remains = [
        f"Nhiệm vụ {a.seq} ({a.unit_name} chủ trì, thời hạn {vn_date(a.deadline)}): {a.remark}"
        for a in actions
        if a.remark
    ]
    return ReportContent(
        directive_code=directive.code,
        directive_number=directive.number,
        closed=closed,
        as_of=as_of,
        parent_body=(conf.parent_body or org.parent or "").upper(),
        issuing_body=(conf.issuing_body or org.short_name).upper(),
        number_line=number,
        place_date=f"{place}, {vn_long_date(as_of)}" if place else vn_long_date(as_of).capitalize(),
        title="BÁO CÁO",
        subject=(
            f"{what.capitalize()} {reference}"
            + ("" if closed else f" (tính đến ngày {vn_date(as_of)})")
        ),
        recipient=issuer,
        intro=(
            f"Thực hiện {reference}{subject}, {org.short_name} báo cáo {what} "
            + ("như sau:" if closed else f"tính đến ngày {vn_date(as_of)} như sau:")
        ),
        assignment=(
            f"Ngay sau khi nhận {label} (ngày {vn_date(directive.received_on)}), {org.short_name} "
            f"đã giao {count_phrase(len(actions))} nhiệm vụ cho các đơn vị thực hiện: "
            + "; ".join(f"{unit} chủ trì {count_phrase(n)} nhiệm vụ" for unit, n in by_unit.items())
            + ". Đoàn kiểm tra thẩm định tài liệu kiểm chứng của từng nhiệm vụ."
        ),
        summary=f"Tính đến ngày {vn_date(as_of)}, " + summary_sentence(counts, len(actions)) + ".",
        actions=actions,
        remains=remains or [NOTHING_REMAINS],
        proposals=_proposals(
            ws,
            reference,
            issuer,
            closed,
            counts.get(Timeliness.OPEN_OVERDUE.value, 0),
            counts.get(Timeliness.ONGOING.value, 0),
        ),
        closing=(
            f"Trên đây là báo cáo {what} {label} số {directive.number} của {org.short_name}, "
            f"kính báo cáo {issuer} xem xét./."
        ),
        distribution=["Như trên;", *(conf.distribution or ["Lưu: VT."])],
        signer_capacity=capacity,
        signer_title=title,
        signer_name=name,
        appendix_title=f"KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ THEO {label.upper()} SỐ {directive.number}",
        appendix_note=(
            f"(Kèm theo Báo cáo số{number.removeprefix('Số:')} "
            f"{vn_long_date(as_of)} của {org.short_name})"
        ),
        buckets={b.value: counts.get(b.value, 0) for b in Timeliness},
        gaps=list(gaps),
    )
