"""Wire campaigns and contests into the app: their beat entries."""

from __future__ import annotations

from django.conf import settings

SWITCH_SCHEDULE_NAME = "saleor_referrals.switch_campaigns"
DECIDE_SCHEDULE_NAME = "saleor_referrals.decide_contests"


def setup_campaigns() -> None:
    from celery import current_app

    from .. import registry
    from ..benefits import CAMPAIGN_STEP
    from . import tasks  # noqa: F401  (registers the wing's Celery tasks)
    from .benefits import campaign_modifier
    from .switch import campaign_at

    registry.register_reward_modifier("campaign", CAMPAIGN_STEP, campaign_modifier)
    registry.register_campaign_stamp(campaign_at)

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
