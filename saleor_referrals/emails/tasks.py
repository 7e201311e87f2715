"""Celery tasks of the e-mails; `saleor_referrals.tasks` re-exports them so that
Saleor's Celery app (which imports `<app>.tasks`) registers them.

Each task is safe to run twice: `send.deliver` sends an event's e-mail once.
Database and network (SMTP) errors are retried with backoff.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import DatabaseError

from ..writer import allow_writer, referral_task
from . import flows

logger = logging.getLogger(__name__)

RETRY = {
    "autoretry_for": (DatabaseError, OSError),  # smtplib errors are OSErrors
    "retry_backoff": 30,
    "retry_backoff_max": 3600,
    "max_retries": 8,
}

__all__ = [
    "email_contest_won_task",
    "email_milestone_task",
    "email_tier_change_task",
    "email_donation_task",
    "email_event_invitation_task",
    "email_invitation_task",
    "email_nudges_task",
    "email_referral_status_task",
    "email_reward_status_task",
    "email_thank_you_task",
]


@referral_task(name="saleor_referrals.email_thank_you", **RETRY)
def email_thank_you_task(order: dict[str, Any]) -> str:
    with allow_writer():
        return flows.thank_you(order).value


@referral_task(name="saleor_referrals.email_invitation", **RETRY)
def email_invitation_task(
    program_id: int, advocate_id: int, email: str, message: str, language: str
) -> str:
    with allow_writer():
        return flows.invitation(program_id, advocate_id, email, message, language).value


@referral_task(name="saleor_referrals.email_referral_status", **RETRY)
def email_referral_status_task(referral_id: int, status: str) -> str:
    with allow_writer():
        return flows.referral_status(referral_id, status).value


@referral_task(name="saleor_referrals.email_reward_status", **RETRY)
def email_reward_status_task(reward_id: int, status: str) -> str:
    with allow_writer():
        return flows.reward_status(reward_id, status).value


@referral_task(name="saleor_referrals.email_event_invitation", **RETRY)
def email_event_invitation_task(invitation_id: int) -> str:
    with allow_writer():
        return flows.event_invitation(invitation_id).value


@referral_task(name="saleor_referrals.email_donation", **RETRY)
def email_donation_task(reward_id: int) -> str:
    with allow_writer():
        return flows.donation_made(reward_id).value


@referral_task(name="saleor_referrals.email_tier_change", **RETRY)
def email_tier_change_task(change_id: int) -> str:
    with allow_writer():
        return flows.tier_change(change_id).value


@referral_task(name="saleor_referrals.email_milestone", **RETRY)
def email_milestone_task(badge_id: int) -> str:
    with allow_writer():
        return flows.milestone_reached(badge_id).value


@referral_task(name="saleor_referrals.email_contest_won", **RETRY)
def email_contest_won_task(prize_id: int) -> str:
    with allow_writer():
        return flows.contest_won(prize_id).value


@referral_task(name="saleor_referrals.email_nudges")
def email_nudges_task(limit: int = 500) -> int:
    """Beat: remind customers who have a code but have not referred anyone lately."""
    sent = 0
    for program in flows.nudge_programs():
        for code in flows.nudge_candidates(program, limit=limit):
            try:
                with allow_writer():
                    if flows.nudge(program, code) == flows.Outcome.SENT:
                        sent += 1
            except Exception:  # one bad address must not stop the others
                logger.exception("Referral reminder for code %s failed", code.pk)
    return sent
