"""Where a PDF content stream draws each character: pypdf's layout-mode text state, per glyph.

``extract_text()`` gives the text but not where each character sits, and its
visitor reports one position per run of text shows. pypdf's layout mode tracks
the text state of every show operator (its start and its end on the page,
font widths included); this module spreads each operator's span over its
characters by their widths. Used by ``pdf_fields`` to find the blank an
annotation's text fills.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

Matrix = tuple[float, float, float, float, float, float]
MAX_GLYPHS = 60_000  # per page; a page drawing more is not placed
_MAX_DEPTH = 3  # form XObjects inside an appearance stream
_MAX_FORMS = 8  # form XObjects read for one appearance
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class Glyph:
    char: str
    x0: float
    x1: float
    y: float  # baseline
    em: float  # drawn font height


def page_glyphs(page: Any) -> list[Glyph]:
    contents = page.get("/Contents")
    if contents is None:
        return []
    return list(_glyphs(contents.get_object(), page.pdf, _page_fonts(page)))


def form_glyphs(stream: Any, pdf: Any, max_bytes: int) -> list[Glyph]:
    """The glyphs a form XObject draws, with those of the forms it draws (their own space)."""
    return _form_glyphs(stream, pdf, max_bytes, 0, [_MAX_FORMS])


def _form_glyphs(stream: Any, pdf: Any, max_bytes: int, depth: int, left: list[int]) -> list[Glyph]:
    from pypdf.generic import ContentStream

    left[0] -= 1
    resources = stream.get("/Resources")
    resources = resources.get_object() if resources is not None else {}
    ops = list(ContentStream(stream, pdf, "bytes").operations)[:MAX_GLYPHS]
    glyphs = list(_glyphs_of_ops(ops, _fonts(resources)))
    xobjects = resources.get("/XObject") if depth < _MAX_DEPTH else None
    xobjects = xobjects.get_object() if xobjects is not None else {}
    for name in dict.fromkeys(o[0] for o, op in ops if op == b"Do" and o and xobjects):
        form = xobjects.get(name)
        form = form.get_object() if form is not None else None
        if left[0] > 0 and form is not None and small_form(form, max_bytes):
            glyphs.extend(_form_glyphs(form, pdf, max_bytes, depth + 1, left))
    return glyphs


def small_form(stream: Any, max_bytes: int) -> bool:
    """A form XObject stream whose encoded data is at most ``max_bytes``."""
    if not hasattr(stream, "get_data") or stream.get("/Subtype", "/Form") != "/Form":
        return False
    if len(getattr(stream, "_data", b"") or b"") > max_bytes:
        return False
    return len(stream.get_data()) <= 16 * max_bytes  # decoded once; pypdf keeps it


def _page_fonts(page: Any) -> dict[str, Any]:
    return dict(page._layout_mode_fonts())


def _fonts(resources: Any) -> dict[str, Any]:
    from pypdf._text_extraction._layout_mode import Font

    fonts: dict[str, Any] = {}
    table = resources.get("/Font") if resources else None
    for name, ref in (table.get_object() if table is not None else {}).items():
        try:
            fonts[name] = Font.from_font_resource(ref.get_object())
        except Exception:  # an unreadable font: its text is not placed
            continue
    return fonts


def _glyphs(contents: Any, pdf: Any, fonts: dict[str, Any]) -> Iterator[Glyph]:
    from pypdf.generic import ContentStream

    yield from _glyphs_of_ops(iter(ContentStream(contents, pdf, "bytes").operations), fonts)


class _Text:
    """The graphics and text state of PDF 32000 9.3 and 9.4 that place a glyph."""

    def __init__(self, fonts: dict[str, Any]) -> None:
        self.fonts = fonts
        self.ctm: Matrix = IDENTITY
        self.tm: Matrix = IDENTITY
        self.tlm: Matrix = IDENTITY
        self.font: Any = None
        self.size = 0.0
        self.spacing = {"Tc": 0.0, "Tw": 0.0, "Tz": 100.0, "TL": 0.0, "Ts": 0.0}
        self.saved: list[tuple[Matrix, Any, float, dict[str, float]]] = []

    def operate(self, op: bytes, args: list[Any]) -> Iterator[Any]:
        if op == b"q" and len(self.saved) < 256:
            self.saved.append((self.ctm, self.font, self.size, dict(self.spacing)))
        elif op == b"Q" and self.saved:
            self.ctm, self.font, self.size, self.spacing = self.saved.pop()
        elif op == b"cm" and len(args) >= 6:
            self.ctm = mul(six(args[-6:]), self.ctm)
        elif op == b"BT":
            self.tm = self.tlm = IDENTITY
        elif op == b"Tm" and len(args) >= 6:
            self.tm = self.tlm = six(args[-6:])
        elif op in (b"Td", b"TD") and len(args) >= 2:
            if op == b"TD":
                self.spacing["TL"] = -float(args[1])
            self._next_line(float(args[0]), float(args[1]))
        elif op in (b"T*", b"'", b'"'):
            if op == b'"' and len(args) >= 3:
                self.spacing["Tw"], self.spacing["Tc"] = float(args[0]), float(args[1])
            self._next_line(0.0, -self.spacing["TL"])
            if op != b"T*" and args:
                yield from self._show(args[-1])
        elif op == b"Tf" and len(args) >= 2:
            self.font, self.size = self.fonts.get(args[0]), float(args[1])
        elif op.decode("latin-1") in self.spacing and args:
            self.spacing[op.decode("latin-1")] = float(args[0])
        elif op == b"Tj" and args:
            yield from self._show(args[0])
        elif op == b"TJ" and args:
            for item in list(args[0]):
                if isinstance(item, (str, bytes)):
                    yield from self._show(item)
                elif isinstance(item, (int, float)):
                    shift = -float(item) / 1000 * self.size * self.spacing["Tz"] / 100
                    self.tm = mul((1.0, 0.0, 0.0, 1.0, shift, 0.0), self.tm)

    def _next_line(self, tx: float, ty: float) -> None:
        self.tlm = self.tm = mul((1.0, 0.0, 0.0, 1.0, tx, ty), self.tlm)

    def _show(self, value: Any) -> Iterator[Any]:
        if self.font is None or not isinstance(value, (str, bytes)):
            return
        from pypdf._text_extraction._layout_mode._text_state_params import TextStateParams

        s = self.spacing
        show = TextStateParams(
            value,
            self.font,
            self.size,
            s["Tc"],
            s["Tw"],
            s["Tz"],
            s["TL"],
            s["Ts"],
            list(mul(self.tm, self.ctm)),
        )
        yield show
        advance = float(show.word_tx(value))
        self.tm = mul((1.0, 0.0, 0.0, 1.0, advance, 0.0), self.tm)


def _glyphs_of_ops(ops: Any, fonts: dict[str, Any]) -> Iterator[Glyph]:
    state = _Text(fonts)
    count = 0
    for operands, op in ops:
        try:
            shows = list(state.operate(op, list(operands)))
        except (TypeError, ValueError, ArithmeticError):
            continue  # a malformed operator: its text is not placed
        for show in shows:
            for glyph in _spread(show):
                count += 1
                if count > MAX_GLYPHS:
                    return
                yield glyph


def _spread(show: Any) -> Iterator[Glyph]:
    """One show operator's characters, each over its share of the operator's span."""
    text = str(show.text or "")
    if not text or show.rotated or not show.font.interpretable:
        return
    raw = str(getattr(show, "_raw_chars", "") or "")
    codes = raw if len(raw) == len(text) else text  # widths are looked up by character code
    widths = [max(float(show.word_tx(code)), 0.0) for code in codes]
    total = sum(widths)
    span = float(show.displaced_tx) - float(show.tx)
    at = float(show.tx)
    for ch, width in zip(text, widths, strict=True):
        step = span * (width / total) if total > 0 else span / len(text)
        yield Glyph(ch, at, at + step, float(show.ty), float(show.font_height))
        at += step


def box(value: Any) -> tuple[float, float, float, float]:
    a, b, c, d = (float(v) for v in list(value)[:4])
    return min(a, c), min(b, d), max(a, c), max(b, d)


def six(value: Any) -> Matrix:
    a, b, c, d, e, f = (float(v) for v in list(value)[:6])
    return a, b, c, d, e, f


def mul(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF's row-vector order)."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]
