"""Celery tasks of campaigns and contests: each idempotent and safe to retry."""

from __future__ import annotations

from celery import shared_task

from ..writer import allow_writer
from . import switch

__all__ = ["switch_campaigns_task"]


@shared_task(name="saleor_referrals.switch_campaigns")
def switch_campaigns_task() -> int:
    with allow_writer():
        return switch.switch_all()
