"""The CLI's draft path on SQLite and PostgreSQL: ``ingest FILE --draft`` stores nothing,
``ingest --from-draft`` stores an edited draft with each correction audited and the unit
names mapped by hand learned, and a draft that cannot be assigned is refused whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner, Result

from directives.cli import app
from directives.db import AuditEvent, Base, Directive, make_engine, session_factory
from directives.db_intake import UnitAlias
from directives.runtime import runtime
from directives.settings import get_settings
from tests.letters import LETTER, NUMBER, UNKNOWN_UNIT


def flat(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Cli:
    home: Path
    db_url: str
    letter: Path
    said: str = ""  # what the last ``--draft`` printed, on one line

    def __call__(self, *args: str) -> Result:
        return CliRunner().invoke(app, list(args))

    def draft(self) -> dict[str, Any]:
        out = self.home.parent / "draft.json"
        result = self(
            "ingest", str(self.letter), "--draft", str(out), "--received-on", "2026-11-23"
        )
        assert result.exit_code == 0, result.output
        self.said = flat(result.output)
        data: dict[str, Any] = json.loads(out.read_text("utf-8"))
        return data

    def write(self, name: str, data: dict[str, Any]) -> Path:
        path = self.home.parent / name
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        return path

    def counts(self) -> dict[str, int]:
        engine = make_engine(self.db_url)
        with session_factory(engine)() as session:
            counts = {
                t.name: session.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables
            }
        engine.dispose()
        store = self.home / "evidence"
        counts["files"] = sum(1 for p in store.rglob("*") if p.is_file() and "tmp" not in p.parts)
        return counts


@pytest.fixture
def cli(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Cli]:
    letter = tmp_path / "412-UBND-KSTT.txt"
    letter.write_text(LETTER, "utf-8")
    for key, value in {
        "DIRECTIVES_HOME": str(tmp_path / "home"),
        "DIRECTIVES_DATABASE_URL": db_url,
        "DIRECTIVES_ZALO__ENABLED": "false",
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    get_settings.cache_clear()
    runtime.cache_clear()
    try:
        yield Cli(tmp_path / "home", db_url, letter)
    finally:
        if runtime.cache_info().currsize:
            runtime().engine.dispose()
        runtime.cache_clear()
        get_settings.cache_clear()


def test_draft_is_the_parse_record_and_stores_nothing(cli: Cli) -> None:
    before = cli.counts()
    draft = cli.draft()
    parsed = json.loads(cli("parse", str(cli.letter), "--json").stdout)
    assert set(parsed) <= set(draft)  # every field of parse --json, as it prints it
    assert draft["number"] == parsed["number"] == NUMBER
    assert [a["text"] for a in draft["actions"]] == [a["text"] for a in parsed["actions"]]
    assert draft["actions"][0]["lead_unit"] == UNKNOWN_UNIT
    assert draft["draft"]["source_path"] == str(cli.letter.resolve())
    # the 2027 deadline falls in a year whose Tết days off are not configured
    assert any("2027" in w and "Tết" in w for w in draft["warnings"])
    assert cli.counts() == before
    # it says what --from-draft would refuse, before the admin edits it, and the units to pick
    assert "Cần sửa trong bản nháp trước khi giao nhiệm vụ:" in cli.said
    assert f"- Nhiệm vụ 1: không có đơn vị “{UNKNOWN_UNIT}” trong danh bạ cơ quan" in cli.said
    assert "Đơn vị trong danh bạ cơ quan: " in cli.said and "Văn phòng Sở (vp)" in cli.said


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ("unknown", f"nhiệm vụ 1: không có đơn vị “{UNKNOWN_UNIT}” trong danh bạ cơ quan"),
        ("impossible", "ngày “2026-02-30” không có thật hoặc sai dạng, tại nhiệm vụ thứ 2"),
        ("no-actions", "không có nhiệm vụ nào cần thực hiện"),
        ("team", "không có đoàn kiểm tra “vp” trong danh bạ cơ quan"),
    ],
)
def test_a_draft_that_cannot_be_assigned_is_refused_whole(
    cli: Cli, edit: str, message: str
) -> None:
    draft = cli.draft()
    if edit != "unknown":
        draft["actions"][0]["lead_unit"] = "vp"
    if edit == "impossible":
        draft["actions"][1]["deadline"] = "2026-02-30"
    elif edit == "no-actions":
        draft["actions"] = []
    elif edit == "team":
        draft["draft"]["inspection_team"] = "vp"  # Văn phòng Sở reviews nothing
    before = cli.counts()
    result = cli("ingest", "--from-draft", str(cli.write("edited.json", draft)), "--no-run")
    assert result.exit_code == 1
    assert message in flat(result.stderr)
    assert "Traceback" not in result.output
    assert cli.counts() == before


def test_only_an_admin_stores_a_draft(cli: Cli) -> None:
    draft = cli.draft()
    draft["actions"][0]["lead_unit"] = "vp"
    before = cli.counts()
    path = cli.write("edited.json", draft)
    result = cli("ingest", "--from-draft", str(path), "--no-run", "--as", "dang-van-minh")
    assert result.exit_code == 3
    assert "không có quyền tiếp nhận văn bản chỉ đạo" in flat(result.stderr)
    assert cli.counts() == before


def test_an_edited_draft_is_stored_with_its_corrections_and_teaches_an_alias(cli: Cli) -> None:
    draft = cli.draft()
    draft["actions"][0]["lead_unit"] = "vp"  # mapped by hand: Văn phòng Sở
    draft["actions"][1]["deadline"] = "2027-01-15"
    draft["actions"].append(
        {"seq": 4, "text": "Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.", "lead_unit": "tt"}
    )
    draft["draft"]["inspection_team"] = "dkt"
    path = cli.write("edited.json", draft)
    result = cli("ingest", "--from-draft", str(path), "--no-run", "--as", "quan-tri")
    assert result.exit_code == 0, result.output
    assert f"Đã tiếp nhận văn bản số {NUMBER}" in flat(result.stdout)

    status = json.loads(cli("status", NUMBER, "--json", "--today", "2026-12-01").stdout)
    assert [a["lead_unit"] for a in status["actions"]] == ["vp", "vp", "lstl", "tt"]
    assert status["actions"][1]["effective_deadline"] == "2027-01-15"
    assert status["inspection_team"] == "dkt"
    assert any("2027" in w and "Tết" in w for w in status["calendar_warnings"])

    engine = make_engine(cli.db_url)
    with session_factory(engine)() as session:
        directive = session.scalars(select(Directive)).one()
        assert directive.parser_reading is not None
        assert directive.parser_reading["actions"][0]["lead_unit"] == UNKNOWN_UNIT
        fixes = {
            e.after["field"]: (e.before["value"], e.after["value"], e.actor)  # type: ignore[index]
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.kind == "directive.corrected")
            )
        }
        aliases = [(a.alias, a.unit_id) for a in session.scalars(select(UnitAlias))]
    engine.dispose()
    assert fixes["actions[1].lead_unit"] == (UNKNOWN_UNIT, "vp", "quan-tri")
    assert fixes["actions[2].deadline"] == ("2026-12-29", "2027-01-15", "quan-tri")
    assert fixes["actions[4]"][1] == "Báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh."
    assert aliases == [(UNKNOWN_UNIT, "vp")]

    # the next letter that uses the name matches it
    again = cli.draft()
    assert again["actions"][0]["lead_unit"] == "Văn phòng Sở"
    assert not any(UNKNOWN_UNIT in w for w in again["warnings"])
    listed = cli("admin", "alias", "list")
    assert "Văn phòng Sở" in listed.stdout
    removed = cli("admin", "alias", "remove", "1", "--as", "quan-tri")
    assert removed.exit_code == 0, removed.output
    assert any(UNKNOWN_UNIT in w for w in cli.draft()["warnings"])


def test_a_deadline_typed_as_a_phrase_is_read_on_the_working_calendar(cli: Cli) -> None:
    draft = cli.draft()
    draft["actions"][0]["lead_unit"] = "vp"
    draft["actions"][1].update(deadline=None, deadline_text="trước ngày 16/01/2027")
    draft["actions"][2]["deadline"] = "2026-12-26"  # a Saturday
    unreadable = json.loads(json.dumps(draft))
    unreadable["actions"][2].update(deadline=None, deadline_text="sớm", deadline_kind="by")
    before = cli.counts()
    refused = cli("ingest", "--from-draft", str(cli.write("bad.json", unreadable)), "--no-run")
    assert refused.exit_code == 1
    assert "Nhiệm vụ 3: Không hiểu thời hạn “sớm”" in flat(refused.stderr)
    assert cli.counts() == before

    path = cli.write("edited.json", draft)
    result = cli("ingest", "--from-draft", str(path), "--no-run", "--as", "quan-tri")
    assert result.exit_code == 0, result.output
    said = flat(result.stdout)
    assert "Nhiệm vụ 2: thời hạn “trước ngày 16/01/2027” → 15/01/2027" in said
    assert "Nhiệm vụ 3: thời hạn 26/12/2026 là thứ Bảy → 28/12/2026" in said
    status = json.loads(cli("status", NUMBER, "--json", "--today", "2026-12-01").stdout)
    deadlines = [a["effective_deadline"] for a in status["actions"]]
    assert deadlines[1:] == ["2027-01-15", "2026-12-28"]


def test_split_and_merge_keep_the_units_and_deadlines() -> None:
    from directives.portal.intake_view import merge_with_next, split_action
    from directives.records import ParsedAction, ParsedDirective

    record = ParsedDirective(
        number=NUMBER,
        actions=[
            ParsedAction(
                seq=1,
                text="Rà soát quy chế làm việc.\nCông khai kết quả trên trang thông tin điện tử",
                lead_unit="Văn phòng Sở",
                deadline_text="trước ngày 15/12/2026",
            ),
            ParsedAction(seq=2, text="Báo cáo kết quả", coordinating_units=["Thanh tra Sở"]),
        ],
    )
    split = split_action(record, 0, 3)
    assert [(a.seq, a.text, a.lead_unit) for a in split.actions] == [
        (1, "Rà soát quy chế làm việc.", "Văn phòng Sở"),
        (3, "Công khai kết quả trên trang thông tin điện tử", "Văn phòng Sở"),
        (2, "Báo cáo kết quả", None),
    ]
    merged = merge_with_next(split, 1)
    assert [a.seq for a in merged.actions] == [1, 3]
    assert merged.actions[1].text == (
        "Công khai kết quả trên trang thông tin điện tử; Báo cáo kết quả"
    )
    assert merged.actions[1].coordinating_units == ["Thanh tra Sở"]
    assert merged.actions[1].deadline_text == "trước ngày 15/12/2026"
