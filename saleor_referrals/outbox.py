"""An outbox between our database writes and Celery, so no hand-off is lost.

Work that must happen (attribute an order, qualify it, send a status e-mail) is
written as an `OutboxMessage` row in the same transaction as the change that caused
it, then handed to Celery after commit. A broker error at that point is logged and
swallowed: the shopper's or staff member's request succeeds and the row waits for the
sweep (`deliver_pending`, run by beat), which delivers whatever was not delivered.

Delivery runs the named task's body in the worker and marks the row processed in the
same transaction, holding the row lock (`SKIP LOCKED`) meanwhile: a message handed to
Celery and also picked up by the sweep, or by two sweeps at once, runs once; a row
whose work failed stays unprocessed, with the error, for the next sweep. The tasks
themselves are idempotent too, so even a crash between the work and the commit only
repeats work that is safe to repeat.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone

from .writer import allow_writer

logger = logging.getLogger(__name__)

# Rows younger than this are left to the hand-off that wrote them (it is usually
# still in flight); older unprocessed rows are the sweep's.
HAND_OFF_GRACE = timedelta(minutes=1)
# A message failing this often is left for a person to look at (`last_error`).
MAX_ATTEMPTS = 20
DEDUPE_KEY_LENGTH = 255


class OutboxMessage(models.Model):
    task_name = models.CharField(max_length=200)
    args = models.JSONField(default=list, encoder=DjangoJSONEncoder)
    dedupe_key = models.CharField(max_length=DEDUPE_KEY_LENGTH, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True, default="")
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "saleor_referrals"
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=Q(processed_at__isnull=True),
                name="referral_outbox_pending",
            ),
            models.Index(fields=["processed_at"], name="referral_outbox_processed"),
        ]

    def __str__(self) -> str:
        return f"{self.task_name} [{self.dedupe_key}]"


@dataclass(frozen=True)
class Message:
    """One task call: the Celery task (or its registered name), its JSON arguments,
    and the key that makes a repeated event write no second row."""

    task: Any
    args: tuple[Any, ...]
    key: str

    @property
    def task_name(self) -> str:
        return self.task if isinstance(self.task, str) else self.task.name


def send(task: Any, *args: Any, key: str) -> None:
    """Record one task call in the current transaction; hand it to Celery on commit."""
    send_all([Message(task, args, key)])


def send_all(messages: Iterable[Message]) -> None:
    """Record task calls with one INSERT; a key already recorded is not written again."""
    messages = list(messages)
    if not messages:
        return
    rows = [
        OutboxMessage(task_name=m.task_name, args=list(m.args), dedupe_key=m.key)
        for m in messages
    ]
    with allow_writer():
        OutboxMessage.objects.bulk_create(rows, ignore_conflicts=True)
    transaction.on_commit(lambda: _hand_off(messages))


def send_or_run(message: Message, run: Callable[[], Any]) -> None:
    """Follow-up work of a change, recorded where it is safe and run where it is
    cheap.

    In a request, or in a task run by `deliver` (whose row is marked processed
    in the task's own transaction, so nothing would be left to find if the worker
    died right after it): an outbox row in the change's transaction
    (`send_all`), for a task of its own. In a Celery task's core step (`domain_events.background()`):
    `run` is called in this task once the change commits (no row, no task, no
    reload of what the task holds). `run` must be idempotent (an e-mail's log
    row, a lock). If it fails, the row is recorded then, in a transaction of its
    own, and the message's task retries the work like any other; the task itself
    carries on (its own change is committed).
    """
    from .domain_events import background, in_background

    if not in_background() or _recording_follow_ups.get():
        send_all([message])
        return

    def run_now() -> None:
        # Still this task's work, wherever the commit hook runs (in a test that
        # holds commit hooks back: after the task's own block).
        try:
            with allow_writer(), background():
                run()
        except Exception:
            logger.exception("%s failed in-process; recorded for a retry", message.key)
            with allow_writer(), transaction.atomic():
                send_all([message])

    transaction.on_commit(run_now)


def send_after_commit(task: Any, *args: Any) -> None:
    """Hand a task call to Celery on commit, without a row: for work that another
    path recovers (the release sweep) or that may be lost on a broker outage. A broker
    error is logged, never raised into the caller's request."""
    transaction.on_commit(lambda: _delay_quietly(task, *args))


# Looked up by name in Celery's registry: the outbox does not import the tasks
# module (whose tasks call the core, which records outbox rows).
DELIVER_TASK = "saleor_referrals.deliver_outbox_message"


def _task(task: Any) -> Any:
    """A task object, or a registered task's name resolved in Celery's registry."""
    if not isinstance(task, str):
        return task
    from celery import current_app

    return current_app.tasks[task]


def _hand_off(messages: list[Message]) -> None:
    for message in messages:
        _delay_quietly(
            DELIVER_TASK,
            message.key,
            message.task_name,
            list(message.args),
        )


class _Sent:
    """What `publish` asks Celery to return: the sent message's id, nothing read."""

    def __init__(self, task_id: str) -> None:
        self.id = task_id


def publish(task: Any, *args: Any) -> None:
    """Send a task call to the broker (like `task.delay(*args)`) without building
    its result.

    `delay` returns an `AsyncResult`, which reads the app's result backend, and
    Celery keeps that backend per thread (unless `result_backend_thread_safe`).
    Django's ASGI handler answers each request in a thread of its own, so in
    Saleor served by uvicorn every hand-off built the backend anew: ~10 ms of CPU
    scanning every installed package's entry points, more than the rest of the
    plugin's work on an order (benchmarks/load/cpu_per_order.py). Nobody reads our
    tasks' results, so they are sent with `ignore_result` and a result that reads
    nothing. Eager Celery (tests) runs the task in place, as `delay` does.
    Sending from a worker, this costs nothing more than `delay` either.
    """
    task = _task(task)
    app = task.app
    if app.conf.task_always_eager:
        task.delay(*args)
        return
    # `add_to_parent=False`: in a worker, the running task would keep the sent
    # one as a child result, which a result backend then asks for its state.
    app.send_task(
        task.name, args=args, ignore_result=True, result_cls=_Sent, add_to_parent=False
    )


def _delay_quietly(task: Any, *args: Any) -> None:
    # Runs after commit, in the caller's request: a broker outage (kombu's
    # OperationalError) or a failing eager task must not fail a committed order.
    try:
        publish(task, *args)
    except Exception:
        logger.exception(
            "Handing %s%r to Celery failed; the outbox sweep retries rows",
            getattr(task, "name", task),
            args,
        )


_recording_follow_ups: ContextVar[bool] = ContextVar(
    "saleor_referrals_recording_follow_ups", default=False
)


@contextmanager
def _recording_follow_ups_in_transaction() -> Iterator[None]:
    token = _recording_follow_ups.set(True)
    try:
        yield
    finally:
        _recording_follow_ups.reset(token)


def run_recorded[T](message: Message, run: Callable[[], T]) -> T:
    """Run `run` (a core step, and the follow-ups it runs in this task after its
    commit) under `message`'s outbox row: written pending before the work and
    marked processed only once the follow-ups ran. A worker killed anywhere in
    between leaves the row pending, and the sweep runs the message's task, which
    finds the step done (and replays its events) or does it. No hand-off to
    Celery: the work is done here. If `run` raises, the error is recorded on the
    row, which the sweep retries.

    The row is its own statement, not part of the step's transaction (which would
    make the step's transaction a savepoint: two more statements). A row of the
    same key processed before (a release tried by an earlier beat run, then
    blocked) is made pending again. Two queries besides the work.
    """
    row = OutboxMessage(
        task_name=message.task_name, args=list(message.args), dedupe_key=message.key
    )
    with allow_writer():
        OutboxMessage.objects.bulk_create(
            [row],
            update_conflicts=True,
            unique_fields=["dedupe_key"],
            update_fields=["processed_at", "created_at", "attempts", "last_error"],
        )
        try:
            result = run()  # its follow-ups run as its transaction commits
        except Exception as error:
            OutboxMessage.objects.filter(
                dedupe_key=message.key, processed_at__isnull=True
            ).update(attempts=F("attempts") + 1, last_error=repr(error)[:2000])
            raise
        OutboxMessage.objects.filter(
            dedupe_key=message.key, processed_at__isnull=True
        ).update(processed_at=timezone.now(), attempts=F("attempts") + 1)
    return result


class Outcome:
    DELIVERED = "delivered"
    SKIPPED = "skipped"  # already processed, or being processed by another worker


def deliver(key: str) -> str:
    """Run the message's task body once and mark it processed, in one transaction."""
    from celery import current_app

    try:
        with allow_writer(), transaction.atomic():
            message = (
                OutboxMessage.objects.select_for_update(skip_locked=True)
                .filter(dedupe_key=key, processed_at__isnull=True)
                .first()
            )
            if message is None:
                return Outcome.SKIPPED
            # Called directly, a task runs in this worker; its autoretry re-raises.
            # Its follow-ups are recorded as rows in this transaction, which also
            # marks this row processed: a worker dying after the commit loses none.
            with _recording_follow_ups_in_transaction():
                current_app.tasks[message.task_name](*message.args)
            message.processed_at = timezone.now()
            message.attempts += 1
            message.last_error = ""
            message.save(update_fields=["processed_at", "attempts", "last_error"])
            return Outcome.DELIVERED
    except Exception as error:
        with allow_writer():
            OutboxMessage.objects.filter(
                dedupe_key=key, processed_at__isnull=True
            ).update(attempts=F("attempts") + 1, last_error=repr(error)[:2000])
        raise


def pending_keys(limit: int, older_than: timedelta = HAND_OFF_GRACE) -> list[str]:
    # The writer: a replica may not have the rows the sweep must not miss yet.
    with allow_writer():
        return list(
            OutboxMessage.objects.filter(
                processed_at__isnull=True,
                created_at__lte=timezone.now() - older_than,
                attempts__lt=MAX_ATTEMPTS,
            )
            .order_by("created_at", "pk")
            .values_list("dedupe_key", flat=True)[:limit]
        )


def deliver_handed_off(key: str, task_name: str, args: list[Any]) -> str:
    """The hand-off's delivery: run the task, then mark its row with one UPDATE.

    Cheaper than `deliver` (no row lock, and the task's transaction is its own
    rather than a savepoint), which keeps a referred order's background work within
    its query budget. The work commits before the mark: a crash in between leaves
    the row pending and the sweep repeats the work, which is safe because every
    task here is idempotent (as Celery's at-least-once delivery already requires).
    """
    from celery import current_app

    try:
        current_app.tasks[task_name](*args)
    except Exception as error:
        with allow_writer():
            OutboxMessage.objects.filter(
                dedupe_key=key, processed_at__isnull=True
            ).update(attempts=F("attempts") + 1, last_error=repr(error)[:2000])
        raise
    with allow_writer():
        marked = OutboxMessage.objects.filter(
            dedupe_key=key, processed_at__isnull=True
        ).update(processed_at=timezone.now(), attempts=F("attempts") + 1)
    return Outcome.DELIVERED if marked else Outcome.SKIPPED


def deliver_pending(limit: int = 500, older_than: timedelta = HAND_OFF_GRACE) -> int:
    """Deliver unprocessed messages oldest first (an order's attribution before its
    qualification); returns how many this call delivered."""
    delivered = 0
    for key in pending_keys(limit, older_than):
        try:
            if deliver(key) == Outcome.DELIVERED:
                delivered += 1
        except Exception:  # one broken message must not block the others
            logger.exception("Delivering referral outbox message %s failed", key)
    return delivered


def purge_processed() -> int:
    """Drop processed rows after `REFERRALS_OUTBOX_KEEP_DAYS` (their keys stop
    deduplicating then; every task is idempotent on its own)."""
    days = getattr(settings, "REFERRALS_OUTBOX_KEEP_DAYS", 30)
    with allow_writer():
        deleted, _ = OutboxMessage.objects.filter(
            processed_at__lt=timezone.now() - timedelta(days=days)
        ).delete()
    return deleted
