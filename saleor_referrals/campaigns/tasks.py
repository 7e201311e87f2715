"""Celery tasks of campaigns and contests: each idempotent and safe to retry."""

from __future__ import annotations

import logging

from ..writer import allow_writer, referral_task
from . import contests, switch

logger = logging.getLogger(__name__)

__all__ = [
    "decide_contests_task",
    "switch_campaigns_task",
]


@referral_task(name="saleor_referrals.switch_campaigns")
def switch_campaigns_task() -> int:
    with allow_writer():
        return switch.switch_all()


@referral_task(name="saleor_referrals.decide_contests")
def decide_contests_task() -> int:
    """Decide every contest past its end plus the hold (once each)."""
    decided = 0
    for contest_id in contests.due_contest_ids():
        try:
            with allow_writer():
                decision = contests.decide(contest_id, actor="contest task")
        except Exception:  # one broken contest must not block the others
            logger.exception("Deciding referral contest %s failed", contest_id)
            continue
        decided += decision.newly_decided
    return decided
