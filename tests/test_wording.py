"""One way of addressing people and of writing dates, in pages, messages and the CLI's output."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from directives.cli import app
from tests.conftest import PROJECT_ROOT

PORTAL_TEMPLATES = sorted((PROJECT_ROOT / "directives" / "portal" / "templates").glob("*.html"))
MESSAGE_TEMPLATES = sorted((PROJECT_ROOT / "config" / "templates").glob("*.j2"))
# Civil servants are addressed as "đồng chí" in the portal and in messages alike.
OTHER_ADDRESS = re.compile(r"\b(Ông/Bà|ông/bà|Anh/Chị|anh/chị|Quý khách|quý khách)\b")
# A browser's date field shows the browser's locale (mm/dd/yyyy on an English phone).
ISO_IN_TEMPLATE = re.compile(r"isoformat\(\)|%Y-%m-%d|type=\"date\"")


@pytest.mark.parametrize("path", PORTAL_TEMPLATES + MESSAGE_TEMPLATES, ids=lambda p: p.name)
def test_templates_address_people_one_way_and_write_dates_dd_mm_yyyy(path: Path) -> None:
    text = path.read_text("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert not OTHER_ADDRESS.search(text), OTHER_ADDRESS.findall(text)
    assert not ISO_IN_TEMPLATE.search(text)


def test_the_cli_writes_dates_the_same_way() -> None:
    letter = PROJECT_ROOT / "examples" / "corpus" / "02-chi-thi-don-vi.txt"
    result = CliRunner().invoke(app, ["parse", str(letter)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "ngày 06/03/2017" in result.stdout
    assert "30/03/2017" in result.stdout and "2017-03-30" not in result.stdout
