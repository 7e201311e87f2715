"""Celery task of the sign-up receiver (found through the app's `tasks.py`)."""

from __future__ import annotations

from django.db import DatabaseError

from ..insights.repeat import record_repeat_order
from ..leads import convert_lead
from ..writer import allow_writer, referral_task
from .service import attribute_signup

__all__ = ["attribute_signup_task", "convert_lead_task"]

RETRY = {
    "autoretry_for": (DatabaseError,),
    "retry_backoff": 5,
    "retry_backoff_max": 600,
    "max_retries": 8,
}


@referral_task(name="saleor_referrals.attribute_signup", **RETRY)
def attribute_signup_task(user_id: int, email: str, code: str) -> int | None:
    with allow_writer():
        referral = attribute_signup(user_id, email, code)
    return referral.pk if referral else None


@referral_task(name="saleor_referrals.convert_lead", **RETRY)
def convert_lead_task(order_id: str) -> str | None:
    """A paid order without a referral hint: does its shopper have a lead, or were
    they referred before (a repeat order)?"""
    from ..commerce import get_commerce

    with allow_writer():
        facts = get_commerce().order_facts(order_id)
        if facts is None:
            return None
        referral = convert_lead(facts)
        if referral is None:
            # No lead: maybe a later order of a friend referred before.
            repeat = record_repeat_order(facts)
            return "repeat_order" if repeat is not None else None
    return referral.status
