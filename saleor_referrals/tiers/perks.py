"""What a tier gives: a bigger advocate reward, an entry reward, a member code.

Entry rewards and milestone bonuses are rows on the one reward ledger with their own
idempotency keys, so "once per tier per advocate, ever" is a unique constraint.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import DEFAULT_DB_ALIAS
from django.utils import timezone

from ..codes import member_code_format
from ..commerce import FriendVoucherSpec, get_commerce
from ..history import record_reward_status
from ..models import (
    DiscountType,
    ReferralProgram,
    Reward,
    RewardSide,
    RewardStatus,
    RewardStatusChange,
)
from ..money import format_money, quantize
from ..registry import Benefit
from .models import Milestone, Tier, TierMembership


def entry_reward_key(advocate_id: int, tier: Tier) -> str:
    return f"tier-entry:{advocate_id}:{tier.pk}"


def milestone_bonus_key(advocate_id: int, milestone: Milestone) -> str:
    return f"milestone:{advocate_id}:{milestone.pk}"


def tier_reward_perk(
    program: ReferralProgram, advocate_id: int | None, using: str = DEFAULT_DB_ALIAS
) -> tuple[str, Decimal | None, Decimal | None] | None:
    """The advocate's tier name, reward multiplier and fixed reward (one query);
    `benefits.advocate_reward_amount` applies them."""
    if advocate_id is None:
        return None
    return (
        TierMembership.objects.using(using)
        .filter(program=program, advocate_id=advocate_id, tier__isnull=False)
        .values_list("tier__name", "tier__reward_multiplier", "tier__reward_fixed")
        .first()
    )


def tier_modifier(
    benefit: Benefit,
    program: ReferralProgram,
    advocate_id: int | None,
    campaign: Any,
    using: str,
) -> None:
    """The tier's step of the reward precedence (see `saleor_referrals.benefits`):
    a multiplier multiplies the amount so far; a fixed amount replaces the
    default, and during a campaign only when larger (a campaign never lowers a
    member's reward)."""
    perk = tier_reward_perk(program, advocate_id, using)
    if perk is None:
        return
    name, multiplier, fixed = perk
    if fixed is not None:
        if not benefit.boosted or fixed > benefit.amount:
            benefit.amount = fixed
            benefit.notes.append(f"{name} tier reward")
    elif multiplier is not None:
        benefit.amount *= multiplier
        benefit.notes.append(f"{name} tier reward x{multiplier.normalize()}")


def book_bonus(
    *,
    program: ReferralProgram,
    advocate_id: int,
    key: str,
    kind: str,
    value: Decimal,
    reason: str,
    pay: bool,
    now: datetime | None = None,
) -> Reward:
    """A ledger row for an entry reward or a milestone bonus, once per key, ever.

    With `pay=False` (placement without back-pay) the row is booked cancelled: the
    advocate sees it was not paid and a later re-promotion cannot pay it either.
    """
    now = now or timezone.now()
    reward, created = Reward.objects.get_or_create(
        idempotency_key=key,
        defaults={
            "program": program,
            "referral": None,
            "recipient_id": advocate_id,
            "side": RewardSide.ADVOCATE,
            "kind": kind,
            "amount": quantize(value, program.currency),
            "currency": program.currency,
            "release_at": now,
            "status": RewardStatus.HELD if pay else RewardStatus.CANCELLED,
            "status_reason": "" if pay else "not paid: no back-pay",
        },
    )
    if created:
        amount = format_money(reward.amount, reward.currency)
        if pay:
            record_reward_status(reward, "", f"{reason}: {amount}")
        else:
            # Recorded, not announced: the status e-mails would call it a reversal.
            RewardStatusChange.objects.create(
                reward=reward,
                from_status="",
                to_status=reward.status,
                reason=f"{reason}: {amount} not paid (no back-pay)"[:255],
            )
    return reward


def member_voucher_spec(program: ReferralProgram, tier: Tier) -> FriendVoucherSpec:
    return FriendVoucherSpec(
        channel_slug=program.channel_slug,
        currency=program.currency,
        name=f"Referral {tier.name} member discount ({program.channel_slug})",
        discount_type=DiscountType.PERCENTAGE,
        value=tier.member_discount_percent or Decimal("0"),
        min_spent=None,
        active=True,
    )


def ensure_member_voucher(program: ReferralProgram, tier: Tier) -> str:
    """The tier's voucher in the shop, created on first use (tier row locked)."""
    locked = Tier.objects.select_for_update(no_key=True).get(pk=tier.pk)
    if not locked.member_voucher_id:
        locked.member_voucher_id = get_commerce().save_friend_voucher(
            "", member_voucher_spec(program, locked)
        )
        locked.save(update_fields=["member_voucher_id", "updated_at"])
    tier.member_voucher_id = locked.member_voucher_id
    return locked.member_voucher_id


def _member_code(program: ReferralProgram) -> str:
    commerce = get_commerce()
    member_format = member_code_format(program.code_prefix)
    while True:
        code = member_format.draw()
        if commerce.is_code_available(code):
            return code


def sync_member_code(
    membership: TierMembership, program: ReferralProgram, tier: Tier | None
) -> None:
    """Give the member a personal code on `tier`'s voucher, or take it away.

    Called with the membership row locked; the caller saves `member_code`.
    """
    commerce = get_commerce()
    has_discount = tier is not None and tier.member_discount_percent
    if membership.member_code:
        commerce.remove_voucher_codes([membership.member_code])
        membership.member_code = ""
    if has_discount:
        voucher_id = ensure_member_voucher(program, tier)
        code = _member_code(program)
        commerce.add_voucher_codes(voucher_id, [code])
        membership.member_code = code
