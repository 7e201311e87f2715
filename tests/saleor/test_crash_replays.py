"""Inside Saleor, a worker killed after each core step of a referred, paid order
loses none of the follow-ups, and nothing is paid or written twice.

The program has a two-tier ladder, a live campaign and a cause, so every kind of
follow-up is there: the friend-ordered, thank-you, reward-ready, donation and
promotion e-mails, the tier evaluation, the release hand-off. Each task the
order's hooks lead to runs as Saleor's worker runs it (`RestrictWriterDBTask`,
`CELERY_RESTRICT_WRITER_METHOD = restrict_writer`, every writer query outside
`allow_writer` recorded); each core task (attribution, qualification, release)
first runs with its worker dying the instant its step commits (`tests/crash.py`),
then again, as Celery redelivers it (`acks_late`, `reject_on_worker_lost`): the
re-run replays the step's events. Then every core task runs once more: nothing
changes.
"""

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from collections import Counter
from unittest.mock import patch

from celery.app.task import Task
from django.core import mail
from django.test import TestCase
from saleor.core.db.connection import allow_writer
from saleor.core.tasks import RestrictWriterDBTask
from saleor.giftcard import GiftCardEvents
from saleor.giftcard.models import GiftCard
from saleor.order.models import Order, OrderEvent
from saleor.plugins.manager import get_plugins_manager

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.emails.models import EmailLog
from saleor_referrals.models import (
    Referral,
    ReferralProgram,
    ReferralStatus,
    ReferralStatusChange,
    Reward,
    RewardKind,
    RewardStatus,
    RewardStatusChange,
    StoreCreditWallet,
)
from saleor_referrals.outbox import OutboxMessage
from saleor_referrals.tiers.models import TierChange, TierMembership

from ..background import LOOP_TASKS, OUTBOX_DELIVERY, QueuedTask, queued_tasks
from ..crash import killed_after_commit
from .background import (
    STORE_CREDIT_AT_ONCE,
    add_ladder_campaign_and_cause,
    referred_paid_order,
)
from .test_writer_rules import unsafe_writer_queries


def core_task_name(task: Task, args: tuple) -> str | None:
    """The core task a queued call runs (directly, or delivered from the outbox)."""
    name = args[1] if task.name == OUTBOX_DELIVERY and len(args) == 3 else task.name
    return name if name in LOOP_TASKS else None


def run_with_crashes(queue: list[QueuedTask]) -> list[tuple[str, QueuedTask]]:
    """Run `queue` in order, as Saleor's worker does; each core task first dies
    after its commit, then runs again. Returns the core tasks that died, with
    their calls."""
    killed: list[tuple[str, QueuedTask]] = []
    with patch.object(Task, "apply_async", _append_to(queue)):
        while queue:
            task, args, kwargs = queue.pop(0)
            assert isinstance(task, RestrictWriterDBTask), task.name
            if (name := core_task_name(task, args)) is not None:
                with unsafe_writer_queries() as unsafe, killed_after_commit():
                    task(*args, **kwargs)
                assert unsafe == [], unsafe
                killed.append((name, (task, args, kwargs)))
            with (
                unsafe_writer_queries() as unsafe,
                TestCase.captureOnCommitCallbacks(execute=True),
            ):
                task(*args, **kwargs)  # redelivered, or the first run of the others
            assert unsafe == [], unsafe
    return killed


def _append_to(queue: list[QueuedTask]):
    def enqueue(task: Task, args=None, kwargs=None, **options):
        queue.append((task, tuple(args or ()), dict(kwargs or {})))

    return enqueue


def what_exists(order: Order) -> dict:
    """Everything the order's background work writes or sends, counted."""
    with allow_writer():
        return {
            "emails": Counter(EmailLog.objects.values_list("kind", flat=True)),
            "sent": len(mail.outbox),
            "referral history": ReferralStatusChange.objects.count(),
            "reward history": RewardStatusChange.objects.count(),
            "rewards": sorted(Reward.objects.values_list("kind", "status", "amount")),
            "card events": list(
                GiftCard.objects.get().events.order_by("pk").values_list("type")
            ),
            "order events": OrderEvent.objects.filter(order=order).count(),
            "tier changes": TierChange.objects.count(),
            "memberships": list(TierMembership.objects.values_list("tier__name")),
            "outbox": OutboxMessage.objects.count(),
            "pending outbox": OutboxMessage.objects.filter(
                processed_at__isnull=True
            ).count(),
        }


@pytest.mark.django_db(transaction=True)
def test_a_referred_order_killed_after_each_core_step_loses_no_follow_up(
    configure, customer_user, customer_user2, friend_order
):
    assert configure(**STORE_CREDIT_AT_ONCE)["errors"] == []
    program = ReferralProgram.objects.get()
    add_ladder_campaign_and_cause(program)
    with allow_writer():
        code = get_or_create_code(program, customer_user)
    order = referred_paid_order(friend_order, customer_user2, code)
    with allow_writer():
        order = Order.objects.select_related("channel").get(pk=order.pk)
    manager = get_plugins_manager(allow_replica=False)
    with queued_tasks() as queue:
        manager.order_created(order)
        manager.order_fully_paid(order)

    killed = run_with_crashes(queue)

    # Attribution, qualification, release: each died once, then ran again.
    assert [name for name, _ in killed] == list(LOOP_TASKS)
    done = what_exists(order)
    # Every follow-up once: the e-mails, the promotion, the donation.
    assert done["emails"] == {
        "friend_ordered": 1,
        "thank_you": 1,
        "reward_released": 1,
        "donation_made": 1,
        "tier_promoted": 1,
    }
    assert done["sent"] == 5
    assert done["memberships"] == [("Silver",)]
    assert done["tier changes"] == 1
    with allow_writer():
        referral = Referral.objects.get()
        assert referral.status == ReferralStatus.REWARDED
        assert list(
            referral.status_changes.values_list("from_status", "to_status")
        ) == [
            ("", "pending"),
            ("pending", "qualified"),
            ("qualified", "approved"),
            ("approved", "rewarded"),
        ]
        credit = Reward.objects.get(kind=RewardKind.STORE_CREDIT)
        assert credit.status == RewardStatus.ISSUED
        assert Reward.objects.get(kind=RewardKind.DONATION).status == (
            RewardStatus.ISSUED
        )
        wallet = StoreCreditWallet.objects.get(user=customer_user)
        card = GiftCard.objects.get(pk=wallet.gift_card_id)
    # Paid once: the card holds the one credit.
    assert card.current_balance_amount == credit.amount
    assert [event for (event,) in done["card events"]] == [
        GiftCardEvents.ISSUED,
        GiftCardEvents.BALANCE_ADJUSTED,
        GiftCardEvents.NOTE_ADDED,
        GiftCardEvents.NOTE_ADDED,
    ]
    assert done["pending outbox"] == 0

    # Every core task once more (a late duplicate), and the release beat:
    # nothing changes.
    from saleor.celeryconf import app

    again = [call for _, call in killed]
    again.append((app.tasks["saleor_referrals.release_due_rewards"], (), {}))
    run_plainly(again)
    assert what_exists(order) == done


def run_plainly(queue: list[QueuedTask]) -> None:
    with patch.object(Task, "apply_async", _append_to(queue)):
        while queue:
            task, args, kwargs = queue.pop(0)
            with (
                unsafe_writer_queries() as unsafe,
                TestCase.captureOnCommitCallbacks(execute=True),
            ):
                task(*args, **kwargs)
            assert unsafe == [], unsafe
