"""App mode's Celery app (Redis broker, `REFERRALS_APP_BROKER_URL`).

The beat entries the domain registers (release sweep, outbox sweep, the wings'
checks) each become `each_installation(<task>)`: beat has no instance, so the
entry publishes the sweep once per installed instance, in its context.
"""

from __future__ import annotations

from typing import Any

from celery import Celery

EACH_INSTALLATION = "saleor_referrals.app.each_installation"

app = Celery("saleor_referrals_app")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.set_default()


def per_installation_schedule(schedule: dict[str, dict[str, Any]]) -> None:
    """Rewrite the referral beat entries in place: each runs per instance."""
    for entry in schedule.values():
        task = entry.get("task", "")
        if task.startswith("saleor_referrals.") and task != EACH_INSTALLATION:
            entry["args"] = (task, *entry.get("args", ()))
            entry["task"] = EACH_INSTALLATION
