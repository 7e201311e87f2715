"""The outbox: a broker outage loses no referral work and fails no request.

The broker really refuses connections here (the current Celery app publishes to a
closed local port); "back" is the real Redis of the suite (`REFERRALS_BROKER_URL`)
with a real worker.
"""

import logging
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from saleor_referrals import outbox, tasks
from saleor_referrals.apps import OUTBOX_SWEEP_SCHEDULE_NAME
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import (
    Referral,
    ReferralStatus,
    Reward,
    RewardStatus,
)
from saleor_referrals.outbox import OutboxMessage

from . import celery_app
from .broker import broker_down
from .conftest import make_user
from .race import race_outcomes
from .test_tasks import broker_app  # noqa: F401  (a real worker on Redis)


@pytest.fixture(autouse=True)
def suite_app_is_current():
    """Hand-offs go to the current app; a Celery() made by a fixture becomes it."""
    celery_app.app.set_current()
    yield
    celery_app.app.set_current()


@pytest.fixture
def referred_order(configure, program_settings, order_facts):
    program = configure(**program_settings)
    code = get_or_create_code(program, make_user("ada@example.com"))
    return order_facts(make_user("bob@example.com"), voucher_code=code.code)


def send_order_work(facts) -> None:
    """What the plugin's order_created and order_fully_paid hooks record."""
    with transaction.atomic():  # the order's transaction
        outbox.send(
            tasks.attribute_order_task,
            facts.to_json(),
            key=f"attribute_order:{facts.order_id}",
        )
    with transaction.atomic():
        outbox.send(
            tasks.qualify_paid_order_task,
            facts.to_json(),
            key=f"qualify_paid_order:{facts.order_id}",
        )


def age_pending_rows(minutes: int = 2) -> None:
    """Let the hand-off grace pass, as the beat period would."""
    OutboxMessage.objects.filter(processed_at__isnull=True).update(
        created_at=timezone.now() - timedelta(minutes=minutes)
    )


def test_outbox_sweep_joins_the_beat_schedule():
    entry = celery_app.app.conf.beat_schedule[OUTBOX_SWEEP_SCHEDULE_NAME]
    assert entry["task"] == "saleor_referrals.outbox_sweep"
    assert entry["schedule"] == 5 * 60.0


def test_broker_outage_keeps_the_work_and_the_sweep_delivers_it_once(
    transactional_db,
    referred_order,
    broker_app,  # noqa: F811
    caplog,
):
    # The worker is up, but publishing (what a hook's hand-off does) is refused.
    with caplog.at_level(logging.ERROR), broker_down(broker_app):
        send_order_work(referred_order)  # must not raise

    assert "the outbox sweep retries rows" in caplog.text
    assert "OperationalError" in caplog.text  # kombu's: the connection was refused
    pending = OutboxMessage.objects.filter(processed_at__isnull=True)
    assert sorted(pending.values_list("task_name", flat=True)) == [
        "saleor_referrals.attribute_order",
        "saleor_referrals.qualify_paid_order",
    ]
    assert not Referral.objects.exists()

    # The broker is back: beat's sweep runs on a real worker, twice.
    sweep = broker_app.tasks["saleor_referrals.outbox_sweep"]
    assert sweep.delay().get(timeout=30) == 0  # still inside the hand-off grace
    age_pending_rows()
    assert sweep.delay().get(timeout=30) == 2
    assert sweep.delay().get(timeout=30) == 0

    referral = Referral.objects.get()
    assert referral.status == ReferralStatus.REWARDED
    assert Reward.objects.get().status == RewardStatus.ISSUED
    # The order's own work is done; what it caused (e-mails, the tier evaluation) was
    # handed to the worker after the sweep's commit and may still be in flight.
    assert not OutboxMessage.objects.filter(
        processed_at__isnull=True,
        task_name__in=[
            "saleor_referrals.attribute_order",
            "saleor_referrals.qualify_paid_order",
        ],
    )


def test_concurrent_sweeps_deliver_each_message_once(transactional_db, referred_order):
    with broker_down(celery_app.app):
        send_order_work(referred_order)
    age_pending_rows()

    outcomes, errors = race_outcomes(
        lambda: outbox.deliver_pending(older_than=timedelta(0))
    )
    assert errors == []
    assert sum(outcomes) >= 2  # the two order messages, plus e-mails they caused
    assert Referral.objects.count() == 1
    assert Reward.objects.count() == 1
    assert Reward.objects.get().status == RewardStatus.ISSUED
    delivered = OutboxMessage.objects.exclude(processed_at=None)
    assert delivered.filter(task_name__endswith="_order").count() == 2
    assert all(message.attempts == 1 for message in delivered)


def test_a_repeated_event_writes_one_row(db, referred_order):
    for _ in range(3):
        send_order_work(referred_order)
    assert OutboxMessage.objects.count() == 2


def test_send_after_commit_swallows_a_broker_outage(
    transactional_db, referred_order, caplog
):
    with (
        caplog.at_level(logging.ERROR),
        broker_down(celery_app.app),
        transaction.atomic(),
    ):
        outbox.send_after_commit(tasks.release_reward_task, 12345)
    assert "Handing" in caplog.text
    assert not OutboxMessage.objects.exists()


def test_a_failing_message_stays_pending_with_its_error(db, monkeypatch):
    def broken(*args):
        raise RuntimeError("shop is down")

    monkeypatch.setattr(tasks.reverse_order_task, "run", broken)
    outbox.send(tasks.reverse_order_task, "order-1", "order cancelled", key="k1")

    with pytest.raises(RuntimeError):
        outbox.deliver("k1")
    assert outbox.deliver_pending(older_than=timedelta(0)) == 0  # logged, not raised
    message = OutboxMessage.objects.get()
    assert message.processed_at is None
    assert message.attempts == 2
    assert "shop is down" in message.last_error

    # Given up after MAX_ATTEMPTS: the sweep leaves it for a person.
    OutboxMessage.objects.update(attempts=outbox.MAX_ATTEMPTS)
    assert outbox.pending_keys(10, older_than=timedelta(0)) == []


def test_delivery_skips_a_processed_message(db, referred_order):
    send_order_work(referred_order)
    key = f"attribute_order:{referred_order.order_id}"
    assert outbox.deliver(key) == outbox.Outcome.DELIVERED
    assert outbox.deliver(key) == outbox.Outcome.SKIPPED
    assert Referral.objects.count() == 1


def test_purge_drops_only_old_processed_rows(db, settings):
    settings.REFERRALS_OUTBOX_KEEP_DAYS = 30
    now = timezone.now()
    OutboxMessage.objects.bulk_create(
        [
            OutboxMessage(
                task_name="t", dedupe_key="old", processed_at=now - timedelta(days=31)
            ),
            OutboxMessage(task_name="t", dedupe_key="recent", processed_at=now),
            OutboxMessage(
                task_name="t", dedupe_key="pending", created_at=now - timedelta(days=90)
            ),
        ]
    )
    assert outbox.purge_processed() == 1
    assert set(OutboxMessage.objects.values_list("dedupe_key", flat=True)) == {
        "recent",
        "pending",
    }


def test_outside_a_transaction_the_row_is_committed_and_the_outage_quiet(
    transactional_db, referred_order, caplog
):
    """Saleor may call a hook outside any atomic block: the INSERT commits at once
    and the hand-off runs at once, its broker error logged, not raised."""
    key = f"attribute_order:{referred_order.order_id}"
    with caplog.at_level(logging.ERROR), broker_down(celery_app.app):
        outbox.send(tasks.attribute_order_task, referred_order.to_json(), key=key)
        assert "OperationalError" in caplog.text
    assert OutboxMessage.objects.get().dedupe_key == key
    assert outbox.deliver(key) == outbox.Outcome.DELIVERED
    assert Referral.objects.count() == 1
