"""The suite's Celery app for a worker that dies the instant a task's step commits.

`celery --app tests.dying_worker worker ...` with `REFERRALS_DIE_AFTER_COMMIT=1`:
every on-commit hook is replaced by `os._exit`, so the first transaction that
commits with follow-up work registered ends the process (no exception, no
cleanup, no acknowledgement), right where a killed worker would lose that work.
`REFERRALS_VISIBILITY_TIMEOUT` (seconds) shortens the time after which Redis hands
an unacknowledged message to another worker. Only `tests/test_replays_worker.py`
starts it; nothing else imports it.
"""

from __future__ import annotations

import os

from django.db import transaction

from .celery_app import app

DIE_AFTER_COMMIT = os.environ.get("REFERRALS_DIE_AFTER_COMMIT") == "1"
VISIBILITY_TIMEOUT = os.environ.get("REFERRALS_VISIBILITY_TIMEOUT")

if VISIBILITY_TIMEOUT:
    options = {"visibility_timeout": int(VISIBILITY_TIMEOUT)}
    app.conf["broker_transport_options"] = options
    app.conf["CELERY_BROKER_TRANSPORT_OPTIONS"] = options

if DIE_AFTER_COMMIT:
    _real_on_commit = transaction.on_commit

    def _die() -> None:
        os._exit(137)  # what SIGKILL leaves as the exit status, near enough

    def _dying_on_commit(func, using=None, robust=False) -> None:
        _real_on_commit(_die, using=using)

    transaction.on_commit = _dying_on_commit

__all__ = ["app"]
