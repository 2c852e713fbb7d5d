"""Every corpus document parses to its expected JSON, field by field (at least 95% overall)."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes
from tests.parser.corpus import BLIND as BLIND_DIR
from tests.parser.corpus import Case, Score, load_blind, load_corpus, score

CASES = load_corpus()
BLIND = [case for cases in load_blind().values() for case in cases]


def test_corpus_has_the_layouts_the_issue_asks_for() -> None:
    names = [c.filename for c in CASES]
    assert len(CASES) >= 15
    assert any(n.endswith(".docx") for n in names)
    assert any(n.endswith(".pdf") for n in names)
    assert any(n.endswith(".md") for n in names)
    types = {c.expected["document_type"] for c in CASES}
    assert {"CÔNG VĂN", "CHỈ THỊ", "THÔNG BÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH"} <= types


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_document_matches_expected(
    case: Case, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_bytes(case.data, case.filename, org, calendar).model_dump(mode="json")
    result = score(case.expected, got)
    # a document may miss a field or two (OCR damage); a broken parser misses many
    assert result.ratio >= 0.85, result.misses


def test_corpus_accuracy_is_at_least_95_percent(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    total = Score()
    for case in CASES:
        got = parse_bytes(case.data, case.filename, org, calendar).model_dump(mode="json")
        score(case.expected, got, total)
    assert total.total > 300
    assert total.ratio >= 0.95, total.misses


def test_score_counts_a_missing_action_as_all_its_fields_wrong() -> None:
    action = {
        "seq": 1,
        "text": "x",
        "lead_unit": None,
        "coordinating_units": [],
        "deadline": None,
        "deadline_kind": "none",
        "deadline_text": None,
    }
    full = score({"actions": [action]}, {"actions": [action]})
    missing = score({"actions": [action]}, {"actions": []})
    assert full.ratio == 1.0
    assert missing.total == full.total and missing.correct == full.correct - 6


@pytest.mark.parametrize("case", BLIND, ids=[c.name for c in BLIND])
def test_blind_document_is_read_and_scored(
    case: Case, org: OrgDirectory, calendar: WorkingCalendar, capsys: pytest.CaptureFixture[str]
) -> None:
    """A report, not a bar: the blind score is measured by ``make bench-parse``.

    The letter must parse without an error into a record the scorer can compare.
    """
    got = parse_bytes(case.data, case.filename, org, calendar).model_dump(mode="json")
    result = score(case.expected, got)
    assert result.total >= 13  # every scalar, signer part and list was compared
    with capsys.disabled():
        print(f"\n  blind {case.name}: {result.correct}/{result.total} = {result.ratio:.1%}")


def test_blind_corpus_has_enough_real_documents() -> None:
    """A real document has a number, a signer and a named source. The number is the
    expected JSON's, or, for a page that lost the letter's header (whose header fields are
    labelled null, examples/blind/README.md), the one SOURCES.md gives with its source."""
    assert len(BLIND) >= 10
    sources = (BLIND_DIR / "SOURCES.md").read_text(encoding="utf-8")
    rows = {
        cells[1]: cells
        for line in sources.splitlines()
        if len(cells := [c.strip() for c in line.strip().strip("|").split("|")]) >= 4
    }
    for case in BLIND:
        row = rows.get(case.filename)
        assert row is not None, f"{case.name}: no row in SOURCES.md"
        number, source = row[2], row[3]
        assert case.expected["number"] or "/" in number, case.name
        assert source.startswith("`"), case.name
        assert case.expected["signer"]["name"], case.name
