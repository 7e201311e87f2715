"""App mode's own Celery tasks (the domain's are the plugin's, unchanged)."""

from __future__ import annotations

from typing import Any

from ..writer import referral_task
from .customers import forget_customer

RETRY = {
    "autoretry_for": (Exception,),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "max_retries": 8,
}


@referral_task(name="saleor_referrals.app.forget_customer", **RETRY)
def forget_customer_task(user_id: int) -> bool:
    """CUSTOMER_DELETED: the customer's referral data loses what identified them."""
    return forget_customer(user_id)


@referral_task(name="saleor_referrals.app.prepare_spare_schemas")
def prepare_spare_schemas_task() -> int:
    """An install took a spare schema: make the next one here (seconds of
    migrations), not in Saleor's install request. The number made."""
    from .tenancy import prepare_spares

    return len(prepare_spares())


@referral_task(name="saleor_referrals.app.each_installation")
def each_installation_task(task_name: str, *args: Any) -> int:
    """Beat in App mode: publish `task_name` (a sweep) once per installed
    instance, each inside its instance's context (so with its schema's header)."""
    from celery import current_app

    from .models import Installation
    from .tenancy import use_installation

    installations = list(Installation.objects.order_by("pk"))
    for installation in installations:
        with use_installation(installation):
            current_app.tasks[task_name].delay(*args)
    return len(installations)
