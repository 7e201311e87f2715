"""Wire the tiers into the app: status receivers and the sweep's beat entry."""

from __future__ import annotations

from django.conf import settings

SWEEP_SCHEDULE_NAME = "saleor_referrals.sweep_tiers"
WING = "tiers"


def has_ladder(program_id: int) -> bool:
    """Tiers or milestones: what makes a converted referral worth evaluating."""
    from .models import Milestone, Tier

    return (
        Tier.objects.filter(program_id=program_id).exists()
        or Milestone.objects.filter(program_id=program_id).exists()
    )


def setup_tiers() -> None:
    from celery import current_app

    from .. import registry
    from ..benefits import TIER_STEP
    from . import tasks  # noqa: F401  (registers the wing's Celery tasks)
    from .models import Milestone, Tier
    from .perks import tier_modifier
    from .receivers import connect

    registry.register_reward_modifier("tier", TIER_STEP, tier_modifier, wing=WING)
    registry.register_configuration(WING, has_ladder, [Tier, Milestone])
    connect()
    hours = getattr(settings, "REFERRALS_TIER_SWEEP_HOURS", 6)
    current_app.add_periodic_task(
        hours * 3600.0,
        current_app.signature("saleor_referrals.sweep_tiers"),
        name=SWEEP_SCHEDULE_NAME,
    )
