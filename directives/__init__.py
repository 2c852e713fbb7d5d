"""Directives: turns an official directive into a tracked remediation chain."""

__version__ = "0.1.0"
