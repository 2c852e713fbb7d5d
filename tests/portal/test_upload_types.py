"""Uploads are judged by their whole content: programs, scripts and padded documents are
refused whatever their name, names lose control and bidi characters, and real documents
(PDF, PNG, JPEG, .docx, .xlsx, .odt, UTF-8 text) still go through."""

from __future__ import annotations

import io
import zipfile

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from directives.filetypes import check_name, clean_name
from directives.runtime import Runtime
from directives.settings import Settings
from tests.parser.corpus import make_docx
from tests.parser.test_inputs import zip_bomb
from tests.portal.conftest import BGD_ASSIGNEE, Seeded, sign_in, snapshot

ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4
TEXT = "Báo cáo kết quả thực hiện nhiệm vụ năm 2017.\n".encode()
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\x0bIDATx\x9cc\xf8\x0f\x00\x01\x01\x01\x00\x18\xdd\x8d\xb4"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


ODT = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<a/>"})
XLSM = _zip(
    {
        "[Content_Types].xml": b"<Types>application/vnd.ms-excel.sheet.macroEnabled</Types>",
        "xl/workbook.xml": b"<workbook/>",
        "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0",
    }
)
DOCX_WITH_EXE = _zip(
    {
        "[Content_Types].xml": b"<Types/>",
        "word/document.xml": b"<w:document/>",
        "word/embeddings/setup.exe": b"MZ\x90\x00",
    }
)

REFUSED = [
    (
        "hta",
        b'<html><hta:application id="x"/><script>new ActiveXObject("WScript.Shell")'
        b"</script></html>",
        "bien-ban.hta",
    ),
    ("bat named .bat", b"@echo off\r\ndel /q C:\\*\r\n", "bien-ban.bat"),
    ("bat named .txt", b"@echo off\r\nformat c: /q\r\n", "bien-ban.txt"),
    ("right-to-left override", TEXT, "bien-ban\u202efdp.bat"),
    ("text then ELF", TEXT + ELF, "bao-cao.txt"),
    ("ELF named .pdf", ELF, "bao-cao.pdf"),
    ("PE named .docx", b"MZ\x90\x00\x03" + bytes(600), "bao-cao.docx"),
    ("shell script", b"#!/bin/sh\nrm -rf ~\n", "ghi-chu.txt"),
    ("javascript", b"WScript.Echo(1)", "bao-cao.js"),
    ("PDF with a program after %%EOF", b"%PDF-1.4\n%%EOF\n" + ELF * 2, "bao-cao.pdf"),
    ("PNG with data after IEND", PNG + ELF, "anh.png"),
    ("macro workbook", XLSM, "bang.xlsx"),
    ("docx carrying a program", DOCX_WITH_EXE, "bao-cao.docx"),
    ("docx zip bomb", zip_bomb(300 << 20), "bao-cao.docx"),
    ("html as text", b"<svg onload=alert(1)>", "anh.txt"),
]


def _post(client: TestClient, csrf: str, code: str, content: bytes, name: str) -> Response:
    response: Response = client.post(
        f"/nhiem-vu/{code}/tai-lieu",
        data={"csrf_token": csrf},
        files={"file": (name, content, "text/plain")},
    )
    return response


@pytest.mark.parametrize("content, name", [pytest.param(c, n, id=i) for i, c, n in REFUSED])
def test_programs_scripts_and_padded_documents_are_refused(
    client: TestClient,
    settings: Settings,
    seeded: Seeded,
    rt: Runtime,
    content: bytes,
    name: str,
) -> None:
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    before = snapshot(rt, seeded)
    response = _post(client, csrf, seeded.action_of("bgd"), content, name)
    assert response.status_code == 422, response.text
    assert "không được chấp nhận" in response.text or "bị hỏng" in response.text
    assert snapshot(rt, seeded) == before


@pytest.mark.parametrize(
    "content, name, shown",
    [
        (TEXT, "bien-ban\u202efdp.txt", "bien-banfdp.txt"),
        (PNG, "anh\u200b\u2066chup.png", "anhchup.png"),
        (ODT, "van-ban.odt", "van-ban.odt"),
        (make_docx("SỞ\nPHÒNG\nSố: 1\nNgày\nBáo cáo kết quả"), "bao-cao.docx", "bao-cao.docx"),
        (b"%PDF-1.4\n%%EOF\n", "bao-cao.pdf", "bao-cao.pdf"),
    ],
)
def test_documents_are_accepted_and_names_lose_bidi_marks(
    client: TestClient,
    settings: Settings,
    seeded: Seeded,
    content: bytes,
    name: str,
    shown: str,
) -> None:
    code = seeded.action_of("bgd")
    response = _post(client, sign_in(client, settings, BGD_ASSIGNEE), code, content, name)
    assert response.status_code == 303, response.text
    page = client.get(f"/nhiem-vu/{code}").text
    assert shown in page
    assert "\u202e" not in page and "\u2066" not in page


def test_names_are_cleaned_before_their_extension_is_judged() -> None:
    assert clean_name("..\\a/b\u202egpj.exe") == "b\u202egpj.exe".replace("\u202e", "")
    assert clean_name("  .\u200ebao-cao.pdf. ") == "bao-cao.pdf"
    for name in ("x.EXE", "x.pdf.bat", "x.Hta", "x.ps1", "x\u202e.js", "x.docm"):
        with pytest.raises(Exception, match="program extension"):
            check_name(name)
    assert check_name("Báo cáo số 12.2017.pdf") == "Báo cáo số 12.2017.pdf"


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_past_the_upload_quota_nothing_is_stored(
    settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    from directives.portal.app import create_app

    portal = settings.portal.model_copy(update={"uploads_per_hour": 1})
    limited = settings.model_copy(update={"portal": portal})
    code = seeded.action_of("bgd")
    with TestClient(create_app(limited, side_effects=False), follow_redirects=False) as client:
        csrf = sign_in(client, limited, BGD_ASSIGNEE)
        assert _post(client, csrf, code, TEXT, "mot.txt").status_code == 303
        before = snapshot(rt, seeded)
        refused = _post(client, csrf, code, TEXT + b"2", "hai.txt")
    assert refused.status_code == 429
    assert "mức tối đa" in refused.text
    assert snapshot(rt, seeded) == before  # no row, and no file written
