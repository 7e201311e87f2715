"""Tasks through a real Redis broker and a real Celery worker, and the beat entry."""

import os

import pytest
from celery import Celery
from celery.contrib.testing.worker import start_worker

import saleor_referrals.tasks  # noqa: F401  (registers the shared tasks)
from saleor_referrals.apps import SWEEP_SCHEDULE_NAME
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.models import Reward, RewardStatus

from . import celery_app
from .conftest import make_user

REDIS_URL = os.environ.get("REFERRALS_BROKER_URL", "redis://127.0.0.1:6379/15")


def test_release_sweep_joins_the_beat_schedule():
    entry = celery_app.app.conf.beat_schedule[SWEEP_SCHEDULE_NAME]
    assert entry["task"] == "saleor_referrals.release_due_rewards"
    assert entry["schedule"] == 600.0


@pytest.fixture
def broker_app():
    """A non-eager app on Redis; shared tasks register themselves on it."""
    app = Celery("referrals-broker-test", broker=REDIS_URL, backend=REDIS_URL)
    app.conf.task_always_eager = False
    app.conf.broker_connection_retry_on_startup = True
    with start_worker(app, pool="solo", perform_ping_check=False, loglevel="WARNING"):
        yield app
    # Back to the suite's app: the default and the current one (a new app makes
    # itself current in this thread, which `set_default` alone does not undo).
    celery_app.app.set_default()
    celery_app.app.set_current()


def test_sweep_and_duplicate_release_through_redis(
    transactional_db, configure, program_settings, order_facts, broker_app, commerce
):
    from saleor_referrals import referrals

    program = configure(**{**program_settings, "hold_days": "5"})
    code = get_or_create_code(program, make_user("ada@example.com"))
    referrals.qualify_paid_order(
        order_facts(make_user("bob@example.com"), voucher_code=code.code)
    )
    reward = Reward.objects.get()
    sweep = broker_app.tasks["saleor_referrals.release_due_rewards"]
    release = broker_app.tasks["saleor_referrals.release_reward"]

    assert sweep.delay().get(timeout=20) == 0  # not due yet

    Reward.objects.filter(pk=reward.pk).update(release_at=reward.created_at)
    first = release.delay(reward.pk)
    second = release.delay(reward.pk)  # the same message delivered twice
    assert first.get(timeout=20) == second.get(timeout=20) == RewardStatus.ISSUED
    assert sweep.delay().get(timeout=20) == 0
    reward.refresh_from_db()
    assert reward.status == RewardStatus.ISSUED
    reward_vouchers = [v for v in commerce.vouchers.values() if v.single_use]
    assert len(reward_vouchers) == 1
