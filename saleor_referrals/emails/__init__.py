"""Referral e-mails: thank-you ask, invitation, status updates, reminder.

Kept importable while Django loads models (models.py imports `emails.models`), so
this module imports only the registry; everything else is imported when used.
"""

from __future__ import annotations

from typing import Any

from .registry import ASKS, EMAILS, INVITATIONS, TOPICS, UPDATES, EmailSpec, register

__all__ = [
    "ASKS",
    "EMAILS",
    "INVITATIONS",
    "TOPICS",
    "UPDATES",
    "EmailSpec",
    "queue_invitation",
    "register",
]


def queue_invitation(
    *, program: Any, advocate: Any, email: str, message: str, language: str
) -> bool:
    """Queue the advocate's invitation to `email`; see `invitations.queue_invitation`."""
    from .invitations import queue_invitation as queue

    return queue(
        program=program,
        advocate=advocate,
        email=email,
        message=message,
        language=language,
    )
