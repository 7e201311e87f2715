"""Wiring done once from `ReferralsConfig.ready()`."""

from __future__ import annotations

from django.conf import settings

REPAIR_SCHEDULE_NAME = "saleor_referrals.repair_dashboard_edits"


def setup_dashboard() -> None:
    from .. import registry
    from . import receivers, tasks  # noqa: F401  (tasks: registers the Celery tasks)
    from .notes import note_wallet_debit, wallet_credit_notes

    registry.register_wallet_notes(wallet_credit_notes, note_wallet_debit)
    receivers.connect()
    register_repair_schedule()


def register_repair_schedule() -> None:
    """Add the Dashboard-edit check to the beat schedule of the running Celery app
    (hourly by default: `REFERRALS_DASHBOARD_CHECK_MINUTES`)."""
    from celery import current_app

    minutes = getattr(settings, "REFERRALS_DASHBOARD_CHECK_MINUTES", 60)
    current_app.add_periodic_task(
        minutes * 60.0,
        current_app.signature(REPAIR_SCHEDULE_NAME),
        name=REPAIR_SCHEDULE_NAME,
    )
