"""Point a Celery app at a broker for a while: a closed port (an outage) or Redis.

Both suites run Celery eagerly; a real broker failure needs the app publishing for
real, so eager mode is turned off meanwhile and the app's cached connections are
dropped on the way in and out.
"""

import socket
from collections.abc import Iterator
from contextlib import contextmanager

from celery import Celery


def refused_broker_url() -> str:
    """A Redis URL on a local port nothing listens on (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"redis://127.0.0.1:{port}/0"


@contextmanager
def publishing_to(app: Celery, url: str) -> Iterator[Celery]:
    wanted = {"task_always_eager": False, "broker_url": url, "broker_write_url": url}
    saved = {key: app.conf[key] for key in wanted}
    _configure(app, wanted)
    try:
        yield app
    finally:
        _configure(app, saved)


def _configure(app: Celery, values: dict) -> None:
    # An app configured from Django settings with the CELERY namespace (Saleor's,
    # the suite's) reads `CELERY_TASK_ALWAYS_EAGER` before `task_always_eager`.
    for key, value in values.items():
        app.conf[key] = value
        app.conf[f"CELERY_{key.upper()}"] = value
    _drop_connections(app)


@contextmanager
def broker_down(app: Celery) -> Iterator[Celery]:
    with publishing_to(app, refused_broker_url()) as down:
        yield down


def _drop_connections(app: Celery) -> None:
    # What Celery itself does after a fork: the next publish connects afresh.
    app._pool = None
    app.amqp._producer_pool = None
