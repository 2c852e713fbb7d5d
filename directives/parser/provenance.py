"""Where each parsed field came from, and how sure the parser is of it.

The parser reads cleaned lines (cells split, emphasis joined), so a field is traced back
to the text as the user gave it by finding its value there: the text and the value are
both reduced to folded letters and digits, and the value's start and end are mapped back
to line numbers. Fields are looked for in reading order (header, body, closing), each
search starting where the one before it matched, so that a phrase the page's chrome
repeats is not taken for the letter's own.

Confidence is a plain scale the draft page can colour by: 0.9 read where the layout puts
it, lower where the parser inferred it (a type from the number, the directory's addressee
as lead because no unit is named, a deadline counted from an unknown day of receipt), and
lower again when the value cannot be found in the text at all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from directives.parser.clean import fold_keep, fold_lines
from directives.records import FieldSource, ParsedDirective

READ = 0.9
INFERRED = 0.5
NOT_FOUND = 0.3
_SNIPPET = 60  # characters of a long value that are enough to find it
_NOT_KEPT = re.compile(r"[\W_]+")
# The ASCII characters _NOT_KEPT drops (all but letters and digits), as bytes to delete
_ASCII_NOT_KEPT = bytes(c for c in range(128) if not chr(c).isalnum())
# how far past the place's start (or the number's end) the issue date is looked for
_DATE_REACH = 120


def _kept(line: str) -> str:
    """The line's letters and digits: an ASCII line (most folded lines) by deleting bytes."""
    if line.isascii():
        return line.encode("ascii").translate(None, _ASCII_NOT_KEPT).decode("ascii")
    return _NOT_KEPT.sub("", line)


class _Source:
    """The text as letters and digits only, each kept character mapped to its line (by where
    each line's characters start: the last line starting at or before it holds it)."""

    def __init__(self, text: str) -> None:
        chars: list[str] = []
        starts: list[int] = []
        size = 0
        for line in fold_lines(text.splitlines()):
            kept = _kept(line)
            chars.append(kept)
            starts.append(size)
            size += len(kept)
        self.text = "".join(chars)
        self.starts = starts
        self.at = 0
        self.found_at = 0  # where the last value found starts

    def find(self, value: str, move: bool = True) -> tuple[int, int] | None:
        key = _kept(fold_keep(value))
        if not key:
            return None
        head = key[:_SNIPPET]
        start = self.text.find(head, self.at)
        if start < 0:
            start = self.text.find(head)
            if start < 0:
                return None
        end = start + len(key) - 1 if self.text.startswith(key, start) else start + len(head) - 1
        if move:
            self.at = start + 1
        self.found_at = start
        return self.line_of(start), self.line_of(min(end, len(self.text) - 1))

    def line_of(self, at: int) -> int:
        """The number of the line (from 1) that holds the kept character at ``at``."""
        return bisect_right(self.starts, at)

    def find_date(self, day: date, start: int) -> tuple[int, int] | None:
        """The lines of the issue date written after ``start`` ("ngày 20 tháng 9 năm 2021",
        "ngày 20/9/2021"): on a page that puts each run on a line of its own the date can
        stand on the lines after the place's ("Hà Nội," / "ngày 20 tháng 9 năm 2021")."""
        # (its forms as letters and digits, looked for as strings: a pattern compiled anew
        # for each letter's date cost more than the rest of the trace)
        days, months = {str(day.day), f"{day.day:02}"}, {str(day.month), f"{day.month:02}"}
        forms = [
            f"{word}{d}{between}{m}{after}{day.year}"
            for word in ("ngay", "")
            for d in days
            for m in months
            for between, after in (("thang", "nam"), ("", ""))
        ]
        end = start + _DATE_REACH
        found = [(at, len(f)) for f in forms if (at := self.text.find(f, start, end)) >= 0]
        if not found:
            return None
        at, size = min(found)
        return self.line_of(at), self.line_of(at + size - 1)


def _source(found: tuple[int, int] | None, confidence: float) -> FieldSource:
    if found is None:
        return FieldSource(lines=None, confidence=min(confidence, NOT_FOUND))
    return FieldSource(lines=found, confidence=confidence)


def trace(record: ParsedDirective, text: str, addressee: str) -> dict[str, FieldSource]:
    """The provenance map of ``record`` parsed from ``text``."""
    source = _Source(text)
    out: dict[str, FieldSource] = {}
    warnings = " ".join(record.warnings)
    # The letter's header stands around the national motto; a web page's metadata table
    # above it repeats the number, the place and the issuer.
    motto = source.text.find("doclaptudohanhphuc")
    anchor = source.at = max(0, motto - 80) if motto >= 0 else 0
    for name, value in (("issuer", record.issuer), ("parent_issuer", record.parent_issuer)):
        if value:
            inferred = name == "issuer" and "cơ quan ban hành" in warnings
            found = source.find(value, move=False)
            out[name] = FieldSource(lines=found, confidence=INFERRED if inferred else READ)
    if record.number:
        out["number"] = _source(source.find(record.number), READ)
    date_from = source.at
    if record.place:
        place = source.find(record.place, move=False)
        out["place"] = _source(place, READ)
        if place is not None:
            date_from = source.found_at
    if record.issued_on:
        dated = source.find_date(record.issued_on, date_from)
        if dated is not None or record.place:
            out["issued_on"] = _source(dated or out["place"].lines, READ)
    subject_end = None
    if record.subject:
        found = source.find(record.subject)
        out["subject"] = _source(found, READ)
        subject_end = found[1] if found else None
    if record.document_type:
        after_subject = source.at
        source.at = anchor
        found = source.find(record.document_type, move=False)
        source.at = after_subject
        if found is not None and subject_end is not None and found[0] > subject_end:
            found = None  # the word stands in the body: the type was inferred
        inferred = "Không thấy tên loại" in warnings or found is None
        out["document_type"] = FieldSource(lines=found, confidence=INFERRED if inferred else READ)
    for i, recipient in enumerate(record.recipients, start=1):
        out[f"recipients.{i}"] = _source(source.find(recipient), READ)
    for action in record.actions:
        confidence = READ
        if action.lead_unit == addressee or action.lead_unit is None:
            confidence = INFERRED  # no unit named: the directory's addressee stands in
        # a plain search: a pattern compiled anew per action cost more than the rest of the trace
        if f"Nhiệm vụ {action.seq}: " in warnings:
            confidence = min(confidence, 0.7)
        out[f"actions.{action.seq}"] = _source(source.find(action.text), confidence)
    if record.signer is not None:
        name = record.signer.name or record.signer.title or ""
        out["signer"] = _source(source.find(name), READ if record.signer.name else INFERRED)
    for i, entry in enumerate(record.distribution, start=1):
        out[f"distribution.{i}"] = _source(source.find(entry), READ)
    for i, ref in enumerate(record.references, start=1):
        out[f"references.{i}"] = _source(source.find(ref.number, move=False), READ)
    return out
