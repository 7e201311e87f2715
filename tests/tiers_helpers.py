"""Shared set-up of the tier tests: a ladder, and friends converting."""

from __future__ import annotations

from decimal import Decimal

from saleor_referrals import referrals
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.tiers import ladder

from .conftest import make_user

ACTOR = "staff@example.com"


def silver(**overrides) -> ladder.TierSpec:
    values = {"name": "Silver", "rank": 1, "min_referrals": 2}
    return ladder.TierSpec(**{**values, **overrides})


def gold(**overrides) -> ladder.TierSpec:
    values = {"name": "Gold", "rank": 2, "min_referrals": 5}
    return ladder.TierSpec(**{**values, **overrides})


def add_tier(program, spec: ladder.TierSpec):
    tier, _ = ladder.create_tier(program, spec, actor=ACTOR)
    return tier


def converting(order_facts, program, advocate, capture):
    """A function that makes `n` more friends of `advocate` pay (hold_days=0: the
    reward is released and the referral converts at once)."""
    code = get_or_create_code(program, advocate)
    counter = iter(range(1, 10_000))

    def convert(n: int = 1, total: str = "100.00") -> list:
        facts_list = []
        for _ in range(n):
            friend = make_user(f"friend{next(counter)}-{advocate.pk}@example.com")
            facts = order_facts(friend, voucher_code=code.code, total=total)
            with capture(execute=True):
                referrals.qualify_paid_order(facts)
            facts_list.append(facts)
        return facts_list

    return convert


def money(value: str) -> Decimal:
    return Decimal(value)
