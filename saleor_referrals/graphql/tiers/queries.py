"""Public ladder and milestones; staff history, placement progress, tier filter."""

from __future__ import annotations

import graphene
from django.db.models import F, QuerySet
from graphql import GraphQLError
from graphql_relay import from_global_id

from ...models import ReferralProgram
from ...programs import active_program
from ...tiers.models import (
    Milestone,
    Tier,
    TierMembership,
    TierPlacementRun,
)
from ...writer import reading
from ..core import (
    read_alias,
    require_staff,
    text_arguments,
)
from ..scalars import DateTime
from .types import (
    ReferralMilestone,
    ReferralTier,
    ReferralTierChange,
    ReferralTierPlacement,
)


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
