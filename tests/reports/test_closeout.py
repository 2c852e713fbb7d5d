"""The close-out writes the report, its Markdown, the status and the bundle, byte-stable."""

from __future__ import annotations

import json
import zipfile

import docx
from sqlalchemy import select

from directives.db import Evidence
from directives.reports import build_closeout
from directives.reports.closeout import report_file_name
from directives.reports.verify import verify_bundle
from tests.reports.conftest import AS_OF, Story


def test_closeout_writes_everything_and_a_rerun_rewrites_the_same_bytes(story: Story) -> None:
    story.close(AS_OF)
    with story.rt.sessions() as session:
        files = build_closeout(session, story.rt.ws, story.seed.directive_id, AS_OF)
    first = {p: p.read_bytes() for p in (files.report_docx, files.bundle_zip, files.report_md)}
    assert "## Kết quả thực hiện Công văn số 115/UBND-NCPC ngày 25/01/2017" in files.markdown
    assert files.report_md.read_text() == files.markdown
    assert files.summary == "6 nhiệm vụ: 1 đã hoàn thành đúng hạn; 5 đã hoàn thành quá hạn"
    with zipfile.ZipFile(files.bundle_zip) as zf:
        assert zf.read(report_file_name("115/UBND-NCPC")) == first[files.report_docx]
    assert verify_bundle(files.bundle_zip).ok
    assert files.as_dict()["bundle_sha256"] == files.bundle_sha256
    with story.rt.sessions() as session:
        again = build_closeout(session, story.rt.ws, story.seed.directive_id, AS_OF)
    assert {p: p.read_bytes() for p in first} == first
    assert again.bundle_sha256 == files.bundle_sha256


def test_a_lost_file_is_named_in_the_docx_and_the_manifest_and_the_bundle_still_verifies(
    story: Story,
) -> None:
    story.close(AS_OF)
    with story.rt.sessions() as session:
        sha = session.scalar(select(Evidence.sha256).where(Evidence.doc_number == "12/KH-SNgV"))
    assert sha is not None
    story.rt.ws.evidence.path_of(sha).unlink()
    with story.rt.sessions() as session:
        files = build_closeout(session, story.rt.ws, story.seed.directive_id, AS_OF)
    assert len(files.gaps) == 1 and "bị mất" in files.gaps[0]
    text = [p.text for p in docx.Document(str(files.report_docx)).paragraphs]
    assert "Tài liệu kiểm chứng không còn nguyên vẹn:" in text
    assert f"- {files.gaps[0]}" in text
    with zipfile.ZipFile(files.bundle_zip) as zf:
        manifest = json.loads(zf.read("danh-muc.json"))
    assert [g["sha256"] for g in manifest["gaps"]] == [sha]
    assert sha not in {f["sha256"] for f in manifest["files"]}
    assert verify_bundle(files.bundle_zip).ok
