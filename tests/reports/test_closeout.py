"""The close-out writes the report, its Markdown, the status and the bundle, byte-stable."""

from __future__ import annotations

import zipfile

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
