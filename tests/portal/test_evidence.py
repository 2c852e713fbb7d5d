"""Uploads and downloads: bounded, sniffed, permission-checked, never leaving a stray file."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import time
from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from directives.custody import collect_unreferenced
from directives.portal.app import create_app
from directives.runtime import Runtime
from directives.settings import Settings
from tests.portal.conftest import (
    ADMIN,
    BGD_ASSIGNEE,
    DIRECTOR,
    INSPECTOR,
    VP_ASSIGNEE,
    Seeded,
    sign_in,
    snapshot,
)

PDF = b"%PDF-1.4\n% Bao cao ket qua thuc hien\n%%EOF\n"


def upload(
    client: TestClient,
    csrf: str,
    code: str,
    content: bytes,
    name: str = "bao-cao.pdf",
    **fields: str,
) -> int:
    status: int = post_upload(client, csrf, code, content, name, **fields).status_code
    return status


def post_upload(
    client: TestClient, csrf: str, code: str, content: bytes, name: str, **fields: str
) -> Response:
    response: Response = client.post(
        f"/nhiem-vu/{code}/tai-lieu",
        data={"csrf_token": csrf, **fields},
        files={"file": (name, content, "application/octet-stream")},
    )
    return response


def test_an_upload_is_listed_with_its_metadata(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    code = seeded.action_of("bgd")
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    before = snapshot(rt, seeded)
    status = upload(
        client,
        csrf,
        code,
        PDF,
        name="Báo cáo kết quả.pdf",
        doc_number="25/BC-SNgV",
        doc_date="15/03/2017",
        period="Năm 2017",
        criterion="Tiêu chí 1.1",
        note="Bản chính",
    )
    assert status == 303
    after = snapshot(rt, seeded)
    assert after.evidence_rows == before.evidence_rows + 1
    assert len(after.files - before.files) == 1
    assert after.states[code] == "in_progress"
    page = client.get(f"/nhiem-vu/{code}").text
    for shown in ("Báo cáo kết quả.pdf", "25/BC-SNgV", "15/03/2017", "Năm 2017", "Tiêu chí 1.1"):
        assert shown in page
    assert "Chưa nộp" in page


@pytest.mark.parametrize(
    "content, name, expected, message",
    [
        (b"\x00\x01\x02\x03binary garbage" * 10, "virus.pdf", 422, "Loại tệp không được chấp nhận"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "setup.exe", 422, "Loại tệp không được chấp nhận"),
        (b"", "rong.txt", 422, "Tệp rỗng"),
        (b"%PDF-1.4\n" + b"x" * 5000, "lon.pdf", 413, "vượt quá dung lượng"),
    ],
)
def test_a_refused_upload_leaves_no_row_and_no_file(
    settings: Settings,
    seeded: Seeded,
    rt: Runtime,
    content: bytes,
    name: str,
    expected: int,
    message: str,
) -> None:
    small = settings.model_copy(
        update={"portal": settings.portal.model_copy(update={"max_upload_bytes": 4096})}
    )
    code = seeded.action_of("bgd")
    with TestClient(create_app(small, side_effects=False), follow_redirects=False) as client:
        csrf = sign_in(client, small, BGD_ASSIGNEE)
        before = snapshot(rt, seeded)
        response = client.post(
            f"/nhiem-vu/{code}/tai-lieu",
            data={"csrf_token": csrf},
            files={"file": (name, content, "application/pdf")},
        )
        assert response.status_code == expected
        assert message in response.text
    assert snapshot(rt, seeded) == before


def test_a_body_announced_too_large_is_refused_before_reading(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    before = snapshot(rt, seeded)
    response = client.post(
        f"/nhiem-vu/{seeded.action_of('bgd')}/tai-lieu",
        content=b"not read",
        headers={
            "Content-Length": str(settings.portal.max_upload_bytes * 2),
            "Content-Type": "multipart/form-data; boundary=x",
            "X-CSRF-Token": csrf,
        },
    )
    assert response.status_code == 413
    assert snapshot(rt, seeded) == before


def test_a_refused_upload_leaves_no_row_and_its_file_goes_only_after_the_grace(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    """The file is stored before the transaction. A refusal deletes nothing (the bytes
    may be another row's); the custody sweep collects it once older than the grace."""
    csrf = sign_in(client, settings, VP_ASSIGNEE)  # not of the action's unit
    before = snapshot(rt, seeded)
    content = PDF + b"unique bytes for this test\n"
    status = upload(client, csrf, seeded.action_of("bgd"), content)
    assert status == 403
    after = snapshot(rt, seeded)
    assert dataclasses.replace(after, files=before.files) == before
    (left,) = after.files - before.files
    assert left.name == hashlib.sha256(content).hexdigest()
    grace = timedelta(hours=settings.evidence_grace_hours)
    assert collect_unreferenced(rt.sessions, rt.ws.evidence, grace) == []  # still young
    old = time.time() - grace.total_seconds() - 60
    os.utime(left, (old, old))
    assert collect_unreferenced(rt.sessions, rt.ws.evidence, grace) == [left.name]
    assert snapshot(rt, seeded) == before


def test_a_refused_upload_keeps_a_file_other_rows_use(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    assert upload(client, csrf, seeded.action_of("bgd"), PDF) == 303
    other = TestClient(client.app, follow_redirects=False)
    other_csrf = sign_in(other, settings, VP_ASSIGNEE)
    kept = snapshot(rt, seeded)
    assert upload(other, other_csrf, seeded.action_of("bgd"), PDF) == 403  # same bytes
    assert snapshot(rt, seeded) == kept
    # The directive's own source file is in the store too: refusing it as evidence keeps it.
    from tests.conftest import SEED

    assert upload(other, other_csrf, seeded.action_of("bgd"), SEED.read_bytes(), "cv.txt") == 403
    assert snapshot(rt, seeded) == kept


def test_an_altered_or_lost_stored_file_is_never_served(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    """An inspector must never review bytes other than those submitted."""
    code = seeded.action_of("bgd")
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    assert upload(client, csrf, code, PDF) == 303
    page = client.get(f"/nhiem-vu/{code}").text
    evidence_id = int(page.split('href="/tai-lieu/', 1)[1].split('"', 1)[0])
    stored = rt.ws.evidence.path_of(hashlib.sha256(PDF).hexdigest())
    stored.write_bytes(PDF.replace(b"Bao cao", b"Bao gia"))
    for path in (f"/tai-lieu/{evidence_id}", f"/tai-lieu/{evidence_id}/xem"):
        response = client.get(path)
        assert response.status_code == 404
        assert "đã bị thay đổi so với bản đã nộp" in response.text
        assert b"Bao gia" not in response.content
    stored.unlink()
    response = client.get(f"/tai-lieu/{evidence_id}")
    assert response.status_code == 404
    assert "Tệp tài liệu không còn trong kho lưu trữ." in response.text


def test_download_is_for_the_unit_the_team_the_director_and_the_admin(
    client: TestClient, settings: Settings, seeded: Seeded
) -> None:
    code = seeded.action_of("bgd")
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    name = "Báo cáo số 1; dự thảo.pdf"
    assert upload(client, csrf, code, PDF, name=name) == 303
    page = client.get(f"/nhiem-vu/{code}").text
    evidence_id = int(page.split('href="/tai-lieu/', 1)[1].split('"', 1)[0])

    own = client.get(f"/tai-lieu/{evidence_id}")
    assert own.status_code == 200
    assert own.content == PDF
    assert own.headers["content-type"] == "application/pdf"
    disposition = own.headers["content-disposition"]
    assert disposition.startswith("attachment; ")
    assert "\r" not in disposition and "\n" not in disposition
    assert disposition.count('"') == 2
    utf8_name = unquote(disposition.split("filename*=UTF-8''", 1)[1])
    assert "/" not in utf8_name and '"' not in utf8_name
    assert utf8_name == "Báo cáo số 1_ dự thảo.pdf"

    for person, allowed in (
        (INSPECTOR, True),
        (DIRECTOR, True),
        (ADMIN, True),
        (VP_ASSIGNEE, False),
    ):
        other = TestClient(client.app, follow_redirects=False)
        sign_in(other, settings, person)
        response = other.get(f"/tai-lieu/{evidence_id}")
        assert response.status_code == (200 if allowed else 403), person
        if allowed:
            assert response.content == PDF
        else:
            assert "không có quyền" in response.text
            assert PDF not in response.content

    anonymous = TestClient(client.app, follow_redirects=False)
    assert anonymous.get(f"/tai-lieu/{evidence_id}").status_code == 303
    assert client.get("/tai-lieu/999999").status_code == 404


@pytest.mark.parametrize(
    "name, expected",
    [
        ('Báo cáo "số 1"\r\n; dự thảo.pdf', "Báo cáo _số 1_ dự thảo.pdf"),
        ("..\\..\\windows\\evil.pdf", "evil.pdf"),
        ("../../etc/passwd", "passwd"),
        ("\x00\x07", "tai-lieu"),
        ("", "tai-lieu"),
    ],
)
def test_a_hostile_name_is_made_safe_for_the_header(name: str, expected: str) -> None:
    from directives.portal.pages import content_disposition, safe_filename

    assert safe_filename(name) == expected
    header = content_disposition(name)
    assert "\r" not in header and "\n" not in header
    assert header.count('"') == 2
    assert header.encode("latin-1")  # a header must be encodable


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_chunked_body_is_cut_off_at_the_limit(
    settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    """No Content-Length to trust: the body is counted as it arrives."""
    small = settings.model_copy(
        update={"portal": settings.portal.model_copy(update={"max_upload_bytes": 4096})}
    )
    code = seeded.action_of("bgd")

    def body() -> Iterator[bytes]:
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        for _ in range(1000):  # 1 MB offered, far over the limit
            yield b"x" * 1024

    with TestClient(create_app(small, side_effects=False), follow_redirects=False) as client:
        csrf = sign_in(client, small, BGD_ASSIGNEE)
        before = snapshot(rt, seeded)
        response = client.post(
            f"/nhiem-vu/{code}/tai-lieu",
            content=body(),
            headers={"Content-Type": "multipart/form-data; boundary=b", "X-CSRF-Token": csrf},
        )
    assert response.status_code == 413
    assert "vượt quá dung lượng" in response.text
    assert snapshot(rt, seeded) == before
