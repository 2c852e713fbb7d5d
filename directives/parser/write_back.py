"""The one walk that writes the texts of a record back as the page has them.

The parser reads a page rewritten for its rules (glued words apart, ``syllables.Reglue``;
every dash a "-", ``as_written.AsWritten``), but a field copies the letter as written. Each
pass that rewrote the page keeps its own way back for a text read from it (a ``Writer``);
``write_back`` takes every text of the record to it, in the order the page has them, and puts
what it gives back in its place, so each field is walked once and the same way for both.

The walk keeps where on the page each text is read (``Writer.at``): it moves with the
header's fields in their order, each recipient and each task's text; a reference's issuer is
read after its number, a task's bodies and deadline after its text, the signer and the
distribution after the last task; a place's name may come again anywhere (it moves nothing)
and a warning is the parser's own words (read from the start). A writer that looks at no place
keeps ``after`` (``Reglue``: each passage itself tells glued from apart).
"""

from __future__ import annotations

from typing import Literal, Protocol

from directives.records import ParsedDirective

# The texts of a record the walk writes back (document_type, signer.capacity and
# references.type are the parser's own words: none of them is copied from the page)
FieldName = Literal[
    "parent_issuer",
    "issuer",
    "number",
    "subject",
    "place",
    "recipients",
    "references.number",
    "references.issuer",
    "actions.text",
    "actions.lead_unit",
    "actions.coordinating_units",
    "actions.deadline_text",
    "signer.title",
    "signer.name",
    "distribution",
    "warnings",
]
_HEADING: tuple[FieldName, ...] = ("parent_issuer", "issuer", "number", "subject")
# A task's bodies: ``within`` is its text, and a writer may keep a name as it has it
UNITS: tuple[FieldName, ...] = ("actions.lead_unit", "actions.coordinating_units")


class Writer(Protocol):
    """A pass that rewrote the page, and its way back for a text read from it."""

    def at(self, text: str | None, after: int) -> int:
        """Where the page has ``text`` (as read) at or after ``after``; ``after`` if nowhere."""
        ...

    def write(self, field: FieldName, text: str | None, after: int, within: str) -> str | None:
        """``text`` of ``field``, read at ``after``, as the page has it; ``within`` is the
        text it was read inside, as written back (a task's text, for its units), else ""."""
        ...


def write_back(record: ParsedDirective, writer: Writer) -> None:
    """Every text of ``record`` as ``writer`` writes it back, in the page's order."""
    write, at, dated = writer.write, 0, 0
    for name in _HEADING:
        value = getattr(record, name)
        setattr(record, name, write(name, value, at, ""))
        at = writer.at(value, at)
        dated = at if name == "number" else dated
    # (the place with the date beside the number, before the subject below it or beside it)
    record.place = write("place", record.place, dated, "")
    recipients = []
    for value in record.recipients:
        recipients.append(write("recipients", value, at, "") or value)
        at = writer.at(value, at)
    record.recipients = recipients
    record.references = [
        r.model_copy(
            update={
                "number": write("references.number", r.number, at, "") or r.number,
                "issuer": write("references.issuer", r.issuer, writer.at(r.number, at), ""),
            }
        )
        for r in record.references
    ]
    for action in record.actions:
        at = writer.at(action.text, at)
        action.text = write("actions.text", action.text, at, "") or action.text
        action.lead_unit = write("actions.lead_unit", action.lead_unit, at, action.text)
        action.coordinating_units = [
            write("actions.coordinating_units", u, at, action.text) or u
            for u in action.coordinating_units
        ]
        action.deadline_text = write("actions.deadline_text", action.deadline_text, at, "")
    if record.signer is not None:
        record.signer.title = write("signer.title", record.signer.title, at, "")
        record.signer.name = write("signer.name", record.signer.name, at, "")
    record.distribution = [write("distribution", d, at, "") or d for d in record.distribution]
    record.warnings = [write("warnings", w, 0, "") or w for w in record.warnings]
