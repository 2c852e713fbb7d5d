"""Notifications: the outbox table, message rendering and the delivery channels."""
