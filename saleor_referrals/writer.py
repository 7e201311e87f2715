"""Saleor's database rules, declared once for the whole plugin.

Saleor refuses queries on its writer (the `default` connection) outside
`allow_writer()` in its tests and logs them in production: in GraphQL requests
(`restrict_writer_middleware`) and in every Celery task (`RestrictWriterDBTask`,
`CELERY_RESTRICT_WRITER_METHOD`). Reads that may lag go to its replica instead.

- `referral_task`: how every task of the plugin is declared. The body runs inside
  `allow_writer()` (each task writes, or reads what it must see fresh).
- `read_alias`: the one place that picks the connection for reads that may lag
  (numbers, leaderboard, exports, console lists, the status line): Saleor's replica
  (`DATABASE_CONNECTION_REPLICA_NAME`) when it is defined and the request allows it.
- `reading`: wrap reads from an alias `read_alias` chose; allowed on the writer too
  (a mutation's fresh payload, where Saleor disallows the replica).
- `celery_queue` / `route_referral_tasks`: every task of the plugin (and its beat
  entries, and the outbox's hand-offs) goes to a Celery queue of its own, so a burst
  of referral work never delays Saleor's tasks on its default queue (`celery`).

This is the only module besides the adapters that imports `saleor`; without Saleor
(the standalone suite) there is nothing to allow.
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any, TypeVar

from celery import shared_task
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS

TASK_PREFIX = "saleor_referrals."
DEFAULT_QUEUE = "referrals"

F = TypeVar("F", bound=Callable[..., Any])


def inside_saleor() -> bool:
    """Whether this process is Saleor (its apps are installed).

    Decided from the settings, not from whether `saleor` can be imported: App
    mode can run with Saleor importable beside it (the same virtualenv), where
    importing Saleor's models into the App's Django fails."""
    return any(
        name == "saleor" or name.startswith("saleor.")
        for name in settings.INSTALLED_APPS
    )


@functools.cache
def _saleor_guard() -> Callable[[], Any] | None:
    """Saleor's `allow_writer` inside Saleor; outside it (the standalone suite,
    App mode) there is nothing to allow."""
    if not inside_saleor():
        return None
    from saleor.core.db.connection import allow_writer as saleor_allow_writer

    return saleor_allow_writer


@contextmanager
def allow_writer() -> Iterator[None]:
    guard = _saleor_guard()
    with guard() if guard is not None else nullcontext():
        yield


def read_alias(context: object | None = None) -> str:
    """The connection for reads that may lag.

    Saleor's replica when the settings define one and `context` (a request, or
    None in a task) allows it, as Saleor's `get_database_connection_name`: a
    mutation's context sets `allow_replica = False`, so its payload reads fresh.
    """
    replica = getattr(settings, "DATABASE_CONNECTION_REPLICA_NAME", None)
    if replica in settings.DATABASES and getattr(context, "allow_replica", True):
        return replica
    return DEFAULT_DB_ALIAS


@contextmanager
def reading(using: str) -> Iterator[None]:
    """Reads from `using`; allowed on the writer too (a mutation's fresh payload)."""
    with allow_writer() if using == DEFAULT_DB_ALIAS else nullcontext():
        yield


def celery_queue() -> str:
    """The Celery queue of every referral task, read here only: the Django setting
    `REFERRALS_CELERY_QUEUE`, else the environment variable of that name (Saleor's
    settings come from the environment; `scripts/saleor-run.sh` reads it too), else
    `referrals`."""
    configured = getattr(settings, "REFERRALS_CELERY_QUEUE", None)
    return configured or os.environ.get("REFERRALS_CELERY_QUEUE") or DEFAULT_QUEUE


def route_task(
    name: str, args: Any, kwargs: Any, options: Any, task: Any = None, **kw: Any
) -> dict[str, str] | None:
    """A Celery router (`task_routes`): a `saleor_referrals.*` task goes to
    `celery_queue()`, read at every send; other tasks are left to the next router
    or the app's default queue."""
    if name.startswith(TASK_PREFIX):
        return {"queue": celery_queue()}
    return None


def route_referral_tasks(app: Any) -> None:
    """Append `route_task` to the app's `task_routes` (Saleor's app or the suite's).

    It covers every way a task is sent: `.delay()` on a task object, the outbox's
    hand-off by name, `send_task`, and beat (whose entries are sent by task name
    through the same router, by Celery's own scheduler and django-celery-beat's).
    Routes the deployment declares (`CELERY_TASK_ROUTES`) come first and win; an
    explicit `apply_async(queue=...)` wins over both.
    """
    routes = app.conf.task_routes
    if routes is None:
        routes = ()
    elif not isinstance(routes, list | tuple):
        routes = (routes,)
    if route_task in routes:
        return
    app.conf.task_routes = (*routes, route_task)
    # Celery caches the prepared routes and the router built from them.
    app.amqp.flush_routes()
    app.amqp.__dict__.pop("router", None)


def referral_task(name: str, **options: Any) -> Callable[[F], Any]:
    """Declare a Celery task of the plugin (`shared_task`, so Saleor's app and its
    task base class `RestrictWriterDBTask` run it) whose body runs inside
    `allow_writer()`. `name` must start with `saleor_referrals.`; `options` are
    Celery's (retries, acks_late). Lagging reads inside pass `using=read_alias()`.
    Its queue is `celery_queue()`, by the router `route_referral_tasks` installs.
    """
    if not name.startswith(TASK_PREFIX):
        raise ValueError(f"A referral task's name starts with {TASK_PREFIX!r}")

    def declare(func: F) -> Any:
        @functools.wraps(func)
        def body(*args: Any, **kwargs: Any) -> Any:
            with allow_writer():
                return func(*args, **kwargs)

        # Celery checks a call's arguments against the signature it reads from
        # the function (without following `__wrapped__`): keep the real one.
        body.__signature__ = inspect.signature(func)  # type: ignore[attr-defined]
        return shared_task(name=name, **options)(body)

    return declare
