"""Shared set-up of the campaign and contest tests."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from saleor_referrals.campaigns import campaigns
from saleor_referrals.campaigns.models import Campaign


def schedule(program, *, start_in: timedelta, length: timedelta, **overrides):
    """A campaign written straight to its table (windows in the past are allowed
    here, unlike through the staff API)."""
    now = timezone.now()
    values = {
        "name": "Spring",
        "starts_at": now + start_in,
        "ends_at": now + start_in + length,
        "copy": {"en": {"title": "Spring boost", "description": "Double rewards"}},
        "friend_discount_type": "percentage",
        "friend_discount_value": Decimal("25"),
        "advocate_reward_multiplier": Decimal("2"),
    }
    return Campaign.objects.create(program=program, **{**values, **overrides})


def spec(**overrides) -> campaigns.CampaignSpec:
    now = timezone.now()
    values = {
        "name": "Spring",
        "starts_at": now + timedelta(days=1),
        "ends_at": now + timedelta(days=8),
    }
    return campaigns.CampaignSpec(**{**values, **overrides})


class VoucherWrites:
    """Counts friend-voucher writes of the in-memory shop (all threads)."""

    def __init__(self, commerce, monkeypatch) -> None:
        self.specs: list = []
        original = commerce.save_friend_voucher

        def save(voucher_id, spec):
            self.specs.append(spec)
            return original(voucher_id, spec)

        monkeypatch.setattr(commerce, "save_friend_voucher", save)
