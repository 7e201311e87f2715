"""Tiers, milestones and badges in the referral API (one module per kind)."""

from .mutations import TierMutations
from .profile import (
    resolve_profile_badges,
    resolve_profile_early_access,
    resolve_profile_member_discount_code,
    resolve_profile_next_tier,
    resolve_profile_tier,
    resolve_profile_tier_at_risk_until,
)
from .queries import TierQueries, tier_filter
from .types import ReferralBadge, ReferralNextTier, ReferralTier

__all__ = [
    "ReferralBadge",
    "ReferralNextTier",
    "ReferralTier",
    "TierMutations",
    "TierQueries",
    "resolve_profile_badges",
    "resolve_profile_early_access",
    "resolve_profile_member_discount_code",
    "resolve_profile_next_tier",
    "resolve_profile_tier",
    "resolve_profile_tier_at_risk_until",
    "tier_filter",
]
