"""Charts as SVG drawn on the server: readable without JavaScript, on a phone, by a screen reader.

Horizontal positions are percentages of the chart's width and vertical ones
pixels, so a chart fills whatever width the page gives it while its text
keeps its size: the same drawing reads at 360 px and at 1280 px. Each chart
has a <title> and <desc>; each shape carries its own <title>; the page shows
the same figures as a table next to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import count

from markupsafe import Markup, escape

from directives.calendar import vn_date
from directives.dashboard import BUCKETS, BucketRow
from directives.domain import TIMELINESS_VI
from directives.timeline import TET_VI, DirectiveTimeline, TimeMark

ROW_H = 38
LANE_H = 40
AXIS_H = 36
_ids = count(1)


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _open(kind: str, height: int, title: str, desc: str) -> tuple[str, str]:
    n = next(_ids)
    head = (
        f'<svg class="chart {kind}" xmlns="http://www.w3.org/2000/svg" width="100%" '
        f'height="{height}" role="img" aria-labelledby="c{n}t c{n}d">'
        f'<title id="c{n}t">{escape(title)}</title><desc id="c{n}d">{escape(desc)}</desc>'
    )
    return head, "</svg>"


def stacked_bars(rows: Sequence[BucketRow], title: str) -> Markup:
    """One 100 % bar per row, split into the timeliness buckets, its label and total above it."""
    if not rows:
        return Markup("")
    desc = "; ".join(
        f"{r.label}: {r.total} nhiệm vụ ("
        + ", ".join(f"{TIMELINESS_VI[b]} {r.counts[b.value]}" for b in BUCKETS)
        + ")"
        for r in rows
    )
    head, tail = _open("bars", ROW_H * len(rows), title, desc)
    parts = [head]
    for i, row in enumerate(rows):
        y = i * ROW_H
        parts.append(
            f'<text class="lbl" x="0" y="{y + 13}">{escape(row.label)} '
            f'<tspan class="muted">({row.total})</tspan></text>'
            f'<rect class="track" x="0" y="{y + 18}" width="100%" height="14"/>'
        )
        x = 0.0
        for bucket in BUCKETS:
            n = row.counts[bucket.value]
            if not n or not row.total:
                continue
            width = 100 * n / row.total
            parts.append(
                f'<rect class="seg b-{bucket.value}" x="{_fmt(x)}%" y="{y + 18}" '
                f'width="{_fmt(width)}%" height="14"><title>{escape(TIMELINESS_VI[bucket])}: '
                f"{n}</title></rect>"
            )
            if width >= 7:
                parts.append(
                    f'<text class="in" x="{_fmt(x + width / 2)}%" y="{y + 29}" '
                    f'text-anchor="middle">{n}</text>'
                )
            x += width
    parts.append(tail)
    return Markup("".join(parts))


def progress_bar(done: int, total: int, label: str) -> Markup:
    pct = 100 * done / total if total else 0
    head, tail = _open("progress", 18, label, f"{done}/{total} ({round(pct)}%)")
    return Markup(
        f'{head}<rect class="track" x="0" y="2" width="100%" height="14" rx="7"/>'
        f'<rect class="fill" x="0" y="2" width="{_fmt(pct)}%" height="14" rx="7"/>{tail}'
    )


# The time line ------------------------------------------------------------------------


def _x(tl: DirectiveTimeline, day: date) -> float:
    span = max((tl.end - tl.start).days, 1)
    return 2 + 96 * min(max((day - tl.start).days / span, 0.0), 1.0)


def _axis(tl: DirectiveTimeline, height: int) -> list[str]:
    parts = [
        f'<text class="axis" x="0" y="12">{vn_date(tl.start)}</text>',
        f'<text class="axis" x="100%" y="12" text-anchor="end">{vn_date(tl.end)}</text>',
    ]
    for off in tl.days_off:
        x0, x1 = _x(tl, off.start), _x(tl, off.end) + 96 / max((tl.end - tl.start).days, 1)
        width = max(x1 - x0, 0.6)
        tip = f"{off.reason}: {vn_date(off.start)} – {vn_date(off.end)}"
        parts.append(
            f'<rect class="dayoff" x="{_fmt(x0)}%" y="{AXIS_H - 14}" width="{_fmt(width)}%" '
            f'height="{height - AXIS_H + 14}"><title>{escape(tip)}</title></rect>'
        )
        if off.reason == TET_VI:
            parts.append(
                f'<text class="axis tet" x="{_fmt(x0 + width / 2)}%" y="{AXIS_H - 2}" '
                f'text-anchor="middle">Tết</text>'
            )
    if tl.start <= tl.today <= tl.end:
        x = _fmt(_x(tl, tl.today))
        parts.append(
            f'<line class="today" x1="{x}%" x2="{x}%" y1="{AXIS_H - 14}" y2="{height}">'
            f"<title>Hôm nay: {vn_date(tl.today)}</title></line>"
            f'<text class="axis today-lbl" x="{x}%" y="26" text-anchor="middle">Hôm nay</text>'
        )
    return parts


def _mark(tl: DirectiveTimeline, mark: TimeMark, y: int) -> str:
    x = _fmt(_x(tl, mark.on))
    tip = f"<title>{escape(mark.label_vi)}: {vn_date(mark.on)}</title>"
    if mark.kind in ("original_deadline", "effective_deadline"):
        return (
            f'<line class="m-{mark.kind}" x1="{x}%" x2="{x}%" y1="{y - 9}" y2="{y + 9}">'
            f"{tip}</line>"
        )
    radius = 6 if mark.kind in ("received", "signed") else 5
    return f'<circle class="m-{mark.kind}" cx="{x}%" cy="{y}" r="{radius}">{tip}</circle>'


def timeline(tl: DirectiveTimeline, title: str) -> Markup:
    height = AXIS_H + LANE_H * len(tl.lanes)
    desc = (
        f"Từ {vn_date(tl.start)} đến {vn_date(tl.end)}; hôm nay {vn_date(tl.today)}; "
        f"{len(tl.days_off)} đợt nghỉ theo lịch làm việc. Chi tiết trong bảng dưới biểu đồ."
    )
    head, tail = _open("timeline", height, title, desc)
    parts = [head, *_axis(tl, height)]
    for i, lane in enumerate(tl.lanes):
        y = AXIS_H + i * LANE_H
        parts.append(
            f'<text class="lbl" x="0" y="{y + 14}">{escape(lane.label)}</text>'
            f'<line class="lane" x1="1%" x2="99%" y1="{y + 28}" y2="{y + 28}"/>'
        )
        parts.extend(_mark(tl, m, y + 28) for m in lane.marks)
    parts.append(tail)
    return Markup("".join(parts))
