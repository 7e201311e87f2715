"""Inside Saleor: referral tasks go to their own queue on Saleor's Celery app, Saleor's
tasks stay on its default queue (`celery`, which its worker consumes).

The routing is read as Celery routes a send (`app.amqp.router`); the outbox
hand-off after a real order's hooks is then published to a real Redis (a DB of the
suite's own, a queue name nobody else uses) and counted there.
"""

import os
import uuid

import pytest

pytest.importorskip("saleor", reason="Saleor is not importable (README)")

import redis
from celery.beat import ScheduleEntry, Scheduler
from saleor.celeryconf import app

from saleor_referrals import outbox
from saleor_referrals.writer import TASK_PREFIX
from tests.broker import publishing_to

BROKER_URL = os.environ.get(
    "REFERRALS_QUEUE_TEST_BROKER_URL", "redis://127.0.0.1:6379/10"
)


def routed_queue(name: str, options: dict | None = None) -> str:
    task = app.tasks.get(name)
    sent = dict(task._get_exec_options()) if task else {}
    sent.update(options or {})
    return app.amqp.router.route(sent, name, (), {}, task)["queue"].name


def test_saleors_app_routes_referral_tasks_and_beat_to_the_referrals_queue(settings):
    ours = [name for name in app.tasks if name.startswith(TASK_PREFIX)]
    saleors = [name for name in app.tasks if name.startswith("saleor.")]
    assert len(ours) >= 25 and saleors
    assert {routed_queue(name) for name in ours} == {"referrals"}
    # Saleor's tasks keep their queues: its default `celery`, or their own.
    assert "referrals" not in {routed_queue(name) for name in saleors}
    assert routed_queue("saleor.core.tasks.delete_from_storage_task") == "celery"
    beat = [
        entry
        for entry in app.conf.beat_schedule.values()
        if entry["task"].startswith(TASK_PREFIX)
    ]
    assert len(beat) == 9
    assert {routed_queue(e["task"], e.get("options")) for e in beat} == {"referrals"}

    settings.REFERRALS_CELERY_QUEUE = "referral-bulk"
    assert {routed_queue(name) for name in ours} == {"referral-bulk"}
    assert "referral-bulk" not in {routed_queue(name) for name in saleors}


def test_the_outbox_hand_off_is_published_to_the_referrals_queue(
    db, settings, django_capture_on_commit_callbacks
):
    queue = f"referrals-test-{uuid.uuid4().hex[:8]}"
    settings.REFERRALS_CELERY_QUEUE = queue
    client = redis.Redis.from_url(BROKER_URL)
    try:
        before = client.llen("celery")
        with (
            publishing_to(app, BROKER_URL),
            django_capture_on_commit_callbacks(execute=True),
        ):
            outbox.send("saleor_referrals.release_due_rewards", key=f"queue-{queue}")
        assert client.llen(queue) == 1
        assert client.llen("celery") == before
    finally:
        client.delete(queue, f"_kombu.binding.{queue}")
        client.close()


def test_beat_publishes_our_entries_to_the_referrals_queue(settings):
    """Beat's scheduler sends each of our entries (through Saleor's app and its
    router) to a real Redis: all of them land in the referral queue."""
    queue = f"referrals-test-{uuid.uuid4().hex[:8]}"
    settings.REFERRALS_CELERY_QUEUE = queue
    entries = {
        key: entry
        for key, entry in app.conf.beat_schedule.items()
        if entry["task"].startswith(TASK_PREFIX)
    }
    client = redis.Redis.from_url(BROKER_URL)
    try:
        with publishing_to(app, BROKER_URL):
            scheduler = Scheduler(app, lazy=True)
            for key, entry in entries.items():
                scheduler.apply_async(ScheduleEntry(name=key, app=app, **entry))
        assert client.llen(queue) == len(entries) == 9
    finally:
        client.delete(queue, f"_kombu.binding.{queue}")
        client.close()
