"""Prefect tasks: thin, idempotent, retryable wrappers around the core."""
