"""A referral that becomes converted, or stops being converted, re-evaluates its
advocate's tier: an outbox row in the status change's own transaction, handed to
Celery after commit, so no promotion is lost to a broker outage."""

from __future__ import annotations

from typing import Any

from .. import outbox, registry
from ..models import Referral
from ..signals import referral_status_changed
from .counting import CONVERTED_STATUSES
from .setup import WING


def on_referral_status_changed(
    sender: Any,
    referral: Referral,
    from_status: str,
    to_status: str,
    reason: str,
    **kwargs: Any,
) -> None:
    was, now = from_status in CONVERTED_STATUSES, to_status in CONVERTED_STATUSES
    if was == now or referral.advocate_id is None:
        return
    if not registry.configured(referral.program, WING):
        return  # no tier and no milestone: nothing to evaluate, no query
    from .tasks import evaluate_tier_task

    args = (
        referral.program_id,
        referral.advocate_id,
        f"referral {referral.pk} {to_status}: {reason}"[:200],
    )
    # A referral enters and leaves the converted statuses at most once each.
    key = f"tier-evaluation:referral:{referral.pk}:{to_status}"
    outbox.send(evaluate_tier_task, *args, key=key)


def connect() -> None:
    referral_status_changed.connect(
        on_referral_status_changed,
        sender=Referral,
        dispatch_uid="saleor_referrals.tiers.referral_status",
    )
