"""Referral tasks go to a Celery queue of their own (`REFERRALS_CELERY_QUEUE`).

The routing is read from the app as Celery itself routes a send (`app.amqp.router`);
the broker test then shows it with real worker processes on the real Redis: a
worker of the default queue only (`celery`, Saleor's) leaves a referral task
waiting, a worker of the referral queue runs it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from celery.beat import ScheduleEntry, Scheduler
from django.conf import settings as django_settings
from django.db import connection, transaction

from saleor_referrals import outbox
from saleor_referrals.outbox import OutboxMessage
from saleor_referrals.writer import TASK_PREFIX, celery_queue, route_referral_tasks

from .broker import publishing_to
from .celery_app import app as current_app  # the app `ready()` configured

ROOT = Path(__file__).resolve().parent.parent
# Every beat entry the plugin adds (apps.py and the wings' setup).
BEAT_TASKS = {
    "saleor_referrals.release_due_rewards",
    "saleor_referrals.outbox_sweep",
    "saleor_referrals.compact_daily_totals",
    "saleor_referrals.refresh_leaderboards",
    "saleor_referrals.sweep_tiers",
    "saleor_referrals.switch_campaigns",
    "saleor_referrals.decide_contests",
    "saleor_referrals.email_nudges",
    "saleor_referrals.repair_dashboard_edits",
}


def routed_queue(name: str, options: dict | None = None) -> str:
    """The queue Celery publishes a send of task `name` to, as `send_task` routes
    it (with the task's own options, as `apply_async` passes them)."""
    task = current_app.tasks.get(name)
    sent = dict(task._get_exec_options()) if task else {}
    sent.update(options or {})
    return current_app.amqp.router.route(sent, name, (), {}, task)["queue"].name


def referral_task_names() -> list[str]:
    return sorted(name for name in current_app.tasks if name.startswith(TASK_PREFIX))


def beat_entries() -> dict[str, dict]:
    return {
        key: entry
        for key, entry in current_app.conf.beat_schedule.items()
        if entry["task"].startswith(TASK_PREFIX)
    }


def test_every_referral_task_routes_to_the_referrals_queue():
    names = referral_task_names()
    assert len(names) >= 25, names  # the core's and every wing's
    assert celery_queue() == "referrals"
    assert {name: routed_queue(name) for name in names} == dict.fromkeys(
        names, "referrals"
    )
    # Others keep the app's default queue (Saleor's: `celery`).
    assert routed_queue("celery.accumulate") == "celery"
    assert routed_queue("saleor.some_task") == "celery"


def test_every_beat_entry_routes_to_the_referrals_queue():
    entries = beat_entries()
    assert {entry["task"] for entry in entries.values()} == BEAT_TASKS
    for entry in entries.values():
        assert routed_queue(entry["task"], entry["options"]) == "referrals"
        # Also when beat sends by name (the registry of beat's process lacks it).
        route = current_app.amqp.router.route(dict(entry["options"]), entry["task"])
        assert route["queue"].name == "referrals"


def test_the_setting_changes_the_queue_of_tasks_and_beat_entries(settings):
    settings.REFERRALS_CELERY_QUEUE = "referral-bulk"
    assert {routed_queue(name) for name in referral_task_names()} == {"referral-bulk"}
    assert {
        routed_queue(entry["task"], entry["options"])
        for entry in beat_entries().values()
    } == {"referral-bulk"}
    assert routed_queue("celery.accumulate") == "celery"


def test_the_environment_names_the_queue_when_the_settings_do_not(
    settings, monkeypatch
):
    del settings.REFERRALS_CELERY_QUEUE  # absent from Saleor's settings
    monkeypatch.setenv("REFERRALS_CELERY_QUEUE", "from-env")
    assert routed_queue("saleor_referrals.attribute_order") == "from-env"
    settings.REFERRALS_CELERY_QUEUE = "from-settings"
    assert routed_queue("saleor_referrals.attribute_order") == "from-settings"


def test_an_explicit_queue_and_the_deployments_routes_win():
    assert routed_queue("saleor_referrals.order_note", {"queue": "x"}) == "x"
    saved = current_app.conf.task_routes
    current_app.conf.task_routes = None  # as in a deployment's settings
    try:
        current_app.conf.task_routes = {"saleor_referrals.order_note": "notes"}
        route_referral_tasks(current_app)
        assert routed_queue("saleor_referrals.order_note") == "notes"
        assert routed_queue("saleor_referrals.evaluate_tier") == "referrals"
        route_referral_tasks(current_app)  # once only
        assert len(current_app.conf.task_routes) == 2
    finally:
        current_app.conf.task_routes = saved
        current_app.amqp.flush_routes()
        current_app.amqp.__dict__.pop("router", None)


# -- real worker processes on the real Redis -------------------------------------


@contextlib.contextmanager
def worker(
    queue: str, log: Path, env: dict[str, str], prefetch: int | None = None
) -> Iterator[None]:
    """A Celery worker process of the suite's app consuming only `queue`, started in
    a session of its own and killed (with its group) on the way out. Returns once it
    says it is ready. `prefetch`: messages it reserves ahead (Celery's default: 4)."""
    command = [
        sys.executable,
        "-m",
        "celery",
        "--app",
        "tests.celery_app",
        "worker",
        "--queues",
        queue,
        "--pool",
        "solo",
        "--hostname",
        f"{queue}-{uuid.uuid4().hex[:8]}@%h",
        "--without-heartbeat",
        "--without-gossip",
        "--without-mingle",
        "--loglevel",
        "INFO",
        *(["--prefetch-multiplier", str(prefetch)] if prefetch else []),
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
        wait_for(lambda: " ready." in log.read_text() or process.poll() is not None)
        assert process.poll() is None, log.read_text()
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def wait_for(condition, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def processed(key: str) -> bool:
    return OutboxMessage.objects.filter(
        dedupe_key=key, processed_at__isnull=False
    ).exists()


@pytest.mark.django_db(transaction=True)
def test_only_a_worker_of_the_referrals_queue_runs_referral_tasks(settings, tmp_path):
    broker_url = django_settings.CELERY_BROKER_URL
    queue = f"referrals-test-{uuid.uuid4().hex[:8]}"  # nobody else's
    settings.REFERRALS_CELERY_QUEUE = queue
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "REFERRALS_BROKER_URL": broker_url,
        "REFERRALS_DB_NAME": connection.settings_dict["NAME"],  # the test database
        "REFERRALS_CELERY_QUEUE": queue,
    }
    client = redis.Redis.from_url(broker_url)
    key = f"queue-test-{uuid.uuid4().hex}"
    try:
        with publishing_to(current_app, broker_url) as app:
            # Our normal path: an outbox row, handed to Celery after commit.
            with transaction.atomic():
                outbox.send("saleor_referrals.release_due_rewards", key=key)
            assert client.llen(queue) == 1  # published to the referrals queue

            with worker("celery", tmp_path / "celery.log", env):
                # The worker runs what goes to its queue...
                control = app.send_task("celery.accumulate", args=(1,))
                assert wait_for(
                    lambda: f"[{control.id}] succeeded"
                    in (tmp_path / "celery.log").read_text()
                ), (tmp_path / "celery.log").read_text()
                # ...and leaves the referral task waiting.
                time.sleep(2)
                assert not processed(key)
                assert client.llen(queue) == 1

            with worker(queue, tmp_path / "referrals.log", env):
                assert wait_for(lambda: processed(key)), (
                    tmp_path / "referrals.log"
                ).read_text()
            assert client.llen(queue) == 0
    finally:
        client.delete(queue, f"_kombu.binding.{queue}")
        client.close()


def test_beat_publishes_every_entry_to_the_referrals_queue(settings):
    """Celery's beat scheduler sends each of our entries as beat does (through the
    router), to a real Redis: all of them land in the referral queue."""
    broker_url = django_settings.CELERY_BROKER_URL
    queue = f"referrals-test-{uuid.uuid4().hex[:8]}"
    settings.REFERRALS_CELERY_QUEUE = queue
    client = redis.Redis.from_url(broker_url)
    try:
        with publishing_to(current_app, broker_url) as app:
            scheduler = Scheduler(app, lazy=True)
            for key, entry in beat_entries().items():
                scheduler.apply_async(ScheduleEntry(name=key, app=app, **entry))
        assert client.llen(queue) == len(BEAT_TASKS)
    finally:
        client.delete(queue, f"_kombu.binding.{queue}")
        client.close()


def test_a_hand_off_from_a_new_thread_builds_no_result_backend(settings, monkeypatch):
    """Django's ASGI handler answers each request in a thread of its own, and
    Celery keeps its result backend per thread: `task.delay()` built it again in
    every request (~10 ms, scanning every package's entry points). The outbox's
    hand-off builds none and still reaches the referral queue on the real Redis."""
    broker_url = django_settings.CELERY_BROKER_URL
    queue = f"referrals-test-{uuid.uuid4().hex[:8]}"
    settings.REFERRALS_CELERY_QUEUE = queue
    client = redis.Redis.from_url(broker_url)
    task = current_app.tasks["saleor_referrals.release_due_rewards"]
    built = []
    real = current_app._get_backend
    monkeypatch.setattr(current_app, "_get_backend", lambda: built.append(1) or real())

    def in_new_thread(send) -> None:
        thread = threading.Thread(target=send)
        thread.start()
        thread.join()

    try:
        with publishing_to(current_app, broker_url):
            for _ in range(3):
                in_new_thread(lambda: outbox.publish(task))
            assert built == []
            assert client.llen(queue) == 3
            [message] = [json.loads(client.lindex(queue, 0))]
            assert message["headers"]["task"] == task.name
            assert message["headers"]["ignore_result"] is True

            in_new_thread(task.delay)  # the control: what the hand-off avoids
            assert built == [1]
    finally:
        client.delete(queue, f"_kombu.binding.{queue}")
        client.close()
