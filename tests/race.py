"""Run the same work in several threads at once, each with its own connection."""

import threading
from collections.abc import Callable
from typing import Any

from django.db import connections

WORKERS = 8


def race(work: Callable[[], Any], workers: int = WORKERS) -> list[BaseException]:
    """Start `workers` threads together on `work`; return what they raised."""
    return race_outcomes(work, workers)[1]


def race_outcomes(
    work: Callable[[], Any], workers: int = WORKERS
) -> tuple[list[Any], list[BaseException]]:
    """What each thread's `work` returned, and what the others raised."""
    barrier = threading.Barrier(workers)
    outcomes: list[Any] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            outcomes.append(work())
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, errors
