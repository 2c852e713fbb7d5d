"""Every change to directives and actions: checked here, written with its audit event.

Each function runs inside the caller's transaction
(``with sessions.begin() as session: store.review(session, ws, ...)``), checks
who may act and whether the move is allowed, changes the rows, appends the
audit event and queues the messages it causes, all or nothing. The portal, the
CLI and the Prefect tasks all call these functions.

The modules follow the life of a directive: ``intake`` (a parsed letter stored),
``drafts`` (a letter's reading corrected by an admin before it is stored; the
unit aliases learned from it), ``assignment`` (actions announced to their units,
or moved to another one),
``coordination`` (the units sharing an action and the officers their heads name),
``evidence`` (upload, withdraw, submit, review, reopen), ``extensions`` (a later deadline
asked and decided) and ``signoff`` (the team's quorum, then the close-out). They
share one module, ``checks``: the lookups, who may act, the transition with its
audit event and the messages queued. Imports run one way: ``checks`` imports no
sibling, every other module imports ``checks``, and ``evidence`` also asks
``signoff`` for the sign-off request once every action is approved.

A flow run uses ``assignment`` and ``signoff`` only: the package loads a module with
the first name asked of it (``store.ingest`` loads ``intake``), so a flow-run process
does not pay for the drafts, the evidence and their ORM models and parsed records.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from directives.store.assignment import (
        assign_actions,
        reassign,
        replace_flow_run,
        run_restarts,
        set_flow_run,
    )
    from directives.store.checks import (
        SYSTEM_ACTOR,
        action_context,
        directive_context,
        document_label,
        get_action,
        get_directive,
        in_team,
        notify,
        person,
        team_units,
        works_for,
    )
    from directives.store.coordination import (
        OFFICER_ROLE_VI,
        OfficerRole,
        assign_officer,
        heads_unit,
        may_contribute,
        officer_codes,
        officer_role,
        officers,
        remove_officer,
        sharing_units,
    )
    from directives.store.drafts import (
        add_alias,
        create_draft,
        discard_draft,
        get_draft,
        learned_org,
        list_aliases,
        list_drafts,
        remove_alias,
        save_draft,
    )
    from directives.store.evidence import (
        OPEN_FOR_WORK,
        EvidenceMeta,
        add_evidence,
        check_upload_quota,
        reopen,
        review,
        submit,
        withdraw_evidence,
    )
    from directives.store.extensions import decide_extension, request_extension
    from directives.store.intake import directive_code, ingest
    from directives.store.signoff import (
        SignoffOutcome,
        closed_out,
        quorum_needed,
        record_closeout,
        sign_off,
        signers,
        unapproved_actions,
    )

_MODULES: dict[str, tuple[str, ...]] = {
    "assignment": (
        "assign_actions",
        "reassign",
        "replace_flow_run",
        "run_restarts",
        "set_flow_run",
    ),
    "checks": (
        "SYSTEM_ACTOR",
        "action_context",
        "directive_context",
        "document_label",
        "get_action",
        "get_directive",
        "in_team",
        "notify",
        "person",
        "team_units",
        "works_for",
    ),
    "coordination": (
        "OFFICER_ROLE_VI",
        "OfficerRole",
        "assign_officer",
        "heads_unit",
        "may_contribute",
        "officer_codes",
        "officer_role",
        "officers",
        "remove_officer",
        "sharing_units",
    ),
    "drafts": (
        "add_alias",
        "create_draft",
        "discard_draft",
        "get_draft",
        "learned_org",
        "list_aliases",
        "list_drafts",
        "remove_alias",
        "save_draft",
    ),
    "evidence": (
        "OPEN_FOR_WORK",
        "EvidenceMeta",
        "add_evidence",
        "check_upload_quota",
        "reopen",
        "review",
        "submit",
        "withdraw_evidence",
    ),
    "extensions": (
        "decide_extension",
        "request_extension",
    ),
    "intake": (
        "directive_code",
        "ingest",
    ),
    "signoff": (
        "SignoffOutcome",
        "closed_out",
        "quorum_needed",
        "record_closeout",
        "sign_off",
        "signers",
        "unapproved_actions",
    ),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup does not come here
    return value


__all__ = [
    "OFFICER_ROLE_VI",
    "OPEN_FOR_WORK",
    "SYSTEM_ACTOR",
    "EvidenceMeta",
    "OfficerRole",
    "SignoffOutcome",
    "action_context",
    "add_alias",
    "add_evidence",
    "assign_actions",
    "assign_officer",
    "check_upload_quota",
    "closed_out",
    "create_draft",
    "decide_extension",
    "directive_code",
    "directive_context",
    "discard_draft",
    "document_label",
    "get_action",
    "get_directive",
    "get_draft",
    "heads_unit",
    "in_team",
    "ingest",
    "learned_org",
    "list_aliases",
    "list_drafts",
    "may_contribute",
    "notify",
    "officer_codes",
    "officer_role",
    "officers",
    "person",
    "quorum_needed",
    "reassign",
    "record_closeout",
    "remove_alias",
    "remove_officer",
    "reopen",
    "replace_flow_run",
    "request_extension",
    "review",
    "run_restarts",
    "save_draft",
    "set_flow_run",
    "sharing_units",
    "sign_off",
    "signers",
    "submit",
    "team_units",
    "unapproved_actions",
    "withdraw_evidence",
    "works_for",
]
