"""Celery tasks of the Dashboard side; `saleor_referrals.tasks` re-exports them so
that Saleor's Celery app registers them. Both are safe to run twice: a note is
written once per key, a repair finds nothing left to repair."""

from __future__ import annotations

import logging

from django.db import DatabaseError

from ..writer import allow_writer, referral_task
from . import drift, notes

logger = logging.getLogger(__name__)

RETRY = {
    "autoretry_for": (DatabaseError,),
    "retry_backoff": 5,
    "retry_backoff_max": 600,
    "max_retries": 8,
}
REFERRAL, REWARD = "referral", "reward"

__all__ = ["order_note_task", "repair_dashboard_edits_task"]


@referral_task(name="saleor_referrals.order_note", **RETRY)
def order_note_task(
    subject: str, pk: int, from_status: str, to_status: str, reason: str
) -> bool:
    """Write one status change of a referral or reward into the order's history."""
    with allow_writer():
        if subject == REFERRAL:
            return notes.write_referral_note(pk, to_status, reason)
        return notes.write_reward_note(pk, from_status, to_status, reason)


@referral_task(name="saleor_referrals.repair_dashboard_edits")
def repair_dashboard_edits_task() -> int:
    """Beat: undo Dashboard edits of friend vouchers and their codes."""
    found = 0
    with allow_writer():
        program_ids = drift.program_ids()
    for program_id in program_ids:
        try:
            with allow_writer():
                found += len(drift.repair_program(program_id).findings)
        except Exception:  # one broken program must not stop the others
            logger.exception("Checking referral program %s failed", program_id)
    return found
