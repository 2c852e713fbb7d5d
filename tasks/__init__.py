"""Prefect tasks: thin, idempotent, retryable wrappers around the core.

A flow-run process has loaded Prefect (a few hundred thousand objects) when a flow module
imports this package, and loads the core's stack (SQLAlchemy, the ORM, the store) after it.
Freezing what is loaded so far keeps the collector's full passes, several of which run
while that stack loads, from walking Prefect's objects again: about 0.1 CPU-s per run.
Frozen objects are only exempt from cycle collection; nothing else changes.
"""

import gc

gc.freeze()
