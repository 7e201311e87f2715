"""Celery task and beat entry of the daily totals (found through the app's
`tasks.py`)."""

from __future__ import annotations

from django.conf import settings
from django.db import DatabaseError

from ..writer import allow_writer, referral_task
from .compaction import compact

__all__ = ["compact_daily_totals_task"]

COMPACTION_SCHEDULE_NAME = "saleor_referrals.compact_daily_totals"


@referral_task(
    name="saleor_referrals.compact_daily_totals",
    autoretry_for=(DatabaseError,),
    retry_backoff=5,
    max_retries=3,
)
def compact_daily_totals_task() -> int:
    """Beat: fold the deltas into the daily totals. Idempotent: what it folded is
    gone from the deltas, and readers add whatever is left."""
    with allow_writer():
        return compact()


def register_compaction() -> None:
    """Every `REFERRALS_COMPACT_SECONDS` (60 by default)."""
    from celery import current_app

    seconds = float(getattr(settings, "REFERRALS_COMPACT_SECONDS", 60))
    current_app.add_periodic_task(
        seconds,
        current_app.signature("saleor_referrals.compact_daily_totals"),
        name=COMPACTION_SCHEDULE_NAME,
    )
