"""An upload read as it arrives: the form's text fields kept, its one file hashed and
written once, straight into the evidence store.

Starlette's form parser spools a file to a temporary file that the store then reads
back, hashes and writes again: every byte written twice. Here python-multipart's push
parser is fed ``request.stream()`` and the file's bytes go, a megabyte at a time, to an
``EvidenceWriter`` (hash and write in one pass, in a worker thread, while the next
megabyte arrives). The batch is a list of views of the received chunks, not a copy of
them. Memory stays at two batches per upload whatever the file's size.

Once the file's part has begun, ``on_file`` (the CSRF and quota checks, which may query
the database) is awaited with the fields sent before the file, and only then is the
file's temporary copy opened: nothing of a refused upload reaches the disk, and no query
runs on the event loop.
"""

from __future__ import annotations

import asyncio
import codecs
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

from fastapi.concurrency import run_in_threadpool
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from directives.errors import InvalidInput
from directives.evidence import EvidenceStore, EvidenceWriter

BATCH = 1 << 20  # bytes handed to the writer's thread at once
VIEW_AT_LEAST = 1 << 16  # a received piece this large is batched by reference, not copied
MAX_FIELDS = 12
MAX_FIELD_BYTES = 16 * 1024


def _malformed() -> InvalidInput:
    return InvalidInput("malformed multipart body", "Dữ liệu biểu mẫu gửi lên không hợp lệ.")


@dataclass
class _Part:
    name: str = ""
    filename: str | None = None
    headers: dict[bytes, bytes] = field(default_factory=dict)
    data: bytearray = field(default_factory=bytearray)


@dataclass
class StreamedForm:
    """What was sent: the text fields (first value of each name) and, while the ``with``
    block runs, the file's writer (None if no file was sent)."""

    fields: dict[str, str] = field(default_factory=dict)
    filename: str | None = None
    fields_before_file: dict[str, str] = field(default_factory=dict)
    writer: EvidenceWriter | None = None

    def close(self) -> None:
        """Drop the file's temporary copy unless ``finish`` moved it into the store."""
        if self.writer is not None:
            self.writer.close()


class _Reader:
    """The callbacks of the push parser: one part at a time, the file batched."""

    def __init__(self, form: StreamedForm, charset: str) -> None:
        self.charset = charset
        self.form = form
        self.part = _Part()
        self.header_name = bytearray()
        self.header_value = bytearray()
        self.pending: list[memoryview | bytearray] = []  # the file's bytes not yet written
        self.pending_size = 0
        self.fields = 0

    def on_part_begin(self) -> None:
        self.part = _Part()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        self.part.headers[bytes(self.header_name).lower()] = bytes(self.header_value)
        self.header_name.clear()
        self.header_value.clear()

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self.part.headers.get(b"content-disposition", b""))
        if b"name" not in options:
            raise _malformed()
        self.part.name = options[b"name"].decode(self.charset, "replace")
        if b"filename" in options:
            if self.form.filename is not None:
                raise InvalidInput("more than one file", "Mỗi lần chỉ tải lên một tệp.")
            self.part.filename = options[b"filename"].decode(self.charset, "replace")
            self.form.filename = self.part.filename  # the writer is opened after ``on_file``
            self.form.fields_before_file = dict(self.form.fields)
        else:
            self.fields += 1
            if self.fields > MAX_FIELDS:
                raise InvalidInput("too many fields", "Biểu mẫu có quá nhiều trường dữ liệu.")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self.part.filename is not None:
            self._keep(data, start, end)
            return
        self.part.data += data[start:end]
        if len(self.part.data) > MAX_FIELD_BYTES:
            raise InvalidInput(
                f"field {self.part.name} too long",
                f"Nội dung nhập quá dài (tối đa {MAX_FIELD_BYTES} byte mỗi trường).",
            )

    def _keep(self, data: bytes, start: int, end: int) -> None:
        """A large piece is kept as a view of the received chunk (bytes: immutable), not a
        copy; small ones are gathered into one buffer, so that a body trickled in tiny
        chunks does not cost an object per chunk."""
        if end - start >= VIEW_AT_LEAST and isinstance(data, bytes):
            self.pending.append(memoryview(data)[start:end])
        elif self.pending and isinstance(self.pending[-1], bytearray):
            self.pending[-1] += data[start:end]
        elif end > start:
            self.pending.append(bytearray(data[start:end]))
        self.pending_size += end - start

    def on_part_end(self) -> None:
        if self.part.filename is None:
            value = self.part.data.decode(self.charset, "replace")
            self.form.fields.setdefault(self.part.name, value)


def _charset(content_type: str) -> tuple[bytes, str]:
    kind, params = parse_options_header(content_type)
    if kind != b"multipart/form-data" or b"boundary" not in params:
        raise _malformed()
    try:
        charset = codecs.lookup(params.get(b"charset", b"utf-8").decode("latin-1")).name
    except LookupError:
        charset = "utf-8"
    return params[b"boundary"], charset


class _WriteBehind:
    """Hands full batches to the writer's thread while the next batch is received: at most
    one write in flight, so memory stays at two batches and the order is kept."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.in_flight: asyncio.Future[None] | None = None

    async def wait(self) -> None:
        if self.in_flight is not None:
            running, self.in_flight = self.in_flight, None
            await running

    async def push(self, at_least: int) -> None:
        writer = self.reader.form.writer
        if writer is None or self.reader.pending_size < max(at_least, 1):
            return
        batch, self.reader.pending = self.reader.pending, []  # handed over, not copied
        self.reader.pending_size = 0
        await self.wait()
        self.in_flight = asyncio.ensure_future(run_in_threadpool(writer.write_all, batch))


async def _open_when_begun(
    reader: _Reader,
    store: EvidenceStore,
    on_file: Callable[[dict[str, str]], Awaitable[None]],
) -> None:
    """Once the file's part has begun: the caller's checks, then the file's temporary copy
    (both off the event loop where they touch the database or the disk)."""
    form = reader.form
    if form.filename is not None and form.writer is None:
        await on_file(form.fields_before_file)
        form.writer = await run_in_threadpool(store.writer)


async def read_upload(
    chunks: AsyncIterator[bytes],
    content_type: str,
    store: EvidenceStore,
    form: StreamedForm,
    on_file: Callable[[dict[str, str]], Awaitable[None]],
) -> None:
    """Parse the body into ``form`` (given by the caller, so that what was typed survives
    a refusal): text fields kept, the file written through its writer; the caller calls
    ``form.close()`` at the end whether or not this returns."""
    boundary, charset = _charset(content_type)
    reader = _Reader(form, charset)
    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": reader.on_part_begin,
            "on_part_data": reader.on_part_data,
            "on_part_end": reader.on_part_end,
            "on_header_field": reader.on_header_field,
            "on_header_value": reader.on_header_value,
            "on_header_end": reader.on_header_end,
            "on_headers_finished": reader.on_headers_finished,
        },
    )
    behind = _WriteBehind(reader)
    try:
        async for chunk in chunks:
            parser.write(chunk)
            await _open_when_begun(reader, store, on_file)
            await behind.push(BATCH)
        parser.finalize()
        await _open_when_begun(reader, store, on_file)
        await behind.push(0)
    except MultipartParseError:
        raise _malformed() from None
    finally:
        await behind.wait()  # never leave a write running past the request
