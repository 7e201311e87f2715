"""Wire campaigns and contests into the app: their beat entries."""

from __future__ import annotations

from django.conf import settings

SWITCH_SCHEDULE_NAME = "saleor_referrals.switch_campaigns"


def setup_campaigns() -> None:
    from celery import current_app

    # A campaign's offer reaches the friend voucher at most this late.
    seconds = getattr(settings, "REFERRALS_CAMPAIGN_SWITCH_SECONDS", 60)
    current_app.add_periodic_task(
        float(seconds),
        current_app.signature("saleor_referrals.switch_campaigns"),
        name=SWITCH_SCHEDULE_NAME,
    )
