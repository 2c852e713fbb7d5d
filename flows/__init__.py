"""Prefect flows and their deployments: the entry points."""
