"""Wire campaigns and contests into the app: their beat entries."""

from __future__ import annotations

from django.conf import settings

SWITCH_SCHEDULE_NAME = "saleor_referrals.switch_campaigns"
DECIDE_SCHEDULE_NAME = "saleor_referrals.decide_contests"


def setup_campaigns() -> None:
    from celery import current_app

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
