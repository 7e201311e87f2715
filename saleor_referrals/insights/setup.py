"""Wire the numbers into the app: the beat entries of the compaction and of the
leaderboard's snapshot, and the order events whose codes count without a referral
(repeat orders, member discounts)."""

from __future__ import annotations

from typing import Any

from ..domain_events import OrderPaid, OrderReversed, subscribe
from ..models import ReferralStatus

# A code or link on an order that is no referral, or a rejected one.
NOT_A_REFERRAL = ("", ReferralStatus.REJECTED)


def on_order_paid(event: OrderPaid) -> None:
    if event.referral_status not in NOT_A_REFERRAL:
        return
    from .member_discounts import record_member_discount
    from .repeat import record_repeat_order

    # A later order of a friend referred before (or a tier member's code):
    # revenue of that earlier referral.
    record_repeat_order(event.order)
    # A tier member's own code: the member discount's cost.
    record_member_discount(event.order)


def on_order_reversed(event: OrderReversed) -> None:
    if event.referral_status not in NOT_A_REFERRAL:
        return
    from .repeat import adjust_repeat_order

    # Maybe a later order of a friend referred before.
    adjust_repeat_order(event.order_id, event.reason, event.paid_after_refund)


def setup_insights(**kwargs: Any) -> None:
    from . import tasks  # registers the wing's Celery tasks and beat entry

    tasks.register_compaction()
    tasks.register_leaderboard_refresh()
    subscribe(OrderPaid, on_order_paid)
    subscribe(OrderReversed, on_order_reversed)
