"""Object types of tiers, milestones and badges."""

from __future__ import annotations

import graphene

from ...tiers.models import (
    Badge,
    Milestone,
    Tier,
    TierChange,
    TierChangeKind,
    TierMembership,
    TierWindow,
)
from ..core import read_alias, staff_only
from ..enums import ReferralRewardKindEnum, _enum
from ..scalars import DateTime
from ..types import ReferralMoney, money

ReferralTierWindowEnum = _enum(
    "ReferralTierWindowEnum", TierWindow, "Over which period referrals count."
)
ReferralTierChangeKindEnum = _enum(
    "ReferralTierChangeKindEnum", TierChangeKind, "What happened to a tier member."
)


class ReferralTranslation(graphene.ObjectType):
    language = graphene.String(required=True, description="en, fa or ar.")
    name = graphene.String(required=True)

    class Meta:
        description = "A name in another language."


class ReferralBonus(graphene.ObjectType):
    type = ReferralRewardKindEnum(required=True)
    amount = graphene.Field(ReferralMoney, required=True)

    class Meta:
        description = "A one-off reward: a voucher or store credit."


def _translations(root) -> list[dict]:
    return [
        {"language": language, "name": name}
        for language, name in sorted((root.name_translations or {}).items())
    ]


def _bonus(kind: str, value, currency: str) -> dict | None:
    if not kind or value is None:
        return None
    return {"type": kind, "amount": money(value, currency)}


def collection_global_id(pk: str) -> str:
    return graphene.relay.Node.to_global_id("Collection", pk)


class ReferralTier(graphene.ObjectType):
    name = graphene.String(
        required=True,
        description="The name in `languageCode` when translated; else the default.",
        language_code=graphene.String(),
    )
    translations = graphene.List(graphene.NonNull(ReferralTranslation), required=True)
    rank = graphene.Int(required=True, description="1 is the first rung.")
    min_referrals = graphene.Int(
        required=True, description="Converted referrals needed in the window."
    )
    min_revenue = graphene.Field(
        ReferralMoney, description="Referred revenue needed too, if any."
    )
    window = ReferralTierWindowEnum(required=True)
    window_days = graphene.Int(description="Days of a rolling window.")
    reward_multiplier = graphene.Float(
        description="Each advocate reward is the program's times this."
    )
    reward_fixed = graphene.Field(
        ReferralMoney, description="Each advocate reward is this amount instead."
    )
    entry_reward = graphene.Field(
        ReferralBonus, description="Paid once when an advocate first reaches the tier."
    )
    member_discount_percent = graphene.Float(
        description="Standing discount on the member's own orders (personal code)."
    )
    early_access_collections = graphene.List(
        graphene.NonNull(graphene.ID),
        required=True,
        description="Saleor collections members may buy before `earlyAccessUntil`.",
    )
    early_access_until = DateTime(description="When early access ends for everyone.")
    members = graphene.Int(
        description="Staff only: how many advocates are in this tier now."
    )

    class Meta:
        description = "A rung of a channel's loyalty ladder, with its perks."
        interfaces = (graphene.relay.Node,)

    @staticmethod
    def resolve_name(root: Tier, info, language_code=None):
        return root.translated_name(language_code or "")

    @staticmethod
    def resolve_translations(root: Tier, info):
        return _translations(root)

    @staticmethod
    def resolve_min_revenue(root: Tier, info):
        return money(root.min_revenue, root.program.currency)

    @staticmethod
    def resolve_reward_fixed(root: Tier, info):
        return money(root.reward_fixed, root.program.currency)

    @staticmethod
    def resolve_entry_reward(root: Tier, info):
        return _bonus(
            root.entry_reward_kind, root.entry_reward_value, root.program.currency
        )

    @staticmethod
    def resolve_early_access_collections(root: Tier, info):
        return [collection_global_id(pk) for pk in root.early_access_collection_ids]

    @staticmethod
    @staff_only
    def resolve_members(root: Tier, info):
        # One indexed count per tier asked for (a ladder has at most 20 tiers).
        return TierMembership.objects.using(read_alias(info)).filter(tier=root).count()


class ReferralMilestone(graphene.ObjectType):
    slug = graphene.String(required=True)
    name = graphene.String(required=True, language_code=graphene.String())
    translations = graphene.List(graphene.NonNull(ReferralTranslation), required=True)
    referrals = graphene.Int(required=True, description="Converted referrals needed.")
    bonus = graphene.Field(ReferralBonus, description="Paid once, with the badge.")

    class Meta:
        description = "A badge (and an optional bonus) at a number of referrals."
        interfaces = (graphene.relay.Node,)

    @staticmethod
    def resolve_name(root: Milestone, info, language_code=None):
        return root.translated_name(language_code or "")

    @staticmethod
    def resolve_translations(root: Milestone, info):
        return _translations(root)

    @staticmethod
    def resolve_bonus(root: Milestone, info):
        return _bonus(root.bonus_kind, root.bonus_value, root.program.currency)


class ReferralBadge(graphene.ObjectType):
    slug = graphene.String(required=True)
    name = graphene.String(required=True, language_code=graphene.String())
    earned_at = DateTime(required=True)

    class Meta:
        description = "A milestone the customer reached."

    @staticmethod
    def resolve_slug(root: Badge, info):
        return root.milestone.slug

    @staticmethod
    def resolve_name(root: Badge, info, language_code=None):
        return root.milestone.translated_name(language_code or "")


class ReferralNextTier(graphene.ObjectType):
    tier = graphene.Field(ReferralTier, required=True)
    referrals_needed = graphene.Int(
        required=True, description="Converted referrals still needed in its window."
    )
    revenue_needed = graphene.Field(
        ReferralMoney, description="Referred revenue still needed, if it has a rule."
    )

    class Meta:
        description = "The next rung and how far away it is."


class ReferralTierChange(graphene.ObjectType):
    kind = ReferralTierChangeKindEnum(required=True)
    from_tier = graphene.String(description="Name of the tier before.")
    to_tier = graphene.String(description="Name of the tier after.")
    converted_referrals = graphene.Int(required=True)
    reason = graphene.String(required=True)
    created_at = DateTime(required=True)

    class Meta:
        description = "A move on the ladder, with its time and reason (staff)."

    @staticmethod
    def resolve_from_tier(root: TierChange, info):
        return root.from_tier_name or None

    @staticmethod
    def resolve_to_tier(root: TierChange, info):
        return root.to_tier_name or None


class ReferralTierPlacement(graphene.ObjectType):
    status = graphene.String(required=True, description="queued, running or done.")
    reason = graphene.String(required=True)
    pay_entry_rewards = graphene.Boolean(required=True)
    total = graphene.Int(required=True, description="Advocates to place.")
    done = graphene.Int(required=True, description="Advocates placed so far.")
    created_at = DateTime(required=True)
    finished_at = DateTime()

    class Meta:
        description = "Placing existing advocates after a ladder change (staff)."
        interfaces = (graphene.relay.Node,)
