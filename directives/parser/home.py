"""Whose letter it is: from the organisation itself (or the body above it), or at least from
or to its own province, which decides whether the org directory's names denote its units."""

from __future__ import annotations

import re

from directives.org import OrgDirectory
from directives.parser.clean import fold_keep, squash
from directives.records import ParsedDirective

# "Ủy ban nhân dân tỉnh Kiên Giang" -> "kien giang": the province's own name
_AREA = re.compile(r"\b(?:tinh|thanh pho)\s+(?P<name>\S.*)$")


def from_own_province(record: ParsedDirective, org: OrgDirectory) -> bool:
    """The letter comes from the organisation itself or from the body above it (a page that
    lost its letterhead, no issuer read, is not known to be ours)."""
    ours = {
        squash(fold_keep(n))
        for n in (org.organization.name, org.organization.short_name, org.organization.parent)
        if n
    }
    issuers = [record.issuer, record.parent_issuer]
    return any(squash(fold_keep(n)) in ours for n in issuers if n)


def in_home_province(record: ParsedDirective, org: OrgDirectory, own: bool) -> bool:
    """The letter is issued in the organisation's province or addressed to it: it is the
    organisation's own (``own``, ``from_own_province``), its header names the province ("Sở
    Nội vụ tỉnh Kiên Giang", "Kính gửi: Ủy ban nhân dân tỉnh Kiên Giang") or a recipient is
    a unit of the directory ("Kính gửi: Giám đốc Sở Ngoại vụ"). A letter of another
    province or of a central body to all provinces is not: its "Sở Ngoại vụ", "Văn phòng"
    or "Thanh tra" are bodies of its own."""
    if own:
        return True
    areas = [
        m.group("name")
        for n in (org.organization.name, org.organization.parent)
        if n and (m := _AREA.search(squash(fold_keep(n))))
    ]
    named = [n for n in (record.issuer, record.parent_issuer, *record.recipients) if n]
    return any(
        re.search(rf"(?<!\w){re.escape(area)}(?!\w)", squash(fold_keep(n)))
        for area in areas
        for n in named
    ) or any(org.match_unit(n) is not None for n in record.recipients)
