"""Staff mutations of the ladder and the milestones."""

from __future__ import annotations

from typing import Any

import graphene
from graphql_relay import from_global_id

from ...tiers import ladder
from ...tiers.errors import TierError
from ...tiers.models import (
    Milestone,
    Tier,
    TierWindow,
)
from ..core import (
    MutationError,
    ReferralMutation,
    decimal_argument,
    decode_int_id,
    require_staff,
    staff_program,
)
from ..enums import ReferralErrorCode, ReferralRewardKindEnum
from ..scalars import DateTimeInput
from .types import (
    ReferralMilestone,
    ReferralTier,
    ReferralTierPlacement,
    ReferralTierWindowEnum,
)


class ReferralTranslationInput(graphene.InputObjectType):
    language = graphene.String(required=True, description="fa or ar (or en).")
    name = graphene.String(required=True)

    class Meta:
        description = "A name in another language."


class ReferralBonusInput(graphene.InputObjectType):
    type = ReferralRewardKindEnum(required=True, description="VOUCHER or STORE_CREDIT.")
    amount = graphene.Float(required=True, description="In the channel currency.")

    class Meta:
        description = "A one-off reward."


class ReferralTierInput(graphene.InputObjectType):
    name = graphene.String(description="Required on create; unique per channel.")
    translations = graphene.List(graphene.NonNull(ReferralTranslationInput))
    rank = graphene.Int(description="Required on create; 1 is the lowest rung.")
    min_referrals = graphene.Int(
        description="Required on create: converted referrals to enter the tier; "
        "must rise with rank."
    )
    min_revenue = graphene.Float(description="Referred revenue needed too.")
    window = ReferralTierWindowEnum(description="LIFETIME by default.")
    window_days = graphene.Int(description="Days of a ROLLING window (1-3650).")
    reward_multiplier = graphene.Float(description="Above 0, at most 10.")
    reward_fixed = graphene.Float(description="Replaces the program's reward.")
    entry_reward = ReferralBonusInput(description="Paid once per advocate, ever.")
    member_discount_percent = graphene.Float(description="Above 0, at most 100.")
    early_access_collections = graphene.List(
        graphene.NonNull(graphene.ID), description="Saleor Collection IDs."
    )
    early_access_until = DateTimeInput(description="Public date of those collections.")

    class Meta:
        description = (
            "A tier's entry rule and perks; on update, only fields given change."
        )


class ReferralMilestoneInput(graphene.InputObjectType):
    slug = graphene.String(description="Required on create; unique per channel.")
    name = graphene.String(description="Required on create; unique per channel.")
    translations = graphene.List(graphene.NonNull(ReferralTranslationInput))
    referrals = graphene.Int(description="Required on create: converted referrals.")
    bonus = ReferralBonusInput(description="Paid once with the badge.")

    class Meta:
        description = "A milestone; on update, only fields given change."


Code = ReferralErrorCode


def _translations_input(items) -> dict[str, str]:
    result: dict[str, str] = {}
    for item in items or []:
        language = (item.get("language") or "").strip().lower()
        if language in result:
            raise MutationError(
                Code.UNIQUE.value, f"Two {language!r} translations.", "translations"
            )
        result[language] = (item.get("name") or "").strip()
    return result


def _collection_ids(ids) -> list[str]:
    pks = []
    for global_id in ids or []:
        try:
            type_name, pk = from_global_id(global_id)
        except Exception:
            type_name, pk = "", ""
        if type_name != "Collection" or not pk.isdigit():
            raise MutationError(
                Code.UNKNOWN_COLLECTION.value,
                f"{global_id!r} is not a collection ID.",
                "earlyAccessCollections",
            )
        pks.append(pk)
    return pks


TIER_CONVERSIONS: dict[str, tuple[str, Any]] = {
    "name": ("name", lambda v: v or ""),
    "translations": ("name_translations", _translations_input),
    "rank": ("rank", lambda v: v),
    "min_referrals": ("min_referrals", lambda v: v),
    "min_revenue": ("min_revenue", lambda v: decimal_argument(v, "minRevenue")),
    "window": ("window", lambda v: v or TierWindow.LIFETIME),
    "window_days": ("window_days", lambda v: v),
    "reward_multiplier": (
        "reward_multiplier",
        lambda v: decimal_argument(v, "rewardMultiplier"),
    ),
    "reward_fixed": ("reward_fixed", lambda v: decimal_argument(v, "rewardFixed")),
    "member_discount_percent": (
        "member_discount_percent",
        lambda v: decimal_argument(v, "memberDiscountPercent"),
    ),
    "early_access_collections": ("early_access_collection_ids", _collection_ids),
    "early_access_until": ("early_access_until", lambda v: v),
}


def tier_changes(data: dict) -> dict[str, Any]:
    changes = {
        target: convert(data[key])
        for key, (target, convert) in TIER_CONVERSIONS.items()
        if key in data
    }
    if "entry_reward" in data:
        bonus = data["entry_reward"]
        changes["entry_reward_kind"] = bonus["type"] if bonus else ""
        changes["entry_reward_value"] = (
            decimal_argument(bonus["amount"], "entryReward") if bonus else None
        )
    return changes


def milestone_changes(data: dict) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key in ("slug", "name", "referrals"):
        if key in data:
            changes[key] = data[key] if key == "referrals" else (data[key] or "")
    if "translations" in data:
        changes["name_translations"] = _translations_input(data["translations"])
    if "bonus" in data:
        bonus = data["bonus"]
        changes["bonus_kind"] = bonus["type"] if bonus else ""
        changes["bonus_value"] = (
            decimal_argument(bonus["amount"], "bonus") if bonus else None
        )
    return changes


def _require(changes: dict, names: tuple[str, ...]) -> None:
    for name in names:
        if changes.get(name) in (None, ""):
            raise MutationError(
                Code.REQUIRED.value, f"{name} is required.", _camel(name)
            )


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _tier(global_id: str) -> Tier:
    tier = (
        Tier.objects.select_related("program")
        .filter(pk=decode_int_id(global_id, "ReferralTier"))
        .first()
    )
    if tier is None:
        raise MutationError(Code.NOT_FOUND.value, "Tier not found.", "id")
    return tier


def _milestone(global_id: str) -> Milestone:
    milestone = (
        Milestone.objects.select_related("program")
        .filter(pk=decode_int_id(global_id, "ReferralMilestone"))
        .first()
    )
    if milestone is None:
        raise MutationError(Code.NOT_FOUND.value, "Milestone not found.", "id")
    return milestone


def domain_errors(action):
    """Run a ladder service; its TierError becomes the mutation's error."""
    try:
        return action()
    except TierError as error:
        raise MutationError(error.code.value, error.message, error.field) from error


PAY_ENTRY_REWARDS = graphene.Boolean(
    default_value=False,
    description="Pay entry rewards (or milestone bonuses) to advocates the change "
    "places; by default nothing is back-paid and that is recorded.",
)


class ReferralTierCreate(ReferralMutation):
    tier = graphene.Field(ReferralTier)
    placement = graphene.Field(
        ReferralTierPlacement, description="Placement of existing advocates."
    )

    class Arguments:
        channel = graphene.String(required=True)
        input = ReferralTierInput(required=True)
        pay_entry_rewards = PAY_ENTRY_REWARDS

    class Meta:
        description = "Add a tier to a channel's ladder (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, channel, input, pay_entry_rewards=False):
        actor = require_staff(info)
        program = staff_program(channel)
        changes = tier_changes(dict(input))
        _require(changes, ("name", "rank", "min_referrals"))
        spec = ladder.TierSpec(**changes)
        tier, run = domain_errors(
            lambda: ladder.create_tier(
                program, spec, actor=actor, pay_entry_rewards=pay_entry_rewards
            )
        )
        return {"tier": tier, "placement": run}


class ReferralTierUpdate(ReferralMutation):
    tier = graphene.Field(ReferralTier)
    placement = graphene.Field(ReferralTierPlacement)

    class Arguments:
        id = graphene.ID(required=True)
        input = ReferralTierInput(required=True)
        reason = graphene.String(
            description="Required when the entry rule changes: members may move."
        )
        pay_entry_rewards = PAY_ENTRY_REWARDS

    class Meta:
        description = "Change a tier (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, id, input, reason=None, pay_entry_rewards=False):
        actor = require_staff(info)
        tier = _tier(id)
        changes = tier_changes(dict(input))
        tier, run = domain_errors(
            lambda: ladder.update_tier(
                tier,
                changes,
                actor=actor,
                reason=(reason or "")[:200],
                pay_entry_rewards=pay_entry_rewards,
            )
        )
        return {"tier": tier, "placement": run}


class ReferralTierDelete(ReferralMutation):
    members_moved = graphene.Int(description="Members moved to the tier below.")

    class Arguments:
        id = graphene.ID(required=True)
        reason = graphene.String(required=True)

    class Meta:
        description = (
            "Delete a tier; its members fall back to the tier below at once, with "
            "the reason recorded (MANAGE_DISCOUNTS)."
        )

    @classmethod
    def perform(cls, root, info, id, reason):
        actor = require_staff(info)
        tier = _tier(id)
        moved = domain_errors(
            lambda: ladder.delete_tier(tier, actor=actor, reason=reason[:200])
        )
        return {"members_moved": moved}


class ReferralMilestoneCreate(ReferralMutation):
    milestone = graphene.Field(ReferralMilestone)
    placement = graphene.Field(ReferralTierPlacement)

    class Arguments:
        channel = graphene.String(required=True)
        input = ReferralMilestoneInput(required=True)
        pay_bonuses = PAY_ENTRY_REWARDS

    class Meta:
        description = "Add a milestone (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, channel, input, pay_bonuses=False):
        actor = require_staff(info)
        program = staff_program(channel)
        changes = milestone_changes(dict(input))
        _require(changes, ("slug", "name", "referrals"))
        spec = ladder.MilestoneSpec(**changes)
        milestone, run = domain_errors(
            lambda: ladder.create_milestone(
                program, spec, actor=actor, pay_bonuses=pay_bonuses
            )
        )
        return {"milestone": milestone, "placement": run}


class ReferralMilestoneUpdate(ReferralMutation):
    milestone = graphene.Field(ReferralMilestone)
    placement = graphene.Field(ReferralTierPlacement)

    class Arguments:
        id = graphene.ID(required=True)
        input = ReferralMilestoneInput(required=True)
        pay_bonuses = PAY_ENTRY_REWARDS

    class Meta:
        description = "Change a milestone (MANAGE_DISCOUNTS)."

    @classmethod
    def perform(cls, root, info, id, input, pay_bonuses=False):
        actor = require_staff(info)
        milestone = _milestone(id)
        changes = milestone_changes(dict(input))
        milestone, run = domain_errors(
            lambda: ladder.update_milestone(
                milestone, changes, actor=actor, pay_bonuses=pay_bonuses
            )
        )
        return {"milestone": milestone, "placement": run}


class ReferralMilestoneDelete(ReferralMutation):
    deleted = graphene.Boolean()

    class Arguments:
        id = graphene.ID(required=True)

    class Meta:
        description = (
            "Delete a milestone and its badges; bonuses already paid stay on the "
            "ledger (MANAGE_DISCOUNTS)."
        )

    @classmethod
    def perform(cls, root, info, id):
        require_staff(info)
        ladder.delete_milestone(_milestone(id))
        return {"deleted": True}


class TierMutations(graphene.ObjectType):
    referral_tier_create = ReferralTierCreate.Field()
    referral_tier_update = ReferralTierUpdate.Field()
    referral_tier_delete = ReferralTierDelete.Field()
    referral_milestone_create = ReferralMilestoneCreate.Field()
    referral_milestone_update = ReferralMilestoneUpdate.Field()
    referral_milestone_delete = ReferralMilestoneDelete.Field()
