"""Each field says where it came from (line span) and how sure the parser is."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes, parse_text
from tests.parser.corpus import BLIND, CORPUS


def test_a_web_page_letter_traces_its_fields_to_the_letter_not_the_page(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    path = BLIND / "batch-1" / "01-cong-van-ubnd-hcm-so-nha.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    record = parse_bytes(path.read_bytes(), path.name, org, calendar)
    where = record.provenance
    # the page's metadata table states the number first ("Số hiệu: | 4085/UBND-ĐT");
    # the provenance points at the letter's own "Số:" line
    number = where["number"].lines
    assert number is not None
    assert lines[number[0] - 1].startswith("Số: 4085/UBND-ĐT")
    for action in record.actions:
        span = where[f"actions.{action.seq}"].lines
        assert span is not None
        first = " ".join(lines[span[0] - 1 : span[1]]).replace("*", "")
        assert action.text.split()[0] in first
    assert all(0.0 <= s.confidence <= 1.0 for s in where.values())


def test_an_inferred_value_is_marked_less_sure(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (CORPUS / "01-seed.txt").read_text(encoding="utf-8")
    record = parse_text(text, org, calendar)
    where = record.provenance
    assert where["number"].confidence > where["document_type"].confidence
    assert where["document_type"].lines is None  # "V/v": the type is the number's
    # an action that names no unit falls to the directory's addressee: less sure
    defaulted = [a for a in record.actions if a.lead_unit == org.addressee.name]
    assert defaulted
    assert all(where[f"actions.{a.seq}"].confidence < 0.9 for a in defaulted)


def test_provenance_sits_beside_the_fields_and_changes_none(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = (CORPUS / "03-thong-bao-ket-luan.txt").read_text(encoding="utf-8")
    dumped = parse_text(text, org, calendar).model_dump(mode="json")
    assert set(dumped) >= {"number", "actions", "signer", "distribution", "provenance"}
    assert dumped["number"] == "20/TB-ĐKT"
