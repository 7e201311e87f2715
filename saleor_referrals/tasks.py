"""Celery tasks: the slow part of every hook, each idempotent and safe to retry.

Saleor's Celery app discovers this module (`tasks.py` of an installed app). The
periodic sweep is added to the beat schedule in `apps.ReferralsConfig.ready`.

These are the core's tasks: one per order event, doing the core step and then
running, in the same task, the wings subscribed to the event it publishes
(`domain_events`). Each wing's own tasks live in its package (`tiers/tasks.py`
...), registered by its `setup` from `ReferralsConfig.ready()`; this module
imports no wing.

A worker can die (killed, out of memory) after a core step commits and before the
follow-ups that run after it. The core tasks are therefore acknowledged late and
redelivered when their worker is lost (`acks_late`, `reject_on_worker_lost`), and a
re-run that finds its step already done replays that step's events from the
history (`history.replay_changes`): the wings run again, each idempotent, so
nothing they owe is lost and nothing is done twice.
"""

from __future__ import annotations

import functools
import logging
from decimal import Decimal
from typing import Any

from django.db import DatabaseError
from django.db.models import Q

from . import domain_events, outbox, referrals, rewards
from .domain_events import OrderPaid, OrderReversed
from .facts import OrderFacts
from .history import replay_changes
from .models import (
    Referral,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
)
from .writer import allow_writer, referral_task

logger = logging.getLogger(__name__)

RETRY = {
    "autoretry_for": (DatabaseError,),
    "retry_backoff": 5,
    "retry_backoff_max": 600,
    "max_retries": 8,
}
# A core task whose worker died is delivered again (its re-run replays, above).
REDELIVER = {"acks_late": True, "reject_on_worker_lost": True}


@referral_task(name="saleor_referrals.attribute_order", **RETRY, **REDELIVER)
def attribute_order_task(facts: dict[str, Any]) -> int | None:
    with allow_writer(), domain_events.background() as step:
        referral = referrals.attribute_order(OrderFacts.from_json(facts))
        if referral is not None and not step.published:
            replay_attribution(referral)
    return referral.pk if referral else None


@referral_task(name="saleor_referrals.qualify_paid_order", **RETRY, **REDELIVER)
def qualify_paid_order_task(
    facts: dict[str, Any], thank_you: dict[str, Any] | None = None
) -> str | None:
    """`thank_you`: the paid order for the thank-you e-mail, sent in this task by
    the e-mails wing (`OrderPaid`); published again if the task is retried, and
    sent once (its log row)."""
    order = OrderFacts.from_json(facts)
    with allow_writer(), domain_events.background() as step:
        referral = referrals.qualify_paid_order(order)
        if referral is not None and not step.published:
            replay_qualification(referral)
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


@referral_task(name="saleor_referrals.reverse_order", **RETRY, **REDELIVER)
def reverse_order_task(
    order_id: str, reason: str, paid_after_refund: str | None = None
) -> int:
    paid = Decimal(paid_after_refund) if paid_after_refund is not None else None
    with allow_writer(), domain_events.background() as step:
        reversal = referrals.reverse_order(order_id, reason, paid_after_refund=paid)
        referral = reversal.referral
        if referral is not None and not step.published:
            replay_reversal(referral)
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


@referral_task(name="saleor_referrals.release_reward", **RETRY, **REDELIVER)
def release_reward_task(reward_id: int) -> str:
    with allow_writer(), domain_events.background() as step:
        reward = rewards.release(reward_id)
        if not step.published:
            replay_release(reward)
        return reward.status


@referral_task(name="saleor_referrals.release_due_rewards", **REDELIVER)
def release_due_rewards_task(limit: int = 500) -> int:
    """Release every due reward; catches any release whose own task was lost."""
    released = 0
    for reward_id in rewards.due_reward_ids(limit):
        # Each release under its `release_reward:<id>` outbox row, marked once its
        # follow-ups ran: if this worker dies in between, the outbox sweep runs
        # `release_reward`, which replays them.
        message = outbox.Message(
            rewards.RELEASE_TASK, (reward_id,), release_key(reward_id)
        )
        try:
            with allow_writer(), domain_events.background():
                reward = outbox.run_recorded(
                    message, functools.partial(rewards.release, reward_id)
                )
            if reward.status == RewardStatus.ISSUED:
                released += 1
        except Exception:  # one broken reward must not block the others
            logger.exception("Releasing referral reward %s failed", reward_id)
    return released


def release_key(reward_id: int) -> str:
    return f"release_reward:{reward_id}"


@referral_task(name="saleor_referrals.deliver_outbox_message", **RETRY, **REDELIVER)
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


# -- a re-run's replay: the events of the step it found done ------------------------
# Each is called only when the step published nothing (its work was done before):
# it costs a re-run one or two queries and the follow-ups' own idempotency checks.


def replay_attribution(referral: Referral) -> int:
    """The referral's first status (pending, or rejected at the door)."""
    return replay_changes(referral, referral_changes=Q(from_status=""))


def replay_qualification(referral: Referral) -> int:
    """The decision on the pending referral and the rewards it held; a held
    reward already due is handed to its release again (its hand-off ran after the
    commit that the dead worker may not have reached)."""
    if referral.status == ReferralStatus.PENDING:
        return 0  # not decided yet: nothing to replay
    replayed = replay_changes(
        referral,
        referral_changes=Q(from_status=ReferralStatus.PENDING),
        reward_changes=Q(from_status=""),
    )
    # The advocate's reward; a donation riding on it is released with it.
    held = Reward.objects.filter(
        referral=referral, side=RewardSide.ADVOCATE, status=RewardStatus.HELD
    ).exclude(kind=RewardKind.DONATION)
    for reward in held:
        rewards.schedule_release(reward)
    return replayed


def replay_reversal(referral: Referral) -> int:
    """The referral's closing and its rewards taken back."""
    if referral.status not in (ReferralStatus.REJECTED, ReferralStatus.REVERSED):
        return 0  # kept (a partial refund above the minimum): nothing was done
    return replay_changes(
        referral,
        referral_changes=Q(
            to_status__in=(ReferralStatus.REJECTED, ReferralStatus.REVERSED)
        )
        & ~Q(from_status=""),
        reward_changes=Q(to_status__in=(RewardStatus.CANCELLED, RewardStatus.REVOKED)),
    )


def replay_release(reward: Reward) -> int:
    """The release: the reward (and the donations released with it) issued or
    cancelled, the referral approved and rewarded."""
    if reward.status == RewardStatus.HELD:
        return 0  # not due, or blocked (its reason is recorded): nothing done
    released = Q(to_status__in=(RewardStatus.ISSUED, RewardStatus.CANCELLED))
    if reward.referral_id is None:  # a sign-up reward, a tier or milestone bonus
        return replay_changes(None, reward_changes=released & Q(reward=reward))
    return replay_changes(
        reward.referral,
        referral_changes=Q(
            to_status__in=(ReferralStatus.APPROVED, ReferralStatus.REWARDED)
        ),
        reward_changes=released,
    )
