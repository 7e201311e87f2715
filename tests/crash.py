"""A worker that dies the instant a task's step commits, inside one test process.

`killed_after_commit()`: every on-commit hook registered meanwhile is replaced by
one that raises `WorkerKilled` (a `BaseException`: nothing in a task catches it,
as nothing catches a process dying). The first transaction that commits with
follow-up work registered (a status e-mail, the tier evaluation, the release
hand-off) is committed, and then nothing after it runs: the task ends there, as a
killed worker's would. Used by `test_replays.py` and, inside Saleor,
`saleor/test_crash_replays.py`; `dying_worker.py` does the same with `os._exit` in
a real worker process. Imports nothing from Saleor.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.db import transaction


class WorkerKilled(BaseException):
    """The worker process died: nothing in the task catches it."""


def _die() -> None:
    raise WorkerKilled


@contextmanager
def killed_after_commit() -> Iterator[None]:
    """Run a task whose worker dies as its core step commits; the block must end
    with that death (`pytest.raises`)."""
    real_on_commit = transaction.on_commit

    def dying_on_commit(func, using=None, robust=False) -> None:
        real_on_commit(_die, using=using)

    transaction.on_commit = dying_on_commit
    try:
        with pytest.raises(WorkerKilled):
            yield
    finally:
        transaction.on_commit = real_on_commit
