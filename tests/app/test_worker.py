"""A delivery's work through a real Redis broker and a real Celery worker: the
hand-off published after the endpoint's commit carries the instance's schema,
and the worker runs the domain's task there."""

from __future__ import annotations

import os
import time
import uuid

import pytest
from celery import Celery
from celery.contrib.testing.worker import start_worker
from django.test import Client

import saleor_referrals.tasks  # noqa: F401  (registers the shared tasks)
from saleor_referrals.models import Referral, ReferralStatus
from saleor_referrals.outbox import OutboxMessage

from .. import celery_app
from .conftest import deliver, order_payload
from .test_exactly_once import code_in_a, in_schema  # noqa: F401

REDIS_URL = os.environ.get("REFERRALS_APP_TEST_BROKER_URL", "redis://127.0.0.1:6379/8")
WAIT_SECONDS = 30

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def worker_app():
    """A non-eager app on Redis with a worker in this process (its own thread
    and database connection), consuming the referral queue."""
    app = Celery("referrals-app-worker-test", broker=REDIS_URL, backend=REDIS_URL)
    app.conf.task_always_eager = False
    app.conf.broker_connection_retry_on_startup = True
    with start_worker(
        app,
        pool="solo",
        perform_ping_check=False,
        loglevel="WARNING",
        queues=["referrals", "celery"],
    ):
        yield app
    celery_app.app.set_default()
    celery_app.app.set_current()


def test_the_worker_attributes_the_order_in_the_instances_schema(
    instances,
    code_in_a,  # noqa: F811
    saleor_a,
    worker_app,
):
    order_id = uuid.uuid4()
    payload = order_payload(order_id=order_id, voucher_code=code_in_a.code)

    assert deliver(Client(), saleor_a, payload).status_code == 200

    deadline = time.monotonic() + WAIT_SECONDS
    referral = None
    while referral is None and time.monotonic() < deadline:
        referral = in_schema(
            instances[0],
            lambda: Referral.objects.filter(order_id=str(order_id)).first(),
        )
        if referral is None:
            time.sleep(0.2)
    assert referral is not None, "the worker did not attribute the order"
    assert referral.status == ReferralStatus.PENDING
    processed = in_schema(
        instances[0],
        lambda: OutboxMessage.objects.filter(processed_at__isnull=False).count(),
    )
    deadline = time.monotonic() + WAIT_SECONDS
    while processed == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
        processed = in_schema(
            instances[0],
            lambda: OutboxMessage.objects.filter(processed_at__isnull=False).count(),
        )
    assert processed == 1
    assert in_schema(instances[1], lambda: Referral.objects.exists()) is False
    assert Referral.objects.exists() is False
