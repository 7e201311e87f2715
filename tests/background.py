"""Run the background work that hooks hand to Celery, one task at a time, counting
the SQL each task sends.

`queued_tasks()` keeps every `.delay()` / `.apply_async()` in a list instead of
sending it; `run_queued()` then runs the tasks in that order (each in its own
worker-like call, so Saleor's writer guard applies), adding whatever a task enqueues
to the end of the list. Used by the query-budget tests, standalone and inside Saleor,
and by `benchmarks/saleor_background_queries.py`. Imports nothing from Saleor.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any
from unittest.mock import patch

from celery.app.task import Task
from django.db import connections
from django.test import TestCase
from django.test.testcases import DatabaseOperationForbidden
from django.test.utils import CaptureQueriesContext

QueuedTask = tuple[Task, tuple[Any, ...], dict[str, Any]]


# Logged by Django around every transaction; not queries the code asks for.
TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "ROLLBACK"})
# Hooks and status changes hand their tasks over through the outbox (outbox.py).
OUTBOX_DELIVERY = "saleor_referrals.deliver_outbox_message"
# What the referral loop does for one referred order (the budgets' "same work"):
# three tasks, whose wings (the thank-you and status e-mails, tiers, donations) run
# in them; and what a request or a failed in-process step hands to a task of its
# own: notes on the order, the tier evaluation.
LOOP_TASKS = (
    "saleor_referrals.attribute_order",
    "saleor_referrals.qualify_paid_order",
    "saleor_referrals.release_reward",
)
FEATURE_TASKS = frozenset(
    {"saleor_referrals.order_note", "saleor_referrals.evaluate_tier"}
)


def count_queries(statements: list[str]) -> int:
    """SQL statements other than BEGIN/COMMIT/ROLLBACK (savepoints do count)."""
    return sum(1 for sql in statements if sql.strip() not in TRANSACTION_CONTROL)


@dataclass(frozen=True)
class TaskRun:
    name: str
    args: tuple[Any, ...]
    result: Any
    statements: list[str]  # everything Django sent, BEGIN and COMMIT included
    seconds: float

    @property
    def queries(self) -> int:
        return count_queries(self.statements)

    @property
    def task_name(self) -> str:
        """The task that did the work: for an outbox delivery, the delivered one."""
        if self.name == OUTBOX_DELIVERY and len(self.args) == 3:
            return self.args[1]
        return self.name

    @property
    def label(self) -> str:
        """The task's name, with the status for the status e-mails."""
        args = self.args[2] if self.task_name != self.name else self.args
        name = self.task_name.removeprefix("saleor_referrals.")
        if name.endswith("_status") and len(args) == 2:
            return f"{name} ({args[1]})"
        return name


@contextmanager
def queued_tasks() -> Iterator[list[QueuedTask]]:
    """Collect the tasks enqueued inside the block (after commit) without running
    them."""
    queue: list[QueuedTask] = []
    with (
        patch.object(Task, "apply_async", _append_to(queue)),
        TestCase.captureOnCommitCallbacks(execute=True),
    ):
        yield queue


def _distinct_connections() -> list[Any]:
    # Saleor's test replica wraps the writer and logs into the writer's list.
    # An alias the running test did not ask for cannot take queries, so there is
    # nothing to count. Django refuses it on connecting: a `TestCase` wraps the
    # connection's method, a `TransactionTestCase` patches the class's, so only
    # trying tells.
    seen: dict[int, Any] = {}
    for connection in connections.all():
        try:
            connection.ensure_connection()
        except DatabaseOperationForbidden:
            continue
        seen.setdefault(id(connection.queries_log), connection)
    return list(seen.values())


def run_queued(queue: list[QueuedTask], *, limit: int = 50) -> list[TaskRun]:
    """Run `queue` first in, first out, until it is empty; one TaskRun per task.

    Tasks enqueued by a task (after its commit) join the queue. Every database
    connection is counted, so a read sent to a replica is not missed.
    """
    runs: list[TaskRun] = []
    with patch.object(Task, "apply_async", _append_to(queue)):
        while queue:
            if len(runs) >= limit:
                raise RuntimeError(f"more than {limit} tasks: a task loops")
            task, args, kwargs = queue.pop(0)
            with ExitStack() as stack:
                stack.enter_context(TestCase.captureOnCommitCallbacks(execute=True))
                captures = [
                    stack.enter_context(CaptureQueriesContext(connection))
                    for connection in _distinct_connections()
                ]
                started = time.perf_counter()
                result = task(*args, **kwargs)
                seconds = time.perf_counter() - started
            statements = [
                query["sql"]
                for capture in captures
                for query in capture.captured_queries
            ]
            runs.append(TaskRun(task.name, args, result, statements, seconds))
    return runs


def _append_to(queue: list[QueuedTask]):
    def enqueue(task: Task, args: Any = None, kwargs: Any = None, **options: Any):
        queue.append((task, tuple(args or ()), dict(kwargs or {})))

    return enqueue
