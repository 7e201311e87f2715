"""Wire campaigns and contests into the app: their beat entries."""

from __future__ import annotations

from django.conf import settings

SWITCH_SCHEDULE_NAME = "saleor_referrals.switch_campaigns"
DECIDE_SCHEDULE_NAME = "saleor_referrals.decide_contests"
WING = "campaigns"  # registry.CAMPAIGNS: the campaign stamp asks for it


def has_campaign_ahead(program_id: int) -> bool:
    """A campaign not over yet (scheduled or live). Time only ends campaigns, and
    the switch task saves each one it ends, which asks again."""
    from django.utils import timezone

    from .models import Campaign

    return Campaign.objects.filter(
        program_id=program_id, ends_at__gt=timezone.now()
    ).exists()


def setup_campaigns() -> None:
    from celery import current_app

    from .. import registry
    from ..benefits import CAMPAIGN_STEP
    from . import tasks  # noqa: F401  (registers the wing's Celery tasks)
    from .benefits import campaign_modifier
    from .models import Campaign
    from .switch import campaign_at

    registry.register_reward_modifier("campaign", CAMPAIGN_STEP, campaign_modifier)
    registry.register_campaign_stamp(campaign_at)
    registry.register_configuration(WING, has_campaign_ahead, [Campaign])

    # A campaign's offer reaches the friend voucher at most this late.
    seconds = getattr(settings, "REFERRALS_CAMPAIGN_SWITCH_SECONDS", 60)
    current_app.add_periodic_task(
        float(seconds),
        current_app.signature("saleor_referrals.switch_campaigns"),
        name=SWITCH_SCHEDULE_NAME,
    )
    hours = getattr(settings, "REFERRALS_CONTEST_DECIDE_HOURS", 1)
    current_app.add_periodic_task(
        hours * 3600.0,
        current_app.signature("saleor_referrals.decide_contests"),
        name=DECIDE_SCHEDULE_NAME,
    )
