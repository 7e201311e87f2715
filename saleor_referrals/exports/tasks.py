"""Celery task of exports (registered through `saleor_referrals.tasks`)."""

from __future__ import annotations

from ..writer import allow_writer, read_alias, referral_task
from .service import RUN_TASK, run_export

__all__ = ["run_export_task"]


@referral_task(name=RUN_TASK, acks_late=True)
def run_export_task(export_id: int) -> str:
    """Idempotent: a finished export is left alone, a failed one starts over.
    Its rows may lag: read from the replica; status and progress on the writer."""
    with allow_writer():
        return run_export(export_id, using=read_alias())
