"""Text that a PDF page draws through its annotations' appearances, put back in its line.

E-signing software (VGCA style) stamps a letter's number and its day and month as
form-field widgets over blanks left in the page text: the page content reads
"Số:       /BC-STP" and "ngày        tháng     năm 2026" while the digits live in
each widget's normal appearance stream (PDF 32000 12.5.5). A viewer draws them
there; this module reads each appearance's text, finds the glyphs of the page
drawn left and right of it on the same baseline, and puts the text into the
blank between those glyphs in the page text, so the page reads "Số: 301/BC-STP"
and "ngày 28 tháng 4 năm 2026".

A page without an annotation drawing text reads exactly as ``extract_text()``;
anything unexpected in this extra step leaves the plain page text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from directives.parser import pdf_glyphs
from directives.parser.pdf_glyphs import IDENTITY, Glyph, Matrix, apply, box, mul, six

MAX_ANNOTATIONS = 64  # per page; more are not read
MAX_FIELDS = 24  # annotations drawing text, per page
MAX_STREAM_BYTES = 64 * 1024  # an appearance stream larger than this (encoded) is not read
MAX_FIELD_CHARS = 120
_CONTEXT = 8  # non-space characters of each side's context
_TEXT_SUBTYPES = ("/Widget", "/FreeText", "/Stamp")  # (VNPT iOffice stamps the number so)
_HIDDEN = 1 | 2 | 32  # Invisible, Hidden, NoView (PDF 32000 12.5.3)


@dataclass(frozen=True)
class Field:
    """An annotation's drawn text and where it is drawn on the page."""

    text: str
    x0: float
    x1: float
    y: float
    em: float


def page_text(page: Any) -> str:
    """The page's text with its annotations' drawn text in place (plain text when none)."""
    text = str(page.extract_text() or "")
    try:
        fields = list(itertools.islice(_fields(page), MAX_FIELDS))
        if fields:
            return _merge(text, pdf_glyphs.page_glyphs(page), fields)
    except Exception:  # a damaged annotation must not cost the page its text
        pass
    return text


def _fields(page: Any) -> Iterator[Field]:
    annots = page.get("/Annots")
    if annots is None:
        return
    for ref in list(annots.get_object())[:MAX_ANNOTATIONS]:
        annot = ref.get_object()
        if annot.get("/Subtype") not in _TEXT_SUBTYPES or int(annot.get("/F", 0)) & _HIDDEN:
            continue
        yield from _field(page, annot)


def _field(page: Any, annot: Any) -> list[Field]:
    appearance = annot.get("/AP")
    stream = appearance.get_object().get("/N") if appearance is not None else None
    stream = stream.get_object() if stream is not None else None
    if stream is None or not pdf_glyphs.small_form(stream, MAX_STREAM_BYTES):
        return []
    text = re.sub(r"\s+", " ", str(page.extract_xform_text(stream) or "")).strip()
    if not text or len(text) > MAX_FIELD_CHARS:
        return []  # a signature image, an empty field
    glyphs = [
        g for g in pdf_glyphs.form_glyphs(stream, page.pdf, MAX_STREAM_BYTES) if g.char.strip()
    ]
    if not glyphs:
        return []
    matrix = six(stream.get("/Matrix", IDENTITY))
    to_page = mul(matrix, _to_rect(annot, stream, matrix))
    parts = _parts(glyphs)
    if len(parts) == 1 or len(parts) != len(text.split()):
        parts = [glyphs]  # (the words the appearance's text reads are not its runs)
    fields = []
    for part in parts:
        x0, y = apply(to_page, part[0].x0, part[0].y)
        x1, _ = apply(to_page, part[-1].x1, part[-1].y)
        em = part[0].em * abs(to_page[3] or 1.0)
        written = "".join(g.char for g in part) if len(parts) > 1 else text
        fields.append(Field(written, x0, max(x1, x0), y, em))
    return fields


def _parts(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """The runs of an appearance's glyphs apart by more than an em: one widget stamping the
    day and the month each over its own blank, "14" and "11" with "tháng" printed between."""
    parts = [[glyphs[0]]]
    for glyph in glyphs[1:]:
        last = parts[-1][-1]
        if glyph.x0 - last.x1 > max(last.em, 1.0) or abs(glyph.y - last.y) > 0.5 * last.em:
            parts.append([glyph])
        else:
            parts[-1].append(glyph)
    return parts


def _to_rect(annot: Any, stream: Any, matrix: Matrix) -> Matrix:
    """The matrix A of 12.5.5: the /BBox, transformed by the form's ``matrix``, onto the
    annotation's /Rect."""
    x0, y0, x1, y1 = box(annot["/Rect"])
    bbox = box(stream.get("/BBox", [x0, y0, x1, y1]))
    corners = [apply(matrix, bx, by) for bx in (bbox[0], bbox[2]) for by in (bbox[1], bbox[3])]
    bx0, bx1 = min(c[0] for c in corners), max(c[0] for c in corners)
    by0, by1 = min(c[1] for c in corners), max(c[1] for c in corners)
    sx = (x1 - x0) / (bx1 - bx0) if bx1 > bx0 else 1.0
    sy = (y1 - y0) / (by1 - by0) if by1 > by0 else 1.0
    return (sx, 0.0, 0.0, sy, x0 - bx0 * sx, y0 - by0 * sy)


def _merge(text: str, glyphs: list[Glyph], fields: list[Field]) -> str:
    spans: list[tuple[int, int, str]] = []
    for field in fields:
        spot = _spot(text, glyphs, field)
        if spot is not None and all(spot[1] <= s[0] or spot[0] >= s[1] for s in spans):
            spans.append(spot)
    for start, end, filled in sorted(spans, reverse=True):
        text = text[:start] + filled + text[end:]
    return text


def _spot(text: str, glyphs: list[Glyph], field: Field) -> tuple[int, int, str] | None:
    """The blank in ``text`` that the field fills, and what it becomes."""
    line = _run(glyphs, field)
    left = [g for g in line if (g.x0 + g.x1) / 2 < field.x0]
    right = [g for g in line if (g.x0 + g.x1) / 2 >= field.x0]
    left_tail = [g for g in left if g.char.strip()][-_CONTEXT:]
    right_head = [g for g in right if g.char.strip()][:_CONTEXT]
    left_glue = " " if left_tail and _apart(left_tail[-1], field.text[0], field.x0) else ""
    right_glue = " " if right_head and _apart(right_head[0], field.text[-1], field.x1) else ""
    filled = left_glue + field.text + right_glue
    before = "".join(g.char for g in left_tail)
    after = "".join(g.char for g in right_head)
    for lead, tail in ((before, after), (before, ""), ("", after)):
        if len(lead) + len(tail) < 2 or (lead and tail and len(lead) < 2 and len(tail) < 2):
            continue
        blank = _blank(text, lead, tail)
        if blank is None:
            continue
        start, end = blank
        if not lead:  # the left context was not found next to the blank: keep its space
            filled = (" " if end > start else "") + field.text + right_glue
        return start, end, filled
    return None


def _apart(glyph: Glyph, edge: str, x: float) -> bool:
    """Whether the field's text and the page glyph next to it are separate words.

    A gap of a twentieth of an em reads as a space;
    letters or digits drawn by two different writers are two words even when they touch.
    """
    gap = glyph.x0 - x if glyph.x0 >= x else x - glyph.x1
    return gap > 0.05 * glyph.em or (glyph.char.isalnum() and edge.isalnum())


def _run(glyphs: list[Glyph], field: Field) -> list[Glyph]:
    """The page's glyphs on the field's baseline, in the same column as the field."""
    tolerance = 0.4 * max(field.em, 1.0)
    # (a signing tool that centres its digits in a tall widget draws them up to half an em off
    # the line they fill, "Số:" and "/GP-BTNMT" 0.47 em below the "25": the nearest baseline
    # within 0.6 em is the field's own)
    near = [g.y for g in glyphs if abs(g.y - field.y) <= 1.5 * tolerance and g.char.strip()]
    base = min(near, key=lambda y: abs(y - field.y)) if near else field.y
    line = sorted((g for g in glyphs if abs(g.y - base) <= tolerance), key=lambda g: g.x0)
    split = 3 * max(field.em, 1.0)  # a wider gap without a glyph separates columns
    runs: list[list[Glyph]] = []
    for glyph in line:
        if runs and glyph.x0 - runs[-1][-1].x1 <= split:
            runs[-1].append(glyph)
        elif runs and runs[-1][-1].x1 <= field.x0 and glyph.x0 >= field.x1 - 0.5:
            runs[-1].append(glyph)  # the blank under the field itself
        else:
            runs.append([glyph])
    for run in runs:
        if run[0].x0 <= field.x1 and run[-1].x1 >= field.x0:
            return run
    # (a field that ends its line, "... tháng 7 năm" then the year: the run just left of it)
    ending = [r for r in runs if r[-1].x1 <= field.x0 and field.x0 - r[-1].x1 <= split]
    return ending[-1] if ending else []


def _blank(text: str, lead: str, tail: str) -> tuple[int, int] | None:
    """The longest run of spaces between ``lead`` and ``tail`` (spaces inside them ignored)."""
    between = "[ \t]*"
    pattern = between.join(re.escape(ch) for ch in lead) + f"({between})"
    pattern += between.join(re.escape(ch) for ch in tail)
    best: tuple[int, int] | None = None
    for match in re.finditer(pattern, text):
        start, end = match.span(1)
        if best is None or end - start > best[1] - best[0]:
            best = (start, end)
    return best
