"""Public counters of a program, coarse on purpose.

A counter that moves by one when one friend orders lets anyone watching it follow
that customer. So counts show only from 10 and then round down: to 10s below 100,
to 50s below 1,000, to 500s below 10,000, then to two significant digits. Amounts
(whole currency units) show only from 100 and round down to 100s below 1,000, then
like counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Sum

from ..causes.models import Donation
from ..converted import converted_q
from ..models import (
    Referral,
    ReferralProgram,
    Reward,
    RewardKind,
    RewardStatus,
)

MIN_PUBLIC_COUNT = 10
MIN_PUBLIC_AMOUNT = 100


def _step(value: int) -> int:
    if value < 100:
        return 10
    if value < 1000:
        return 50
    if value < 10000:
        return 500
    return 10 ** (len(str(value)) - 2)


def public_count(value: int) -> int | None:
    """`value` rounded down to its step, or None below the floor."""
    if value < MIN_PUBLIC_COUNT:
        return None
    return value - value % _step(value)


def public_amount(value: Decimal) -> Decimal | None:
    whole = int(value.to_integral_value(rounding=ROUND_FLOOR))
    if whole < MIN_PUBLIC_AMOUNT:
        return None
    return Decimal(whole - whole % max(_step(whole), 100))


@dataclass(frozen=True)
class SocialProof:
    friends_joined: int | None
    rewards_paid: Decimal | None
    donated_by_cause: list[tuple[str, Decimal]]
    currency: str


def social_proof(
    program: ReferralProgram, using: str = DEFAULT_DB_ALIAS
) -> SocialProof:
    """Three aggregate queries."""
    joined = (
        Referral.objects.using(using)
        .filter(converted_q(), program_id=program.pk)
        .count()
    )
    paid = (
        Reward.objects.using(using)
        .filter(
            program_id=program.pk,
            status=RewardStatus.ISSUED,
            kind__in=(RewardKind.VOUCHER, RewardKind.STORE_CREDIT),
        )
        .aggregate(total=Sum("amount"))["total"]
    )
    donated = (
        Donation.objects.using(using)
        .filter(cause__program_id=program.pk, reward__status=RewardStatus.ISSUED)
        .values("cause_id", "cause__name")
        .annotate(total=Sum("reward__amount"))
        .order_by("cause_id")
    )
    by_cause = [
        (row["cause__name"], shown)
        for row in donated
        if (shown := public_amount(row["total"] or Decimal(0))) is not None
    ]
    return SocialProof(
        friends_joined=public_count(joined),
        rewards_paid=public_amount(paid or Decimal(0)),
        donated_by_cause=by_cause,
        currency=program.currency,
    )
