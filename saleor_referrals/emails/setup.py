"""Wiring done once from `ReferralsConfig.ready()`."""

from __future__ import annotations

from django.conf import settings

NUDGE_SCHEDULE_NAME = "saleor_referrals.email_nudges"


def setup_emails() -> None:
    from . import receivers, tasks  # noqa: F401  (tasks: registers the Celery tasks)

    receivers.connect()
    register_nudge_schedule()


def register_nudge_schedule() -> None:
    """Add the reminder sweep to the beat schedule of the running Celery app.

    Daily by default; each program's `nudge_after_days` decides who is due, and a
    program with 0 (the default) sends none.
    """
    from celery import current_app

    hours = getattr(settings, "REFERRALS_NUDGE_SWEEP_HOURS", 24)
    current_app.add_periodic_task(
        hours * 3600.0,
        current_app.signature(NUDGE_SCHEDULE_NAME),
        name=NUDGE_SCHEDULE_NAME,
    )
