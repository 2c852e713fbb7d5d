"""The org directory: units, people and their roles, read from ``config/org.yaml``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from directives.text import fold
from directives.yaml_files import load_yaml


class Role(StrEnum):
    ASSIGNEE = "assignee"
    UNIT_HEAD = "unit_head"
    DIRECTOR = "director"
    INSPECTOR = "inspector"
    TEAM_LEADER = "team_leader"
    ADMIN = "admin"


class Channel(StrEnum):
    EMAIL = "email"
    ZALO = "zalo"


class Organization(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    short_name: str
    parent: str | None = None
    addressee_unit: str


class Unit(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    head: str | None = None
    external: bool = False


class Person(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    title: str = ""
    unit: str
    roles: frozenset[Role] = Field(default_factory=frozenset)
    email: str | None = None
    zalo_user_id: str | None = None
    phone: str | None = None
    # How the person wants to be reached (a choice made on the portal overrides
    # it), and when not to be: "HH:MM-HH:MM" local time, may span midnight.
    channels: tuple[Channel, ...] = (Channel.EMAIL, Channel.ZALO)
    quiet_hours: str | None = Field(default=None, pattern=r"^\d{2}:\d{2}-\d{2}:\d{2}$")

    def has(self, role: Role) -> bool:
        return role in self.roles

    def on_team(self, team: str | None) -> bool:
        """Whether the person belongs to inspection team ``team`` (a unit id); None is the
        directory's global team, which every inspector and team leader is on."""
        return team is None or self.unit == team


class OrgDirectory(BaseModel):
    model_config = ConfigDict(frozen=True)

    organization: Organization
    units: tuple[Unit, ...]
    people: tuple[Person, ...]

    @model_validator(mode="after")
    def _check_references(self) -> OrgDirectory:
        unit_ids = [u.id for u in self.units]
        person_ids = [p.id for p in self.people]
        for label, ids in (("unit", unit_ids), ("person", person_ids)):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            if dupes:
                raise ValueError(f"duplicate {label} id(s) in org directory: {', '.join(dupes)}")
        known_units = set(unit_ids)
        known_people = set(person_ids)
        if self.organization.addressee_unit not in known_units:
            raise ValueError(f"addressee_unit {self.organization.addressee_unit!r} is not a unit")
        for unit in self.units:
            if unit.head is not None and unit.head not in known_people:
                raise ValueError(f"unit {unit.id!r} names an unknown head {unit.head!r}")
        for person in self.people:
            if person.unit not in known_units:
                raise ValueError(f"person {person.id!r} belongs to an unknown unit {person.unit!r}")
        if not any(p.has(Role.TEAM_LEADER) for p in self.people):
            raise ValueError("the org directory names no team_leader for the inspection team")
        return self

    # Lookups -------------------------------------------------------------

    @cached_property
    def _people_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def _units_by_id(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    def person(self, person_id: str) -> Person:
        try:
            return self._people_by_id[person_id]
        except KeyError:
            raise KeyError(f"unknown person {person_id!r}") from None

    def find_person(self, person_id: str) -> Person | None:
        return self._people_by_id.get(person_id)

    def unit(self, unit_id: str) -> Unit:
        try:
            return self._units_by_id[unit_id]
        except KeyError:
            raise KeyError(f"unknown unit {unit_id!r}") from None

    def members(self, unit_id: str) -> list[Person]:
        return [p for p in self.people if p.unit == unit_id]

    def with_role(self, role: Role) -> list[Person]:
        return [p for p in self.people if p.has(role)]

    def head_of(self, unit_id: str) -> Person | None:
        head = self.unit(unit_id).head
        return self._people_by_id[head] if head else None

    def assignees_of(self, unit_id: str) -> list[Person]:
        """Who is told about an action of this unit: members who do actions, or the head."""
        people = [p for p in self.members(unit_id) if p.has(Role.ASSIGNEE)]
        if people:
            return people
        head = self.head_of(unit_id)
        return [head] if head else []

    @property
    def addressee(self) -> Unit:
        return self.unit(self.organization.addressee_unit)

    def with_aliases(self, extra: Iterable[tuple[str, str]]) -> OrgDirectory:
        """This directory with more (alias, unit id) names: those learned from corrections."""
        more: dict[str, list[str]] = {}
        for alias, unit_id in extra:
            more.setdefault(unit_id, []).append(alias)
        if not more:
            return self
        units = tuple(
            u.model_copy(update={"aliases": (*u.aliases, *more.get(u.id, ()))}) for u in self.units
        )
        return OrgDirectory(organization=self.organization, units=units, people=self.people)

    # Matching unit names in free text -------------------------------------

    @cached_property
    def _unit_patterns(self) -> list[tuple[re.Pattern[str], Unit]]:
        names: list[tuple[str, Unit]] = []
        for unit in self.units:
            for name in (unit.name, *unit.aliases):
                names.append((fold(name), unit))
        names.sort(key=lambda item: len(item[0]), reverse=True)
        return [(re.compile(r"(?<!\w)" + re.escape(n) + r"(?!\w)"), u) for n, u in names]

    def match_unit(self, name: str) -> Unit | None:
        """The unit a name denotes, ignoring accents and case; None if it names none."""
        folded = fold(name)
        for pattern, unit in self._unit_patterns:
            if pattern.fullmatch(folded):
                return unit
        return None

    def units_mentioned(self, text: str) -> list[Unit]:
        """Units named anywhere in ``text``, in order of first mention, longest name first."""
        folded = fold(text)
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, Unit]] = []
        for pattern, unit in self._unit_patterns:
            for m in pattern.finditer(folded):
                if any(m.start() < end and start < m.end() for start, end in taken):
                    continue
                taken.append((m.start(), m.end()))
                if all(u.id != unit.id for _, u in found):
                    found.append((m.start(), unit))
        return [u for _, u in sorted(found, key=lambda item: item[0])]


def load_org(path: Path) -> OrgDirectory:
    with path.open(encoding="utf-8") as fh:
        data = load_yaml(fh)
    return OrgDirectory.model_validate(data)
