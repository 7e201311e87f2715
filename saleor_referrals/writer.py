"""Saleor refuses writes on its default connection outside `allow_writer()` in tests
and in its Celery tasks; hooks and tasks that write wrap their work in it."""

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from django.db import DEFAULT_DB_ALIAS

try:  # Saleor present: use its guard. Absent (standalone suite): nothing to allow.
    from saleor.core.db.connection import allow_writer as _saleor_allow_writer
except ImportError:  # pragma: no cover - depends on the environment
    _saleor_allow_writer = None


@contextmanager
def allow_writer() -> Iterator[None]:
    with _saleor_allow_writer() if _saleor_allow_writer else nullcontext():
        yield


@contextmanager
def reading(using: str) -> Iterator[None]:
    """Reads from `using`; allowed on the writer too (a mutation's fresh payload)."""
    with allow_writer() if using == DEFAULT_DB_ALIAS else nullcontext():
        yield
