"""Bytes to text: .docx, PDF with a text layer, UTF-8, UTF-16, Windows-1258, TCVN3 and VNI.

Everything that cannot be read raises ``DocumentRejected`` with a Vietnamese
message naming the reason; nothing else escapes.
"""

from __future__ import annotations

import io
import logging
import os
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from directives.containers import ContainerRefused, open_zip
from directives.errors import DocumentRejected
from directives.parser import legacy, pdf_fields, pdf_letterhead, pdf_order

MAX_INPUT_BYTES = 10 * 1024 * 1024
_SAMPLE = 20_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ENCODING_NAMES = {"TCVN3": "TCVN3 (ABC)", "VNI": "VNI (VNI-Times)"}


def reject(message: str, message_vi: str) -> DocumentRejected:
    return DocumentRejected(message, message_vi)


@dataclass
class Decoded:
    text: str
    warnings: list[str] = field(default_factory=list)


def _too_large(filename: str, size: int | str) -> DocumentRejected:
    shown = f"{size:,}" if isinstance(size, int) else size
    return reject(
        f"{filename} is {size} bytes, over the limit of {MAX_INPUT_BYTES}",
        f"Tệp “{filename}” có dung lượng {shown} byte, vượt giới hạn {MAX_INPUT_BYTES:,} byte.",
    )


def read_input(path: Path) -> bytes:
    """A document's bytes: a regular file of at most ``MAX_INPUT_BYTES``, or DocumentRejected.

    The file is opened without blocking (a FIFO does not hang), checked to be a
    regular file on the open descriptor (no race with a swapped path), and read
    up to one byte past the limit (``/dev/zero`` or a growing file cannot fill
    memory).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise reject(
            f"{path} does not exist", f"Không đọc được tệp “{path.name}”: tệp không tồn tại."
        ) from None
    except OSError as exc:
        raise reject(
            f"cannot open {path}: {exc.strerror or exc}", f"Không đọc được tệp “{path.name}”."
        ) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise reject(
                f"{path} is not a regular file",
                f"“{path.name}” không phải là một tệp văn bản thông thường "
                "(thư mục, thiết bị hoặc đường ống); đề nghị chỉ định tệp .docx, .pdf hoặc .txt.",
            )
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, MAX_INPUT_BYTES + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_INPUT_BYTES:
                raise _too_large(path.name, f"trên {MAX_INPUT_BYTES:,}")
        return b"".join(chunks)
    except OSError as exc:
        raise reject(
            f"cannot read {path}: {exc.strerror or exc}", f"Không đọc được tệp “{path.name}”."
        ) from None
    finally:
        os.close(fd)


# (PDF Reference 1.7, Appendix H, implementation note 13: readers find the header anywhere in the
# first 1024 bytes)
_PDF_HEADER_WITHIN = 1024
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def decode_bytes(data: bytes, filename: str) -> Decoded:
    if len(data) > MAX_INPUT_BYTES:
        raise _too_large(filename, len(data))
    if not data.strip():
        raise reject("the document is empty", "Văn bản trống, không có nội dung để phân tích.")
    pdf_at = data.find(b"%PDF-", 0, _PDF_HEADER_WITHIN)
    if pdf_at == 0 or (pdf_at > 0 and _BINARY_BYTE.search(data[:pdf_at])):
        # (binary bytes before the header, as a download or upload tool can leave: PDF readers
        # look for the header in the first 1024 bytes, and the offsets count from it; a text
        # that only mentions "%PDF-" has no control bytes before it)
        return _fix_legacy(_pdf_text(data[pdf_at:], filename), filename)
    if data.startswith(b"PK\x03\x04"):
        return _fix_legacy(_docx_text(data, filename), filename)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise reject(
            f"{filename} is a legacy Word/OLE file",
            f"Tệp “{filename}” ở định dạng Word cũ (.doc), chưa hỗ trợ; "
            "đề nghị lưu lại dưới dạng .docx hoặc PDF.",
        )
    return _fix_legacy(_plain_text(data, filename), filename)


def _binary(filename: str, what: str = "binary data") -> DocumentRejected:
    return reject(
        f"{filename} holds {what}, not a text document",
        f"Tệp “{filename}” không phải văn bản đọc được (dữ liệu nhị phân hoặc định dạng "
        "không hỗ trợ).",
    )


def _plain_text(data: bytes, filename: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _try(data, "utf-16")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = _try(data[3:], "utf-8")
    else:
        text = _utf16_without_bom(data) or _try(data, "utf-8")
    if text is None:
        if b"\x00" in data[:_SAMPLE]:
            raise _binary(filename)
        # Windows-1258 writes tones as combining marks; Latin-1 keeps TCVN3/VNI bytes
        # as they are for the legacy check.
        cp1258 = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
        latin = data.decode("latin-1")
        tcvn_or_vni = max(legacy.readings(latin[:_SAMPLE])[1:], key=lambda r: r.score)
        legacy_wins = tcvn_or_vni.score > legacy.vietnamese_score(cp1258[:_SAMPLE])
        text = latin if legacy_wins else cp1258
    if len(_CONTROL.findall(text[:_SAMPLE])) > max(3, len(text[:_SAMPLE]) // 100):
        raise _binary(filename)
    return text


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return _try(data[: len(data) // 2 * 2], "utf-16-le")
    if even > 0.3 and odd < 0.05:
        return _try(data[: len(data) // 2 * 2], "utf-16-be")
    return None


def _fix_legacy(text: str, filename: str) -> Decoded:
    sample = text[:_SAMPLE]
    if not legacy.needs_check(sample):
        return Decoded(text)
    options = legacy.readings(sample)
    plain, best = options[0], max(options, key=lambda r: r.score)
    if best.encoding != "unicode" and best.score > plain.score + 0.05 and best.score >= 0.12:
        convert = legacy.from_tcvn3 if best.encoding == "TCVN3" else legacy.from_vni
        name = _ENCODING_NAMES[best.encoding]
        return Decoded(
            convert(text),
            [f"Văn bản được mã hóa bằng bảng mã {name}; đã chuyển sang Unicode."],
        )
    if legacy.suspicious_share(sample) > 0.03 and plain.score < 0.1:
        guess = max(options[1:], key=lambda r: r.score)
        name = _ENCODING_NAMES[guess.encoding]
        raise reject(
            f"{filename} looks like {guess.encoding}-encoded text that could not be converted",
            f"Tệp “{filename}” có vẻ được mã hóa bằng bảng mã {name} nhưng không chuyển đổi "
            "được sang Unicode; đề nghị chuyển sang Unicode (UTF-8) rồi gửi lại.",
        )
    return Decoded(text)


def _unreadable_docx(filename: str, why: str) -> DocumentRejected:
    return reject(
        f"{filename} is not a readable .docx: {why}",
        f"Tệp “{filename}” không phải tệp Word (.docx) đọc được hoặc đã bị hỏng.",
    )


def _docx_text(data: bytes, filename: str) -> str:
    try:
        open_zip(io.BytesIO(data), len(data)).close()
    except ContainerRefused as exc:
        raise _unreadable_docx(filename, str(exc)) from None
    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                lines.extend(_table_lines(item))
            else:
                lines.append(item.text)
        return "\n".join(lines)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, AttributeError, TypeError) as exc:
        raise _unreadable_docx(filename, str(exc)) from exc
    except Exception as exc:  # lxml and zip errors come in many shapes
        raise _unreadable_docx(filename, type(exc).__name__) from exc


def _table_lines(table: object) -> list[str]:
    """A task table becomes "| a | b | c |" rows; a two-column layout table, plain lines."""
    from docx.table import Table

    assert isinstance(table, Table)
    rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
    width = max((len(r) for r in rows), default=0)
    if width >= 3:
        return ["| " + " | ".join(c.replace("\n", " ") for c in row) + " |" for row in rows]
    return [line for row in rows for cell in row for line in cell.split("\n")]


def _pdf_text(data: bytes, filename: str) -> str:
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # a damaged file is refused below, not logged twice
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        pages = [pdf_fields.page_text(page) for page in reader.pages]
        pages[:1] = [pdf_order.addressees_home(page) for page in pages[:1]]
        pages[:1] = [pdf_letterhead.letterhead_home(page) for page in pages[:1]]
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise reject(
            f"{filename} is not a readable PDF: {type(exc).__name__}: {exc}",
            f"Tệp PDF “{filename}” bị hỏng hoặc không đọc được.",
        ) from exc
    finally:
        pypdf_log.setLevel(level)
    text = "\n".join(pages)
    if sum(ch.isalpha() for ch in text) < 20:
        raise reject(
            f"{filename} is a PDF without a text layer (scanned images)",
            f"Tệp PDF “{filename}” chỉ chứa ảnh quét, không có lớp văn bản; đề nghị gửi bản "
            "có lớp văn bản (PDF xuất từ Word) hoặc tệp .docx.",
        )
    return text
