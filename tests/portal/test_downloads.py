"""The report, bundle and letter from the portal: for the directive's units, the director,
the inspection team and the admins; 403 for anyone else (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from fastapi.testclient import TestClient

from directives import store
from directives.intake import IngestResult
from directives.reports.verify import verify_bundle
from directives.runtime import Runtime
from directives.settings import Settings
from tests.portal.conftest import (
    ADMIN,
    DIRECTOR,
    INSPECTOR,
    LEADER,
    VP_ASSIGNEE,
    Seeded,
    sign_in,
)
from tests.reports.conftest import AS_OF, SEED_BYTES, Story

OUTSIDER = "le-minh-chau"  # Phòng Hợp tác quốc tế: no action of the seed


def story_of(rt: Runtime, seed: IngestResult, seeded: Seeded) -> Story:
    with rt.sessions() as session:
        directive = store.get_directive(session, seeded.directive_id)
        return Story(rt, seed, [(a.code, a.lead_unit) for a in directive.actions])


def as_person(client: TestClient, settings: Settings, person: str) -> TestClient:
    other = TestClient(client.app, follow_redirects=False)
    sign_in(other, settings, person)
    return other


def paragraphs(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def test_an_open_directive_offers_a_progress_report_as_of_a_day(
    client: TestClient, settings: Settings, seeded: Seeded
) -> None:
    member = as_person(client, settings, VP_ASSIGNEE)
    page = member.get(f"/van-ban/{seeded.code}").text
    assert 'id="bao-cao"' in page and "Tải báo cáo tiến độ (.docx)" in page
    assert f'href="/ho-so/{seeded.code}"' not in page
    response = member.get(f"/bao-cao/{seeded.code}", params={"ngay": "20/03/2017"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert (
        "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20115-UBND-NCPC.docx"
        in response.headers["content-disposition"]
    )
    text = paragraphs(response.content)
    assert text[text.index("BÁO CÁO") + 1].endswith("(tính đến ngày 20/03/2017)")
    same = member.get(f"/bao-cao/{seeded.code}", params={"ngay": "2017-03-20"})
    assert paragraphs(same.content) == text
    bad = member.get(f"/bao-cao/{seeded.code}", params={"ngay": "31/02/2017"})
    assert bad.status_code == 422 and "không hợp lệ" in bad.text
    assert member.get(f"/ho-so/{seeded.code}").status_code == 409
    letter = member.get(f"/van-ban-goc/{seeded.code}")
    assert letter.status_code == 200 and letter.content == SEED_BYTES


def test_only_the_directives_people_may_download(
    client: TestClient, settings: Settings, seeded: Seeded
) -> None:
    urls = [f"/bao-cao/{seeded.code}", f"/van-ban-goc/{seeded.code}"]
    for person in (VP_ASSIGNEE, DIRECTOR, INSPECTOR, LEADER, ADMIN):
        c = as_person(client, settings, person)
        assert [c.get(u).status_code for u in urls] == [200, 200], person
    outsider = as_person(client, settings, OUTSIDER)
    assert 'id="bao-cao"' not in outsider.get(f"/van-ban/{seeded.code}").text
    for url in [*urls, f"/ho-so/{seeded.code}"]:
        response = outsider.get(url)
        assert response.status_code == 403, url
        assert "không có quyền" in response.text
    assert outsider.get("/bao-cao/KHONGCO").status_code == 404
    anonymous = TestClient(client.app, follow_redirects=False)
    assert anonymous.get(urls[0]).status_code == 303  # to the sign-in page


def test_a_closed_directive_links_its_report_bundle_and_letter(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime, seed: IngestResult
) -> None:
    story_of(rt, seed, seeded).close(AS_OF)
    director = as_person(client, settings, DIRECTOR)
    page = director.get(f"/van-ban/{seeded.code}").text
    for href in ("bao-cao", "ho-so", "van-ban-goc"):
        assert f'href="/{href}/{seeded.code}"' in page
    report = director.get(f"/bao-cao/{seeded.code}")
    text = paragraphs(report.content)
    assert text[text.index("BÁO CÁO") + 1].startswith("Kết quả thực hiện Công văn số 115/UBND-NCPC")
    # the bundle is built on first request if the close-out has not written it yet
    bundle = director.get(f"/ho-so/{seeded.code}")
    assert bundle.status_code == 200 and bundle.headers["content-type"] == "application/zip"
    path = Path(settings.home_dir) / "downloaded.zip"
    path.write_bytes(bundle.content)
    assert verify_bundle(path).ok
    with zipfile.ZipFile(path) as zf:
        assert any(n.startswith("Nhiệm vụ 06 - ") for n in zf.namelist())
    stored = settings.closeout_dir / seeded.code / "bao-cao.docx"
    assert director.get(f"/bao-cao/{seeded.code}").content == stored.read_bytes()
    outsider = as_person(client, settings, OUTSIDER)
    assert outsider.get(f"/ho-so/{seeded.code}").status_code == 403
