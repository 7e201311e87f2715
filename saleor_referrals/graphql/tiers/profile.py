"""The customer's tier fields on `referralProfile`: read once per request."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from ...tiers.counting import Tally, tallies
from ...tiers.evaluation import windows_of
from ...tiers.models import (
    Badge,
    Tier,
    TierMembership,
)
from ...tiers.rules import next_tier, window_of
from ...writer import reading
from ..types import Profile, money
from .types import collection_global_id


@dataclass
class Standing:
    ladder: list[Tier]
    membership: TierMembership | None
    counts: dict[str, Tally]


def standing(root: Profile) -> Standing:
    """Everything the profile's tier fields need, read once: three queries."""
    cached = root.__dict__.get("_tier_standing")
    if cached is not None:
        return cached
    with reading(root.using):
        tiers = list(
            Tier.objects.using(root.using).filter(program=root.program).order_by("rank")
        )
        for tier in tiers:
            tier.program = root.program
        membership = (
            TierMembership.objects.using(root.using)
            .filter(program=root.program, advocate=root.user)
            .first()
        )
        counts = (
            tallies(
                root.program.pk,
                [root.user.pk],
                windows_of(tiers),
                timezone.now(),
                root.using,
            ).get(root.user.pk, {})
            if tiers
            else {}
        )
    result = Standing(tiers, membership, counts)
    root.__dict__["_tier_standing"] = result
    return result


def _current(state: Standing) -> Tier | None:
    if state.membership is None or state.membership.tier_id is None:
        return None
    return next((t for t in state.ladder if t.pk == state.membership.tier_id), None)


def resolve_profile_tier(root: Profile, info):
    return _current(standing(root))


def resolve_profile_next_tier(root: Profile, info):
    state = standing(root)
    current = _current(state)
    # A member at risk is counted from the tier they earn now, not the one they hold.
    upcoming = next_tier(state.ladder, current)
    if upcoming is None:
        return None
    tally = state.counts.get(window_of(upcoming).key, Tally())
    revenue_needed = None
    if upcoming.min_revenue is not None:
        revenue_needed = money(
            max(upcoming.min_revenue - tally.revenue, Decimal("0")),
            root.program.currency,
        )
    return {
        "tier": upcoming,
        "referrals_needed": max(upcoming.min_referrals - tally.referrals, 0),
        "revenue_needed": revenue_needed,
    }


def resolve_profile_badges(root: Profile, info):
    with reading(root.using):
        return list(
            Badge.objects.using(root.using)
            .filter(milestone__program=root.program, advocate=root.user)
            .select_related("milestone")
        )


def resolve_profile_member_discount_code(root: Profile, info):
    membership = standing(root).membership
    return (membership.member_code or None) if membership else None


def resolve_profile_early_access(root: Profile, info):
    current = _current(standing(root))
    if current is None:
        return []
    now = timezone.now()
    return list(
        dict.fromkeys(
            collection_global_id(pk)
            for tier in standing(root).ladder
            if tier.rank <= current.rank
            and tier.early_access_until is not None
            and tier.early_access_until > now
            for pk in tier.early_access_collection_ids
        )
    )


def resolve_profile_tier_at_risk_until(root: Profile, info):
    membership = standing(root).membership
    return membership.demote_after if membership else None
