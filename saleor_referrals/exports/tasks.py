"""Celery task of exports (registered through `saleor_referrals.tasks`)."""

from __future__ import annotations

from celery import shared_task

from ..writer import allow_writer
from .service import RUN_TASK, run_export

__all__ = ["run_export_task"]


@shared_task(name=RUN_TASK, acks_late=True)
def run_export_task(export_id: int) -> str:
    """Idempotent: a finished export is left alone, a failed one starts over."""
    with allow_writer():
        return run_export(export_id)
