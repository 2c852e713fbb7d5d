"""The domain's errors. Each carries an English message for logs and a
Vietnamese one (``message_vi``) for the portal, the CLI and messages.

    DirectivesError
     ├── NotFound
     ├── PermissionDenied
     ├── InvalidTransition
     │    └── SignoffRefused
     ├── ConcurrentChange
     ├── DuplicateDirective
     ├── RateLimited            (too many uploads or sign-in requests)
     ├── InvalidInput
     │    ├── EvidenceRejected
     │    └── DocumentRejected       (the parser's refusal)
     ├── AuditChainBroken
     └── EvidenceAltered         (a stored file no longer matches its sha256)
"""

from __future__ import annotations


class DirectivesError(Exception):
    """Base class: ``str(err)`` is English, ``err.message_vi`` is Vietnamese."""

    def __init__(self, message: str, message_vi: str) -> None:
        super().__init__(message)
        self.message_vi = message_vi


class NotFound(DirectivesError):
    pass


class PermissionDenied(DirectivesError):
    pass


class InvalidTransition(DirectivesError):
    pass


class SignoffRefused(InvalidTransition):
    pass


class ConcurrentChange(DirectivesError):
    pass


class DuplicateDirective(DirectivesError):
    pass


class RateLimited(DirectivesError):
    pass


class InvalidInput(DirectivesError):
    pass


class EvidenceRejected(InvalidInput):
    pass


class DocumentRejected(InvalidInput):
    pass


class AuditChainBroken(DirectivesError):
    pass


class EvidenceAltered(DirectivesError):
    pass


class StorageUnavailable(DirectivesError):
    """The remote storage of the stored files cannot be reached or refused the request."""
