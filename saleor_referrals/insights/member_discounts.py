"""What tier members' personal discount codes cost: one row per paid order that used
one (`MemberDiscountUse`), read by `insights.money` as the `member_discounts` line."""

from __future__ import annotations

from ..facts import OrderFacts
from ..money import quantize
from ..tiers.models import TierMembership
from .models import MemberDiscountUse


def record_member_discount(facts: OrderFacts) -> MemberDiscountUse | None:
    """The discount of a paid order placed with a member code, once per order."""
    if not facts.voucher_code or facts.discount <= 0:
        return None
    membership = (
        TierMembership.objects.filter(
            member_code__iexact=facts.voucher_code,
            program__channel_slug=facts.channel_slug,
        )
        .select_related("program")
        .first()
    )
    if membership is None:
        return None
    use, _ = MemberDiscountUse.objects.get_or_create(
        order_id=facts.order_id,
        defaults={
            "program": membership.program,
            "tier_id": membership.tier_id,
            "advocate_id": membership.advocate_id,
            "discount": quantize(facts.discount, facts.currency),
            "currency": facts.currency,
        },
    )
    return use
