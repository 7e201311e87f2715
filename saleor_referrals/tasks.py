"""Celery tasks: the slow part of every hook, each idempotent and safe to retry.

Saleor's Celery app discovers this module (`tasks.py` of an installed app). The
periodic sweep is added to the beat schedule in `apps.ReferralsConfig.ready`.

These are the core's tasks: one per order event, doing the core step and then
running, in the same task, the wings subscribed to the event it publishes
(`domain_events`). Each wing's own tasks live in its package (`tiers/tasks.py`
...), registered by its `setup` from `ReferralsConfig.ready()`; this module
imports no wing.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from django.db import DatabaseError

from . import domain_events, outbox, referrals, rewards
from .domain_events import OrderPaid, OrderReversed
from .facts import OrderFacts
from .models import RewardStatus
from .writer import allow_writer, referral_task

logger = logging.getLogger(__name__)

RETRY = {
    "autoretry_for": (DatabaseError,),
    "retry_backoff": 5,
    "retry_backoff_max": 600,
    "max_retries": 8,
}


@referral_task(name="saleor_referrals.attribute_order", **RETRY)
def attribute_order_task(facts: dict[str, Any]) -> int | None:
    with allow_writer(), domain_events.background():
        referral = referrals.attribute_order(OrderFacts.from_json(facts))
    return referral.pk if referral else None


@referral_task(name="saleor_referrals.qualify_paid_order", **RETRY)
def qualify_paid_order_task(
    facts: dict[str, Any], thank_you: dict[str, Any] | None = None
) -> str | None:
    """`thank_you`: the paid order for the thank-you e-mail, sent in this task by
    the e-mails wing (`OrderPaid`); published again if the task is retried, and
    sent once (its log row)."""
    order = OrderFacts.from_json(facts)
    with allow_writer(), domain_events.background():
        referral = referrals.qualify_paid_order(order)
        # The wings in this task: numbers count a code on an order that is no
        # referral (a repeat order, a tier member's discount).
        domain_events.publish(
            OrderPaid(
                order=order,
                referral_id=referral.pk if referral else None,
                referral_status=str(referral.status) if referral else "",
                thank_you=thank_you,
                program=referral.program if referral else None,
            ),
            committed=True,
        )
    return referral.status if referral else None


@referral_task(name="saleor_referrals.reverse_order", **RETRY)
def reverse_order_task(
    order_id: str, reason: str, paid_after_refund: str | None = None
) -> int:
    paid = Decimal(paid_after_refund) if paid_after_refund is not None else None
    with allow_writer(), domain_events.background():
        reversal = referrals.reverse_order(order_id, reason, paid_after_refund=paid)
        referral = reversal.referral
        domain_events.publish(
            OrderReversed(
                order_id=order_id,
                reason=reason,
                paid_after_refund=paid,
                referral_id=referral.pk if referral else None,
                referral_status=str(referral.status) if referral else "",
            ),
            committed=True,
        )
    return reversal.reversed_rewards


@referral_task(name="saleor_referrals.release_reward", **RETRY)
def release_reward_task(reward_id: int) -> str:
    with allow_writer(), domain_events.background():
        return rewards.release(reward_id).status


@referral_task(name="saleor_referrals.release_due_rewards")
def release_due_rewards_task(limit: int = 500) -> int:
    """Release every due reward; catches any release whose own task was lost."""
    released = 0
    for reward_id in rewards.due_reward_ids(limit):
        try:
            with allow_writer(), domain_events.background():
                if rewards.release(reward_id).status == RewardStatus.ISSUED:
                    released += 1
        except Exception:  # one broken reward must not block the others
            logger.exception("Releasing referral reward %s failed", reward_id)
    return released


@referral_task(name="saleor_referrals.deliver_outbox_message", **RETRY)
def deliver_outbox_message_task(
    key: str, task_name: str | None = None, args: list[Any] | None = None
) -> str:
    """Run one outbox message (see `outbox`). Handed off with its task and
    arguments right after commit; by key alone (locked, skipped when already
    processed) from the sweep or from an older hand-off."""
    if task_name is None:
        return outbox.deliver(key)
    return outbox.deliver_handed_off(key, task_name, args or [])


@referral_task(name="saleor_referrals.outbox_sweep")
def outbox_sweep_task(limit: int = 500) -> int:
    """Beat: deliver what a broker outage or a failed task left in the outbox."""
    delivered = outbox.deliver_pending(limit)
    outbox.purge_processed()
    return delivered
