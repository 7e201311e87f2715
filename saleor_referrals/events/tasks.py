"""Celery task for event invitations (found through the app's `tasks.py`)."""

from __future__ import annotations

from celery import shared_task
from django.db import DatabaseError

from ..writer import allow_writer
from .passes import invite_members

__all__ = ["invite_event_members_task"]


@shared_task(
    name="saleor_referrals.invite_event_members",
    autoretry_for=(DatabaseError,),
    retry_backoff=5,
    retry_backoff_max=600,
    max_retries=8,
)
def invite_event_members_task(event_id: int) -> int:
    with allow_writer():
        return len(invite_members(event_id))
