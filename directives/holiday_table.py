"""Vietnam's public holidays, as the ``holidays`` package gives them, precomputed.

Importing ``holidays`` and computing its lunar dates costs every flow-run process
about 0.1 CPU-s, for the same dozen dates a year. ``holidays_vn.json`` holds the
package's answer (names in Vietnamese) for the years most deadlines fall in;
``PublicHolidays`` reads a year from it and asks the package only for a year
outside it. The table is generated from the pinned package, and a test checks
it against the package, so upgrading ``holidays`` without regenerating it fails
the suite. Regenerate with ``python -m directives.holiday_table``.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

TABLE = Path(__file__).with_name("holidays_vn.json")
TABLE_YEARS = range(2015, 2051)


def package_year(year: int) -> dict[date, str]:
    """What the ``holidays`` package gives for ``year`` (every date it adds for it)."""
    import holidays

    found = holidays.country_holidays("VN", language="vi", years=year)
    return {day: str(name) for day, name in found.items()}


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, str]]:
    try:
        data: Any = json.loads(TABLE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    years: dict[str, dict[str, str]] = data["years"]
    return years


class PublicHolidays:
    """Dates and names, filled a year at a time (from the table, else the package)."""

    def __init__(self) -> None:
        self._days: dict[date, str] = {}
        self._years: set[int] = set()

    def _load(self, year: int) -> None:
        if year in self._years:
            return
        self._years.add(year)
        stored = _table().get(str(year))
        if stored is None:
            self._days.update(package_year(year))
        else:
            self._days.update({date.fromisoformat(d): name for d, name in stored.items()})

    def __contains__(self, day: date) -> bool:
        self._load(day.year)
        return day in self._days

    def get(self, day: date) -> str | None:
        self._load(day.year)
        return self._days.get(day)

    def of_year(self, year: int) -> dict[date, str]:
        """Every holiday dated in ``year``, by date."""
        self._load(year)
        return {day: name for day, name in sorted(self._days.items()) if day.year == year}


def package_version() -> str:
    from importlib.metadata import version

    return version("holidays")


def write_table(path: Path = TABLE, years: range = TABLE_YEARS) -> None:
    table = {
        str(year): {day.isoformat(): name for day, name in sorted(package_year(year).items())}
        for year in years
    }
    body = {"holidays": package_version(), "country": "VN", "language": "vi", "years": table}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_table()
