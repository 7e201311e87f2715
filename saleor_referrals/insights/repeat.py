"""Repeat orders of referred friends: the revenue a referral brings after its
first order.

Recorded by the paid-order tasks, never in the shopper's request: an order without
a referral hint costs its request no query (`plugin.order_fully_paid` hands it to
`convert_lead_task`, which looks for a lead first, then for a referred friend).
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from ..facts import OrderFacts
from ..leads import friend_match
from ..models import Referral, ReferralStatus
from ..money import format_money, quantize
from .models import RepeatOrder


def record_repeat_order(facts: OrderFacts) -> RepeatOrder | None:
    """Record a paid order of a friend referred in its channel before (once per
    order; None when the shopper was never referred there, or this is the
    referral's own order)."""
    if facts.shopper.user_id is None and not facts.shopper.email:
        return None
    existing = RepeatOrder.objects.filter(order_id=facts.order_id).first()
    if existing is not None:
        return existing
    referral = (
        Referral.objects.filter(
            friend_match(facts.shopper),
            program__channel_slug=facts.channel_slug,
            order_id__isnull=False,
        )
        .exclude(status=ReferralStatus.REJECTED)
        .exclude(order_id=facts.order_id)
        .order_by("created_at", "pk")
        .first()
    )
    if referral is None:
        return None
    repeat, _ = RepeatOrder.objects.get_or_create(
        order_id=facts.order_id,
        defaults={
            "program_id": referral.program_id,
            "referral": referral,
            "order_number": facts.number,
            "total": quantize(facts.total, facts.currency),
            "currency": facts.currency,
            "referral_created_at": referral.created_at,
        },
    )
    return repeat


def adjust_repeat_order(
    order_id: str, reason: str, paid_after_refund: Decimal | None = None
) -> RepeatOrder | None:
    """A refunded or cancelled repeat order counts only what stays paid (0 when
    cancelled or fully refunded); never raised again by a late event."""
    with transaction.atomic():
        repeat = (
            RepeatOrder.objects.select_for_update(no_key=True)
            .filter(order_id=order_id)
            .first()
        )
        if repeat is None:
            return None
        left = Decimal("0") if paid_after_refund is None else paid_after_refund
        left = quantize(max(left, Decimal("0")), repeat.currency)
        if left < repeat.total:
            repeat.total = left
            repeat.status_reason = (
                f"{reason}: {format_money(left, repeat.currency)} counted"
            )[:255]
            repeat.save(update_fields=["total", "status_reason"])
        return repeat
