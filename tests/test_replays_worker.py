"""A real worker process killed after a release commits, on the real Redis broker.

The release of a due reward is published to Redis; a worker process
(`tests/dying_worker.py`, with `REFERRALS_DIE_AFTER_COMMIT=1`) takes it and exits
(`os._exit`) the instant the release's transaction commits: the reward is issued
and the referral rewarded, the "reward released" e-mail and the tier evaluation
never ran, and the message was never acknowledged (`acks_late`). A second worker
gets the message again from Redis once its visibility timeout is over, finds the
reward issued and replays the release's events: the e-mail is sent and the
advocate promoted, once; the ledger is as the first worker left it.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from django.conf import settings as django_settings
from django.db import connection
from django.utils import timezone

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.emails.models import EmailLog
from saleor_referrals.models import (
    Referral,
    ReferralStatus,
    Reward,
    RewardStatus,
    RewardStatusChange,
)
from saleor_referrals.tasks import (
    attribute_order_task,
    qualify_paid_order_task,
    release_reward_task,
)
from saleor_referrals.tiers.models import TierMembership

from .broker import publishing_to
from .celery_app import app as current_app
from .conftest import make_user
from .tiers_helpers import add_tier, silver

ROOT = Path(__file__).resolve().parent.parent
VISIBILITY_TIMEOUT = 2  # seconds before Redis hands an unacknowledged message out


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@contextlib.contextmanager
def worker_process(
    queue: str, log: Path, env: dict[str, str]
) -> Iterator[subprocess.Popen]:
    """A solo-pool worker of `tests.dying_worker` on `queue`, in a session of its
    own; killed (with its group) on the way out if still running."""
    command = [
        sys.executable,
        "-m",
        "celery",
        "--app",
        "tests.dying_worker",
        "worker",
        "--queues",
        queue,
        "--pool",
        "solo",
        "--hostname",
        f"replay-{uuid.uuid4().hex[:8]}@%h",
        "--without-heartbeat",
        "--without-gossip",
        "--without-mingle",
        "--loglevel",
        "INFO",
    ]
    with log.open("w") as output:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def released_emails() -> int:
    return EmailLog.objects.filter(kind="reward_released").count()


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_after_the_release_commits_loses_no_follow_up(
    settings, tmp_path, configure, program_settings, order_facts, advocate
):
    program = configure(
        **{
            **program_settings,
            "advocate_reward_type": "store_credit",
            "hold_days": "14",
        }
    )
    add_tier(program, silver(min_referrals=1))
    code = get_or_create_code(program, advocate)
    facts = order_facts(make_user("friend@example.com"), voucher_code=code.code)
    attribute_order_task(facts.to_json())
    qualify_paid_order_task(facts.to_json())
    reward = Reward.objects.get()
    Reward.objects.filter(pk=reward.pk).update(
        release_at=timezone.now() - timedelta(seconds=1)
    )

    broker_url = django_settings.CELERY_BROKER_URL
    queue = f"referrals-replay-{uuid.uuid4().hex[:8]}"  # nobody else's
    settings.REFERRALS_CELERY_QUEUE = queue
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "REFERRALS_BROKER_URL": broker_url,
        "REFERRALS_DB_NAME": connection.settings_dict["NAME"],  # the test database
        "REFERRALS_CELERY_QUEUE": queue,
        "REFERRALS_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
    }
    client = redis.Redis.from_url(broker_url)
    try:
        with publishing_to(current_app, broker_url):
            release_reward_task.delay(reward.pk)
        assert client.llen(queue) == 1

        dying_log = tmp_path / "dying.log"
        with worker_process(
            queue, dying_log, {**env, "REFERRALS_DIE_AFTER_COMMIT": "1"}
        ) as dying:
            assert wait_for(lambda: dying.poll() is not None), dying_log.read_text()
        assert dying.returncode == 137, dying_log.read_text()
        # Committed: the money. Lost with the process: what runs after the commit.
        assert Reward.objects.get().status == RewardStatus.ISSUED
        assert Referral.objects.get().status == ReferralStatus.REWARDED
        assert released_emails() == 0
        assert not TierMembership.objects.filter(tier__isnull=False).exists()
        ledger = list(RewardStatusChange.objects.values_list("pk", "to_status"))
        assert client.llen(queue) == 0  # taken, never acknowledged

        time.sleep(VISIBILITY_TIMEOUT + 1)
        second_log = tmp_path / "second.log"
        with worker_process(queue, second_log, env):
            assert wait_for(
                lambda: released_emails() == 1
                and TierMembership.objects.filter(tier__name="Silver").exists()
                and "succeeded" in second_log.read_text()
            ), second_log.read_text()
            time.sleep(1)  # anything still to come would land now
        assert released_emails() == 1
        assert EmailLog.objects.filter(kind="tier_promoted").count() == 1
        assert TierMembership.objects.get(advocate=advocate).tier.name == "Silver"
        assert list(RewardStatusChange.objects.values_list("pk", "to_status")) == ledger
        assert "saleor_referrals.release_reward" in second_log.read_text()
        assert client.llen(queue) == 0
    finally:
        client.delete(queue, f"_kombu.binding.{queue}")
        client.close()
