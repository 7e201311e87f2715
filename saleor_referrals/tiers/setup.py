"""Wire the tiers into the app: status receivers and the sweep's beat entry."""

from __future__ import annotations

from django.conf import settings

SWEEP_SCHEDULE_NAME = "saleor_referrals.sweep_tiers"


def setup_tiers() -> None:
    from celery import current_app

    from .. import registry
    from ..benefits import TIER_STEP
    from . import tasks  # noqa: F401  (registers the wing's Celery tasks)
    from .perks import tier_modifier
    from .receivers import connect

    registry.register_reward_modifier("tier", TIER_STEP, tier_modifier)
    connect()
    hours = getattr(settings, "REFERRALS_TIER_SWEEP_HOURS", 6)
    current_app.add_periodic_task(
        hours * 3600.0,
        current_app.signature("saleor_referrals.sweep_tiers"),
        name=SWEEP_SCHEDULE_NAME,
    )
