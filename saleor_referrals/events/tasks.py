"""Celery task for event invitations (found through the app's `tasks.py`)."""

from __future__ import annotations

from django.db import DatabaseError

from ..writer import allow_writer, referral_task
from .passes import invite_members

__all__ = ["invite_event_members_task"]


@referral_task(
    name="saleor_referrals.invite_event_members",
    autoretry_for=(DatabaseError,),
    retry_backoff=5,
    retry_backoff_max=600,
    max_retries=8,
)
def invite_event_members_task(event_id: int) -> int:
    with allow_writer():
        return len(invite_members(event_id))
