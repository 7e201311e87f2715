"""Root fields of the referral API, and a standalone schema built from them."""

from __future__ import annotations

import graphene
from django.db.models import QuerySet

from ..analytics import program_summary
from ..codes import find_active_code
from ..models import ReferralProgram
from ..programs import active_program
from .campaigns import CampaignMutations, CampaignQueries
from .causes import CauseMutations, CauseQueries
from .contests import ContestMutations, ContestQueries
from .core import (
    current_user,
    paginate,
    read_alias,
    require_staff,
    require_user,
    text_arguments,
    throttle_or_raise,
    utc_period,
)
from .customers import CustomerQueries, filter_by_customer, filter_by_order
from .enums import ReferralRewardKindEnum, ReferralRewardStatusEnum, ReferralStatusEnum
from .events import EventMutations, EventQueries
from .exports import ExportMutations, ExportQueries
from .insights import InsightMutations, InsightQueries
from .mutations import (
    ReferralCheckoutCodeApply,
    ReferralCodeCreate,
    ReferralCreate,
    ReferralEmailUnsubscribe,
    ReferralInvite,
    ReferralReview,
    ReferralRewardRevoke,
    ReferralVisitTrack,
    request_language,
)
from .numbers import NumbersMutations, NumbersQueries
from .profile import ReferralProfile, ReferralProgramInfo
from .scalars import DateTimeArgument, DateTimeInput
from .settings import SettingsMutations, SettingsQueries
from .tiers import TierMutations, TierQueries, tier_filter
from .types import (
    Profile,
    ProgramInfo,
    ReferralCountableConnection,
    ReferralProgramSummary,
    ReferralRewardCountableConnection,
    money,
    referral_queryset,
    reward_queryset,
)


class ReferralFilterInput(graphene.InputObjectType):
    status = graphene.List(graphene.NonNull(ReferralStatusEnum))
    advocate_email = graphene.String()
    friend_email = graphene.String()
    created_from = DateTimeInput()
    created_to = DateTimeInput()
    tier = graphene.ID(description="Advocates now in this ReferralTier.")
    customer = graphene.ID(
        description="The Saleor customer's (User) ID: referrals where they are "
        "the advocate or the friend."
    )
    order = graphene.ID(description="The Saleor order's ID: its referral.")

    class Meta:
        description = "Filter referrals (staff)."


class ReferralRewardFilterInput(graphene.InputObjectType):
    status = graphene.List(graphene.NonNull(ReferralRewardStatusEnum))
    kind = graphene.List(graphene.NonNull(ReferralRewardKindEnum))
    recipient_email = graphene.String()
    created_from = DateTimeInput()
    created_to = DateTimeInput()
    customer = graphene.ID(description="The Saleor customer's (User) ID: recipient.")

    class Meta:
        description = "Filter rewards (staff)."


PERIOD_FILTERS = {"created_from": "created_at__gte", "created_to": "created_at__lt"}
REFERRAL_FILTERS = {
    "status": "status__in",
    "advocate_email": "advocate__email__iexact",
    "friend_email": "friend_email__iexact",
    **PERIOD_FILTERS,
}
REWARD_FILTERS = {
    "status": "status__in",
    "kind": "kind__in",
    "recipient_email": "recipient__email__iexact",
    **PERIOD_FILTERS,
}


def _filtered(queryset: QuerySet, filter_: dict | None, lookups: dict) -> QuerySet:
    """Apply each filter input that was given, through its ORM lookup."""
    values = dict(filter_ or {})
    values["created_from"], values["created_to"] = utc_period(
        values.get("created_from"),
        values.get("created_to"),
        ("createdFrom", "createdTo"),
    )
    for key, lookup in lookups.items():
        value = values.get(key)
        if value:
            queryset = queryset.filter(
                **{lookup: value.strip() if isinstance(value, str) else value}
            )
    return queryset


class ReferralQueries(
    TierQueries,
    CampaignQueries,
    ContestQueries,
    CauseQueries,
    EventQueries,
    InsightQueries,
    CustomerQueries,
    ExportQueries,
    NumbersQueries,
):
    referral_profile = graphene.Field(
        ReferralProfile,
        channel=graphene.String(required=True, description="Channel slug."),
        language_code=graphene.String(
            description=(
                "Language of share messages and terms (en, fa, ar); else the request's."
            )
        ),
        description=(
            "The signed-in customer's code, share links, stats, rewards and "
            "referrals. Null when the program is not active in the channel."
        ),
    )
    referral_program = graphene.Field(
        ReferralProgramInfo,
        channel=graphene.String(required=True),
        code=graphene.String(description="The `?ref=` code of a landing page."),
        language_code=graphene.String(
            description="Language of the terms (en, fa, ar); else the request's."
        ),
        description=(
            "Public program data; with a valid code also the advocate's display "
            "name. Null when the program is not active. Rate limited."
        ),
    )
    referrals = graphene.Field(
        ReferralCountableConnection,
        channel=graphene.String(required=True),
        filter=ReferralFilterInput(),
        first=graphene.Int(),
        after=graphene.String(),
        description="All referrals of a channel (MANAGE_DISCOUNTS).",
    )
    referral_rewards = graphene.Field(
        ReferralRewardCountableConnection,
        channel=graphene.String(required=True),
        filter=ReferralRewardFilterInput(),
        first=graphene.Int(),
        after=graphene.String(),
        description="The reward ledger of a channel (MANAGE_DISCOUNTS).",
    )
    referral_program_summary = graphene.Field(
        ReferralProgramSummary,
        channel=graphene.String(required=True),
        from_=DateTimeArgument(name="from"),
        to=DateTimeArgument(),
        description="Counts, referred revenue and reward cost (MANAGE_DISCOUNTS).",
    )

    @staticmethod
    @text_arguments
    def resolve_referral_profile(root, info, channel, language_code=None):
        user = require_user(info)
        using = read_alias(info)
        program = active_program(channel, using)
        if program is None:
            return None
        return Profile(
            program, user, request_language(info, user, language_code), using
        )

    @staticmethod
    @text_arguments
    def resolve_referral_program(root, info, channel, code=None, language_code=None):
        if code is not None:
            throttle_or_raise(info, "code_lookup")
        using = read_alias(info)
        program = active_program(channel, using)
        if program is None:
            return None
        referral_code = find_active_code(code[:64], using) if code else None
        if referral_code is not None and referral_code.program_id != program.pk:
            referral_code = None
        language = request_language(info, current_user(info), language_code)
        return ProgramInfo(program, referral_code, language, using)

    @staticmethod
    @text_arguments
    def resolve_referrals(root, info, channel, filter=None, first=None, after=None):
        require_staff(info)
        queryset = referral_queryset(read_alias(info)).filter(
            program__channel_slug=channel
        )
        if filter and filter.get("tier"):
            queryset = tier_filter(queryset, filter["tier"])
        filter_ = filter or {}
        queryset = filter_by_customer(
            queryset, filter_.get("customer"), ("advocate_id", "friend_id")
        )
        queryset = filter_by_order(queryset, filter_.get("order"))
        return paginate(_filtered(queryset, filter, REFERRAL_FILTERS), first, after)

    @staticmethod
    @text_arguments
    def resolve_referral_rewards(
        root, info, channel, filter=None, first=None, after=None
    ):
        require_staff(info)
        queryset = reward_queryset(read_alias(info)).filter(
            program__channel_slug=channel
        )
        queryset = filter_by_customer(
            queryset, (filter or {}).get("customer"), ("recipient_id",)
        )
        return paginate(_filtered(queryset, filter, REWARD_FILTERS), first, after)

    @staticmethod
    @text_arguments
    def resolve_referral_program_summary(root, info, channel, to=None, **kwargs):
        require_staff(info)
        start, end = utc_period(
            kwargs.get("from_") or kwargs.get("from"), to, ("from", "to")
        )
        using = read_alias(info)
        program = (
            ReferralProgram.objects.using(using).filter(channel_slug=channel).first()
        )
        if program is None:
            return None
        summary = program_summary(program, start, end, using)
        return {
            "channel": channel,
            **summary.counts,
            "visits": summary.visits,
            "visits_by_network": [
                {"network": network, "count": count}
                for network, count in summary.visits_by_network.items()
            ],
            "referred_revenue": money(summary.referred_revenue, summary.currency),
            "reward_cost": money(summary.reward_cost, summary.currency),
            "full_cost": money(summary.full_cost, summary.currency),
            "return_on_rewards": summary.return_on_rewards,
        }


class ReferralMutations(
    TierMutations,
    CampaignMutations,
    ContestMutations,
    CauseMutations,
    EventMutations,
    InsightMutations,
    ExportMutations,
    NumbersMutations,
):
    referral_code_create = ReferralCodeCreate.Field()
    referral_invite = ReferralInvite.Field()
    referral_visit_track = ReferralVisitTrack.Field()
    checkout_referral_code_apply = ReferralCheckoutCodeApply.Field()
    referral_review = ReferralReview.Field()
    referral_reward_revoke = ReferralRewardRevoke.Field()
    referral_create = ReferralCreate.Field()
    referral_email_unsubscribe = ReferralEmailUnsubscribe.Field()


class Query(ReferralQueries):
    pass


class Mutation(ReferralMutations):
    pass


def build_schema() -> graphene.Schema:
    """The referral API on its own: tests, and hosts other than Saleor."""
    return graphene.Schema(query=Query, mutation=Mutation)


class AppModeQuery(Query, SettingsQueries):
    pass


class AppModeMutation(Mutation, SettingsMutations):
    pass


def build_app_schema() -> graphene.Schema:
    """App mode's API: the referral API and the per-channel settings, which plugin
    mode keeps in Saleor's plugin form (`graphql/settings.py`)."""
    return graphene.Schema(query=AppModeQuery, mutation=AppModeMutation)
