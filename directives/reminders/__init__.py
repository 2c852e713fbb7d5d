"""Reminders and escalations: planned as rows, sent by a periodic sweep.

``policy`` reads the reminder policy (``config/reminders.yaml``) and says when a
message may go out; ``planner`` (re)computes the reminder rows of one action from
it, each time the store changes the action; ``digest`` is the periodic sweep that
queues one digest per recipient for the rows due. ``planner`` and ``digest`` each
import ``policy`` and nothing else of this package.
"""

from directives.reminders.digest import (
    DIGEST_EVENT,
    DIGEST_TEMPLATE,
    QueuedDigest,
    SweepResult,
    due_reminders_query,
    sweep,
)
from directives.reminders.planner import (
    PlannedReminder,
    PlanResult,
    escalation_recipients,
    plan_reminders,
    wanted_reminders,
)
from directives.reminders.policy import (
    BEFORE_PREFIX,
    CANCELLED,
    ESCALATE_PREFIX,
    KIND_ASSIGNED,
    KIND_DUE_TODAY,
    KIND_OVERDUE,
    SCHEDULED,
    SENT,
    Escalation,
    EscalationTarget,
    QuietHours,
    ReminderPolicy,
    load_policy,
)

__all__ = [
    "BEFORE_PREFIX",
    "CANCELLED",
    "DIGEST_EVENT",
    "DIGEST_TEMPLATE",
    "ESCALATE_PREFIX",
    "KIND_ASSIGNED",
    "KIND_DUE_TODAY",
    "KIND_OVERDUE",
    "SCHEDULED",
    "SENT",
    "Escalation",
    "EscalationTarget",
    "PlanResult",
    "PlannedReminder",
    "QueuedDigest",
    "QuietHours",
    "ReminderPolicy",
    "SweepResult",
    "due_reminders_query",
    "escalation_recipients",
    "load_policy",
    "plan_reminders",
    "sweep",
    "wanted_reminders",
]
