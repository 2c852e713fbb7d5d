"""Who may download a directive's report, evidence bundle and source letter.

The members of the units that lead or help with one of its actions, the
director, the inspection team and the admins; nobody else.
"""

from __future__ import annotations

from directives.db import Directive
from directives.org import OrgDirectory, Person, Role

_SEE_ALL = (Role.DIRECTOR, Role.INSPECTOR, Role.TEAM_LEADER, Role.ADMIN)


def directive_units(directive: Directive) -> set[str]:
    units = {a.lead_unit for a in directive.actions}
    for action in directive.actions:
        units.update(action.coordinating_units)
    return units


def may_see_directive_files(org: OrgDirectory, person: Person, directive: Directive) -> bool:
    if any(person.has(role) for role in _SEE_ALL):
        return True
    team = {p.unit for p in org.with_role(Role.TEAM_LEADER)}
    return person.unit in team or person.unit in directive_units(directive)
