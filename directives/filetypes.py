"""What an uploaded file really is: its whole content checked, its name cleaned.

Evidence is opened by inspectors on office PCs, so the store accepts only
document types, judged by content, never by the name: PDF, PNG and JPEG
(ending where their format ends, nothing appended), .docx/.xlsx/.odt/.ods zip
containers (sizes checked before inflating, every member's CRC checked, no
macros, no programs inside), legacy Word/Excel (OLE2, sector-aligned) and
plain text (valid UTF-8 from the first byte to the last, no control bytes, no
markup or script). Programs and scripts are refused whatever their name, and
so is any name ending in a program or script extension.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from directives.containers import ContainerRefused, open_zip, verify_members
from directives.errors import EvidenceRejected

CHUNK = 1 << 16

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"

# Windows and browsers run or render these: refused whatever the content says.
_PROGRAM_EXTENSIONS = (
    "exe com bat cmd scr pif msi msp msc dll cpl sys drv ocx hta js jse mjs vbs vbe wsf "
    "wsh wsc ps1 ps2 psm1 psd1 ps1xml sh bash zsh csh ksh py pyw pl rb php jar apk app "
    "elf bin run lnk url scf inf reg gadget application appref-ms iso img vhd vhdx html "
    "htm xhtml mht mhtml svg xml xsl docm dotm xlsm xltm xlam pptm potm ppam sldm"
)
PROGRAM_EXTENSIONS = frozenset(_PROGRAM_EXTENSIONS.split())
PROGRAM_MAGIC = (
    b"MZ",  # Windows PE/DOS
    b"\x7fELF",
    b"#!",  # any script with an interpreter line
    b"\xca\xfe\xba\xbe",  # Mach-O fat / Java class
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\x00asm",
    b"dex\n",
)
# Markup a browser or mshta would run, and the usual openings of Windows scripts.
_SCRIPT_TEXT = re.compile(
    rb"<\s*(?:script|html|hta:application|iframe|object|embed|svg|body|meta)\b"
    rb"|^\s*@?echo\s+off\b|wscript\.|createobject\s*\(|powershell(?:\.exe)?\s+-",
    re.IGNORECASE | re.MULTILINE,
)
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NAME_DROP = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}  # controls, bidi and invisible marks


def _refused(why: str, message_vi: str) -> EvidenceRejected:
    return EvidenceRejected(why, message_vi)


def program_refused(why: str) -> EvidenceRejected:
    return _refused(
        why,
        "Loại tệp không được chấp nhận: tệp là chương trình hoặc tập lệnh (ví dụ .exe, .bat, "
        ".hta, .js, .vbs, .ps1), không dùng làm tài liệu kiểm chứng.",
    )


def damaged(kind: str, why: str) -> EvidenceRejected:
    return _refused(
        f"{kind}: {why}",
        f"Tệp {kind} bị hỏng hoặc có dữ liệu lạ gắn kèm; đề nghị xuất lại tệp rồi tải lên.",
    )


# Names ------------------------------------------------------------------------------


def clean_name(name: str) -> str:
    """The uploaded name without path parts, control, bidi (U+202E...) or invisible marks."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c) not in _NAME_DROP)
    return name.strip(" .")[:200]


def check_name(name: str) -> str:
    """``clean_name(name)``, refused if it ends in a program or script extension."""
    cleaned = clean_name(name)
    suffix = cleaned.rsplit(".", 1)[-1].lower() if "." in cleaned else ""
    if suffix in PROGRAM_EXTENSIONS:
        raise program_refused(f"name {cleaned!r} has a program extension")
    return cleaned


# Content ----------------------------------------------------------------------------


def _edges(path: Path, size: int) -> tuple[bytes, bytes]:
    with path.open("rb") as fh:
        head = fh.read(4096)
        fh.seek(max(0, size - 1024))
        tail = fh.read()
    return head, tail


def identify(path: Path) -> str | None:
    """The media type of the whole file at ``path``; None if not a document type we take.

    EvidenceRejected (with the reason) for programs, scripts and damaged or
    padded documents.
    """
    size = path.stat().st_size
    head, tail = _edges(path, size)
    if head.startswith(PROGRAM_MAGIC):
        raise program_refused(f"program signature {head[:4]!r}")
    if head.startswith(b"%PDF-"):
        if b"%%EOF" not in tail:
            raise damaged("PDF", "no %%EOF in the last KiB")
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        if not tail.endswith(b"IEND\xaeB`\x82"):
            raise damaged("PNG", "data after the IEND chunk")
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        if not tail.rstrip(b"\x00\r\n ").endswith(b"\xff\xd9"):
            raise damaged("JPEG", "data after the end-of-image marker")
        return "image/jpeg"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if size % 512:
            raise damaged("Word/Excel", "not sector-aligned: bytes appended")
        return "application/msword"  # OLE2: legacy .doc/.xls; reported as Word
    if head.startswith(b"PK\x03\x04"):
        return _container_type(path, size)
    if _is_text(path):
        return "text/plain"
    return None


def _container_type(path: Path, size: int) -> str | None:
    try:
        archive = open_zip(path, size)
    except ContainerRefused as exc:
        raise damaged("nén (.docx, .xlsx, .odt)", str(exc)) from None
    with archive:
        names = archive.namelist()
        lowered = {n.lower() for n in names}
        if any(n.endswith("vbaproject.bin") for n in lowered) or any(
            n.rsplit(".", 1)[-1] in PROGRAM_EXTENSIONS - {"xml", "bin"} for n in lowered if "." in n
        ):
            raise program_refused("a container with macros or programs inside")
        found: str | None = None
        if "word/document.xml" in names and "[Content_Types].xml" in names:
            found = DOCX
        elif "xl/workbook.xml" in names and "[Content_Types].xml" in names:
            found = XLSX
        elif "mimetype" in names:
            kind = archive.read("mimetype")[:100].strip()
            found = {ODT.encode(): ODT, ODS.encode(): ODS}.get(kind)
        if found is None:
            return None
        if found in (DOCX, XLSX) and b"macroEnabled" in archive.read("[Content_Types].xml"):
            raise program_refused("a macro-enabled Office document")
        try:
            verify_members(archive)
        except ContainerRefused as exc:
            raise damaged("nén (.docx, .xlsx, .odt)", str(exc)) from None
        return found


def _is_text(path: Path) -> bool:
    """Valid UTF-8 throughout, with no control bytes and nothing a browser or shell runs."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    carry = b""
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                return False
            if _TEXT_CONTROLS.search(text):
                return False
            window = carry + chunk
            if _SCRIPT_TEXT.search(window):
                raise program_refused("text holding markup or a script")
            carry = window[-64:]
            if not chunk:
                return True
