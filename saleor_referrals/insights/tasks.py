"""Celery tasks and beat entries of the daily totals and of the last-30-days
leaderboard (found through the app's `tasks.py`)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import DatabaseError

from ..writer import allow_writer, referral_task
from .compaction import compact
from .repeat import adjust_repeat_order

__all__ = [
    "adjust_repeat_order_task",
    "compact_daily_totals_task",
    "refresh_leaderboards_task",
]

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


@referral_task(
    name="saleor_referrals.adjust_repeat_order",
    autoretry_for=(DatabaseError,),
    retry_backoff=5,
    retry_backoff_max=600,
    max_retries=8,
)
def adjust_repeat_order_task(
    order_id: str, reason: str, paid_after_refund: str | None = None
) -> str | None:
    """A refund or cancellation of an order without a referral hint: lowers the
    repeat order it may be (nothing else to undo)."""
    paid = Decimal(paid_after_refund) if paid_after_refund is not None else None
    with allow_writer():
        repeat = adjust_repeat_order(order_id, reason, paid)
    return str(repeat.total) if repeat is not None else None


LEADERBOARD_SCHEDULE_NAME = "saleor_referrals.refresh_leaderboards"


@referral_task(
    name="saleor_referrals.refresh_leaderboards",
    autoretry_for=(DatabaseError,),
    retry_backoff=5,
    max_retries=3,
)
def refresh_leaderboards_task() -> int:
    """Beat: recount each active program's last-30-days leaderboard snapshot.
    Idempotent: a run replaces the snapshot with the board as of its start."""
    from .leaderboard import refresh_rolling_boards

    with allow_writer():
        return refresh_rolling_boards()


def register_leaderboard_refresh() -> None:
    """Every `REFERRALS_LEADERBOARD_REFRESH_MINUTES` (10 by default)."""
    from celery import current_app

    from .leaderboard import refresh_minutes

    current_app.add_periodic_task(
        refresh_minutes() * 60,
        current_app.signature("saleor_referrals.refresh_leaderboards"),
        name=LEADERBOARD_SCHEDULE_NAME,
    )
