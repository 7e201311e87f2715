"""Tiers, milestones and badges in the referral API: types, queries, mutations."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import graphene
from django.db.models import F, QuerySet
from django.utils import timezone
from graphql import GraphQLError
from graphql_relay import from_global_id

from ..models import ReferralProgram
from ..programs import active_program
from ..tiers import ladder
from ..tiers.counting import Tally, tallies
from ..tiers.errors import TierError
from ..tiers.evaluation import windows_of
from ..tiers.models import (
    Badge,
    Milestone,
    Tier,
    TierChange,
    TierChangeKind,
    TierMembership,
    TierPlacementRun,
    TierWindow,
)
from ..tiers.rules import next_tier, window_of
from ..writer import reading
from .core import (
    MutationError,
    ReferralMutation,
    decode_int_id,
    read_alias,
    require_staff,
    text_arguments,
)
from .enums import ReferralErrorCode, ReferralRewardKindEnum, _enum
from .scalars import DateTime, DateTimeInput
from .types import Profile, ReferralMoney, money

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


# --- the customer's standing -------------------------------------------------


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


# --- queries -------------------------------------------------------------------


def _public_program(channel: str, info) -> ReferralProgram | None:
    return active_program(channel, read_alias(info))


def _with_program(rows: QuerySet, program: ReferralProgram) -> list:
    items = list(rows)
    for item in items:
        item.program = program
    return items


class ReferralTierHistoryEntry(graphene.ObjectType):
    advocate_email = graphene.String(required=True)
    tier = graphene.Field(ReferralTier)
    demote_after = DateTime(description="End of the grace period, when at risk.")
    changes = graphene.List(graphene.NonNull(ReferralTierChange), required=True)

    class Meta:
        description = "An advocate's place on the ladder and how they got there."


class TierQueries(graphene.ObjectType):
    referral_tiers = graphene.List(
        graphene.NonNull(ReferralTier),
        required=True,
        channel=graphene.String(required=True),
        description="The channel's ladder, lowest first (public).",
    )
    referral_milestones = graphene.List(
        graphene.NonNull(ReferralMilestone),
        required=True,
        channel=graphene.String(required=True),
        description="The channel's milestones, fewest referrals first (public).",
    )
    referral_tier_history = graphene.Field(
        ReferralTierHistoryEntry,
        channel=graphene.String(required=True),
        advocate_email=graphene.String(required=True),
        description="An advocate's tier and tier history (MANAGE_DISCOUNTS).",
    )
    referral_tier_placement = graphene.Field(
        ReferralTierPlacement,
        id=graphene.ID(required=True),
        description="Progress of a placement after a ladder change (MANAGE_DISCOUNTS).",
    )

    @staticmethod
    @text_arguments
    def resolve_referral_tiers(root, info, channel):
        program = _public_program(channel, info)
        if program is None:
            return []
        using = read_alias(info)
        with reading(using):
            return _with_program(
                Tier.objects.using(using).filter(program=program).order_by("rank"),
                program,
            )

    @staticmethod
    @text_arguments
    def resolve_referral_milestones(root, info, channel):
        program = _public_program(channel, info)
        if program is None:
            return []
        using = read_alias(info)
        with reading(using):
            return _with_program(
                Milestone.objects.using(using).filter(program=program),
                program,
            )

    @staticmethod
    @text_arguments
    def resolve_referral_tier_history(root, info, channel, advocate_email):
        require_staff(info)
        using = read_alias(info)
        with reading(using):
            membership = (
                TierMembership.objects.using(using)
                .select_related("tier__program", "advocate")
                .filter(
                    program__channel_slug=channel,
                    advocate__email__iexact=advocate_email.strip(),
                )
                .first()
            )
            if membership is None:
                return None
            return {
                "advocate_email": membership.advocate.email,
                "tier": membership.tier,
                "demote_after": membership.demote_after,
                "changes": list(membership.changes.all()),
            }

    @staticmethod
    @text_arguments
    def resolve_referral_tier_placement(root, info, id):
        require_staff(info)
        try:
            type_name, pk = from_global_id(id)
        except Exception:
            return None
        if type_name != "ReferralTierPlacement" or not pk.isdigit():
            return None
        using = read_alias(info)
        with reading(using):
            return TierPlacementRun.objects.using(using).filter(pk=int(pk)).first()


def tier_filter(queryset: QuerySet, tier_id: str) -> QuerySet:
    """Referrals whose advocate is now in the tier (the staff `tier` filter)."""
    try:
        type_name, pk = from_global_id(tier_id)
    except Exception:
        type_name, pk = "", ""
    if type_name != "ReferralTier" or not pk.isdigit():
        raise GraphQLError("Not a valid ReferralTier ID.")
    return queryset.filter(
        advocate__referral_tier_memberships__tier_id=int(pk),
        advocate__referral_tier_memberships__program_id=F("program_id"),
    )


# --- mutations (staff) ------------------------------------------------------------


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


def _amount(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


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
    "min_revenue": ("min_revenue", _amount),
    "window": ("window", lambda v: v or TierWindow.LIFETIME),
    "window_days": ("window_days", lambda v: v),
    "reward_multiplier": ("reward_multiplier", _amount),
    "reward_fixed": ("reward_fixed", _amount),
    "member_discount_percent": ("member_discount_percent", _amount),
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
        changes["entry_reward_value"] = _amount(bonus["amount"]) if bonus else None
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
        changes["bonus_value"] = _amount(bonus["amount"]) if bonus else None
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


def _staff_program(channel: str) -> ReferralProgram:
    program = ReferralProgram.objects.filter(channel_slug=channel).first()
    if program is None:
        raise MutationError(
            Code.NOT_FOUND.value, "No referral program in this channel.", "channel"
        )
    return program


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
        program = _staff_program(channel)
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
        program = _staff_program(channel)
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
