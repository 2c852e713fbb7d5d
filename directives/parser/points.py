"""The points a paragraph counts off in its own text, "(1) ...; (2) ...", and the points a
point counts off in turn after its colon, "(3) các bộ, ngành tập trung: (i) ...; (ii) ...".

A point that opens with its own body and ends in ":" hands that body the points under it,
each a task of its own; a point with no subject of its own ("(5) Phát triển VNeID ... với
05 chức năng chính: (i) ...; (ii) ...") keeps the points under it as its own parts, one
task whose text runs on through them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from directives.parser.blocks import Block
from directives.parser.glued_items import RUN_ON_POINT, run_on_points
from directives.parser.subjects import subject_bodies


@dataclass
class Point:
    block: Block
    parts: list[Block] = field(default_factory=list)  # the points it hands its body
    bodies: list[str] = field(default_factory=list)  # the body it names, then its partners


def _kind(marker: str) -> str:
    return "num" if marker.strip("() ").isdigit() else "roman"


def counted_points(block: Block) -> list[Point]:
    """The paragraph's points, the points under a point's colon grouped with it."""
    points = run_on_points(block)
    if len(points) < 2:
        return [Point(p) for p in points]
    starts = list(RUN_ON_POINT.finditer(block.text))
    kinds = [_kind(m.group()) for m in starts]
    out: list[Point] = []
    i = 0
    while i < len(points):
        point, kind = points[i], kinds[i]
        j = i + 1
        if point.text.rstrip().endswith(":"):
            while j < len(points) and kinds[j] != kind:
                j += 1
        if j == i + 1:
            out.append(Point(point))
            i = j
            continue
        bodies = subject_bodies(point.text)
        if bodies:
            out.append(Point(point, points[i + 1 : j], bodies))
        else:
            # the point's text as written, its parts' markers included
            end = starts[j].start() if j < len(starts) else len(block.text)
            begin = starts[i].end()
            text = block.text[begin:end].strip().rstrip(";").rstrip()
            folded = block.folded[begin:end].strip().rstrip(";").rstrip()
            out.append(Point(Block(block.marker, text, folded)))
        i = j
    return out
