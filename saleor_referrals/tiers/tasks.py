"""Celery tasks of the tiers: each idempotent and safe to retry."""

from __future__ import annotations

from ..writer import allow_writer, referral_task
from . import evaluation, sweeps

__all__ = [
    "evaluate_tier_task",
    "place_advocates_task",
    "sweep_tiers_task",
]

RETRY = {
    "autoretry_for": (Exception,),
    "retry_backoff": 5,
    "retry_backoff_max": 600,
    "max_retries": 8,
}


@referral_task(name="saleor_referrals.evaluate_tier", **RETRY)
def evaluate_tier_task(program_id: int, advocate_id: int, reason: str) -> str:
    with allow_writer():
        outcome = evaluation.evaluate(program_id, advocate_id, reason=reason)
    return outcome.change.kind if outcome.change else ""


@referral_task(name="saleor_referrals.sweep_tiers")
def sweep_tiers_task() -> int:
    with allow_writer():
        return sweeps.sweep_all()


@referral_task(name="saleor_referrals.place_advocates", **RETRY)
def place_advocates_task(run_id: int) -> int:
    with allow_writer():
        return sweeps.run_placement(run_id).done
