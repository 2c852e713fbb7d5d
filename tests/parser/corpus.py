"""The test corpus in examples/corpus: each document with its expected JSON.

A document is ``NN-name.txt`` / ``.md`` as stored, or ``NN-name.FORMAT.source.txt``
from which the bytes are generated here: FORMAT is tcvn3, vni, cp1258, utf16,
docx or pdf. The PDF writer is minimal on purpose: a Type 1 standard font and a
ToUnicode map give the text layer that a real exported PDF has.
"""

from __future__ import annotations

import io
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from directives.parser.legacy import TCVN3, VNI_MARKS, VNI_SINGLE
from tests.parser.scoring import Score as Score
from tests.parser.scoring import score as score

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
# Real documents written down blind (examples/blind/README.md), one folder per batch.
BLIND = Path(__file__).resolve().parents[2] / "examples" / "blind"


@dataclass(frozen=True)
class Case:
    name: str
    filename: str
    data: bytes
    expected: dict[str, Any]


def load_corpus(folder: Path = CORPUS) -> list[Case]:
    cases = []
    for expected_path in sorted(folder.glob("*.expected.json")):
        name = expected_path.name.removesuffix(".expected.json")
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        cases.append(_case(folder, name, expected))
    return cases


def load_blind() -> dict[str, list[Case]]:
    """The blind corpus by batch folder name ("batch-1", ...), batches in order."""
    batches = sorted(
        (p for p in BLIND.glob("batch-*") if p.is_dir()),
        key=lambda p: int(p.name.removeprefix("batch-")),
    )
    return {p.name: load_corpus(p) for p in batches}


def _case(folder: Path, name: str, expected: dict[str, Any]) -> Case:
    # a letter as delivered: text, Markdown, or the office's own .docx / .pdf file
    for suffix in (".txt", ".md", ".docx", ".pdf"):
        path = folder / (name + suffix)
        if path.exists():
            return Case(name, path.name, path.read_bytes(), expected)
    source = next(folder.glob(name + ".*.source.txt"))
    fmt = source.name.removeprefix(name + ".").removesuffix(".source.txt")
    text = source.read_text(encoding="utf-8")
    extension = fmt if fmt in ("docx", "pdf") else "txt"
    return Case(name, f"{name}.{extension}", generate(text, fmt), expected)


def generate(text: str, fmt: str) -> bytes:
    match fmt:
        case "tcvn3":
            return encode_tcvn3(text)
        case "vni":
            return encode_vni(text)
        case "cp1258":
            return encode_cp1258(text)
        case "utf16":
            return text.encode("utf-16")
        case "docx":
            return make_docx(text)
        case "pdf":
            return make_pdf(text)
    raise ValueError(f"unknown format {fmt!r}")


_TCVN3_CODES = {letter: code for code, letter in TCVN3.items()}


def encode_tcvn3(text: str) -> bytes:
    """Capitals without a code of their own take the lower-case code, as the capitals font did."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = _TCVN3_CODES.get(ch) or _TCVN3_CODES.get(ch.lower())
        out.append(code if code else ch)
    return "".join(out).encode("latin-1")


_SHAPES = {"\u0302", "\u0306", "\u031b"}
_VNI_CODES = {marks: ch for ch, marks in VNI_MARKS.items() if ch.islower() and ch not in "ö"}
_VNI_SINGLE_CODES = {letter: code for code, letter in VNI_SINGLE.items()}


def encode_vni(text: str) -> bytes:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in _VNI_SINGLE_CODES:
            out.append(_VNI_SINGLE_CODES[ch])
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        if not marks or not base.isascii():
            out.append(ch)
            continue
        shape = "".join(m for m in marks if m in _SHAPES)
        tone = "".join(m for m in marks if m not in _SHAPES)
        codes = ""
        if shape == "\u031b":
            codes = "ô" if base.lower() == "o" else "ö"
            codes += _VNI_CODES[tone] if tone else ""
        elif shape or tone:
            codes = _VNI_CODES[shape + tone]
        out.append(base + (codes.upper() if base.isupper() else codes))
    return "".join(out).encode("cp1252")


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tones as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        shaped = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
        tones = "".join(p for p in parts if p in _TONES)
        out.append((shaped + tones).encode("cp1258"))
    return b"".join(out)


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def make_docx(text: str) -> bytes:
    """The first four lines go into a two-column header table, the rest into paragraphs."""
    import docx

    lines = text.splitlines()
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, (left, right) in enumerate(((lines[0], lines[2]), (lines[1], lines[3]))):
        table.cell(row, 0).text = left
        table.cell(row, 1).text = right
    for line in lines[4:]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf(text: str, lines_per_page: int = 60) -> bytes:
    """A PDF whose text layer is ``text``: Helvetica codes mapped to Unicode by a ToUnicode CMap."""
    lines = unicodedata.normalize("NFC", text).splitlines()
    extra = sorted({ch for ch in text if ord(ch) > 126 or (ord(ch) < 32 and ch != "\n")})
    if len(extra) > 127:
        raise ValueError("too many distinct characters for one simple font")
    codes = {ch: chr(c) for ch, c in zip(extra, range(128, 256), strict=False)}
    codes.update({chr(c): chr(c) for c in range(32, 127)})
    cmap_entries = "\n".join(f"<{ord(c):02X}> <{ord(ch):04X}>" for ch, c in codes.items())
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(codes)} beginbfchar\n{cmap_entries}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )

    def pdf_string(line: str) -> str:
        out = []
        for ch in line:
            code = ord(codes.get(ch, "?"))
            if chr(code) in "()\\":
                out.append("\\" + chr(code))
            elif 32 <= code < 127:
                out.append(chr(code))
            else:
                out.append(f"\\{code:03o}")
        return "(" + "".join(out) + ")"

    pages = [lines[i : i + lines_per_page] for i in range(0, max(len(lines), 1), lines_per_page)]
    objects: list[str] = []
    font_id, cmap_id, pages_id = 3, 4, 2
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    kids_at = len(objects)
    objects.append("")  # the page tree, filled in below
    objects.append(
        f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode {cmap_id} 0 R >>"
    )
    objects.append(f"<< /Length {len(cmap.encode('latin-1'))} >>\nstream\n{cmap}\nendstream")
    kids = []
    for page in pages:
        body = (
            "BT /F1 10 Tf 14 TL 40 800 Td\n"
            + "\n".join(f"{pdf_string(line)} Tj T*" for line in page)
            + "\nET"
        )
        objects.append(f"<< /Length {len(body.encode('latin-1'))} >>\nstream\n{body}\nendstream")
        content_id = len(objects)
        objects.append(
            f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[kids_at] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()
