"""A broker outage during a friend's checkout, inside Saleor (issue 9, A).

Saleor's test settings run Celery eagerly (`.delay()` runs the task in place and
never touches a broker). Here Saleor's Celery app stops being eager and publishes to
a closed local port for the duration of checkoutComplete, so every hand-off meets a
real `kombu.exceptions.OperationalError`.
"""

import logging
from datetime import timedelta

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

from saleor.celeryconf import app as saleor_celery_app
from saleor.order.models import Order

from saleor_referrals import tasks
from saleor_referrals.models import Referral, ReferralStatus, Reward, RewardStatus
from saleor_referrals.outbox import OutboxMessage
from tests.broker import broker_down

from .test_referral_loop import add_promo_code


def test_checkout_complete_during_a_broker_outage_loses_no_referral(
    advocate_code,
    friend_client,
    ready_checkout,
    pay_and_complete,
    django_capture_on_commit_callbacks,
    caplog,
):
    assert (
        add_promo_code(friend_client, ready_checkout, advocate_code.code)["errors"]
        == []
    )
    with caplog.at_level(logging.ERROR), broker_down(saleor_celery_app):
        completed = pay_and_complete(friend_client, ready_checkout)

    # The shopper sees an order, not our failure.
    assert completed["errors"] == []
    order = Order.objects.get(number=completed["order"]["number"])
    assert completed["order"]["chargeStatus"] == "FULL"
    assert "OperationalError" in caplog.text
    # Nothing was delivered; everything the hooks handed over is in the outbox.
    assert not Referral.objects.exists()
    pending = OutboxMessage.objects.filter(processed_at__isnull=True)
    assert sorted(pending.values_list("dedupe_key", flat=True)) == [
        f"attribute_order:{order.pk}",
        f"qualify_paid_order:{order.pk}",  # with the thank-you, sent in its task
    ]

    # The broker is back; beat's sweep (eager again) runs, then runs again.
    pending.update(created_at=order.created_at - timedelta(minutes=5))
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.outbox_sweep_task.delay().get() == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.outbox_sweep_task.delay().get() == 0

    referral = Referral.objects.get()
    assert referral.order_id == str(order.pk)
    assert referral.advocate == advocate_code.user
    assert [change.to_status for change in referral.status_changes.all()] == [
        "pending",
        "qualified",
        "approved",
        "rewarded",
    ]
    assert referral.status == ReferralStatus.REWARDED
    assert Reward.objects.get().status == RewardStatus.ISSUED
    assert not OutboxMessage.objects.filter(processed_at__isnull=True).exists()
