"""Social proof in the referral API: the public leaderboard, the program's public
counters, and a customer's choice to be listed."""

from __future__ import annotations

import graphene

from ..campaigns.models import Contest
from ..insights import leaderboard as service
from ..insights.counters import SocialProof, social_proof
from ..programs import active_program
from ..writer import reading
from .core import (
    InvalidArgument,
    MutationError,
    ReferralMutation,
    decode_int_id,
    read_alias,
    require_user,
    text_arguments,
    throttle_or_raise,
)
from .enums import ReferralErrorCode
from .tiers.types import ReferralBadge
from .types import ReferralMoney, money

ReferralLeaderboardPeriodEnum = graphene.Enum(
    "ReferralLeaderboardPeriodEnum",
    [(period.upper(), period) for period in service.PERIODS],
    description="Which converted referrals a leaderboard counts, by friend's order date.",
)


class ReferralLeaderboardEntry(graphene.ObjectType):
    rank = graphene.Int(required=True, description="1 for the top advocate.")
    name = graphene.String(
        description="First name and last initial; null when the customer has no "
        "first name (an e-mail is never shown)."
    )
    converted_referrals = graphene.Int(required=True)
    badges = graphene.List(graphene.NonNull(ReferralBadge), required=True)

    class Meta:
        description = "An advocate on the public leaderboard."

    @staticmethod
    def resolve_name(root: service.LeaderboardEntry, info):
        return root.name or None

    @staticmethod
    def resolve_converted_referrals(root: service.LeaderboardEntry, info):
        return root.referrals


class ReferralCauseDonations(graphene.ObjectType):
    cause = graphene.String(required=True, description="The cause's name.")
    amount = graphene.Field(ReferralMoney, required=True)

    class Meta:
        description = "Given to a cause, rounded down (see `socialProof`)."


class ReferralSocialProof(graphene.ObjectType):
    friends_joined = graphene.Int(
        description="Friends whose order converted; null below 10, else rounded "
        "down (10s below 100, 50s below 1,000, 500s below 10,000, then two "
        "significant digits)."
    )
    rewards_paid = graphene.Field(
        ReferralMoney,
        description="Vouchers and store credit issued; null below 100, else rounded "
        "down in whole units like the counts (100s below 1,000).",
    )
    donated_by_cause = graphene.List(
        graphene.NonNull(ReferralCauseDonations),
        required=True,
        description="Causes that received at least 100, rounded down the same way.",
    )

    class Meta:
        description = "Coarse public counters: they never follow one customer."

    @staticmethod
    def resolve_rewards_paid(root: SocialProof, info):
        return money(root.rewards_paid, root.currency)

    @staticmethod
    def resolve_donated_by_cause(root: SocialProof, info):
        return [
            {"cause": name, "amount": money(amount, root.currency)}
            for name, amount in root.donated_by_cause
        ]


def resolve_social_proof(root, info):
    with reading(root.using):
        return social_proof(root.program, root.using)


def _contest(global_id: str, program_id: int, using: str) -> Contest:
    try:
        pk = decode_int_id(global_id, "ReferralContest", "contest")
    except MutationError as error:
        # Queries report the code's name, mutations its value.
        raise InvalidArgument(
            error.message, "contest", ReferralErrorCode.get(error.code).name
        ) from None
    contest = (
        Contest.objects.using(using)
        .select_related("program")
        .filter(pk=pk, program_id=program_id)
        .first()
    )
    if contest is None:
        raise InvalidArgument(
            "Contest not found in this channel.",
            "contest",
            ReferralErrorCode.NOT_FOUND.name,
        )
    return contest


class InsightQueries(graphene.ObjectType):
    referral_leaderboard = graphene.List(
        graphene.NonNull(ReferralLeaderboardEntry),
        channel=graphene.String(required=True),
        contest=graphene.ID(description="A ReferralContest: rank by its window."),
        period=ReferralLeaderboardPeriodEnum(
            description="Ignored with `contest`; ALL_TIME by default."
        ),
        first=graphene.Int(description=f"1 to {service.MAX_ENTRIES}; 10 by default."),
        description="Top advocates by converted referrals; ties go to whoever "
        "reached the count first. Public, rate limited; customers who opted out "
        "are never listed. Null when the program is not active.",
    )

    @staticmethod
    @text_arguments
    def resolve_referral_leaderboard(
        root, info, channel, contest=None, period=None, first=None
    ):
        throttle_or_raise(info, "code_lookup")
        first = 10 if first is None else first
        if not 1 <= first <= service.MAX_ENTRIES:
            raise InvalidArgument(
                f"first must be from 1 to {service.MAX_ENTRIES}.", "first"
            )
        using = read_alias(info)
        with reading(using):
            program = active_program(channel, using)
            if program is None:
                return None
            chosen = _contest(contest, program.pk, using) if contest else None
            return service.leaderboard(
                program,
                first=first,
                period=getattr(period, "value", period) or service.ALL_TIME,
                contest=chosen,
                using=using,
            )


class ReferralProfileUpdate(ReferralMutation):
    show_on_leaderboard = graphene.Boolean(
        description="Whether the customer is now listed on the public leaderboard."
    )

    class Arguments:
        channel = graphene.String(required=True)
        show_on_leaderboard = graphene.Boolean(
            description="List me on the public leaderboard (first name and last "
            "initial only)."
        )

    class Meta:
        description = "The signed-in customer's referral preferences."

    @classmethod
    def perform(cls, root, info, channel, show_on_leaderboard=None):
        user = require_user(info)
        program = active_program(channel)
        if program is None:
            raise MutationError(
                ReferralErrorCode.NOT_FOUND.value,
                "No active referral program in this channel.",
                "channel",
            )
        if show_on_leaderboard is not None:
            service.set_shows_on_leaderboard(program, user.pk, show_on_leaderboard)
        return {"show_on_leaderboard": service.shows_on_leaderboard(program, user.pk)}


class InsightMutations(graphene.ObjectType):
    referral_profile_update = ReferralProfileUpdate.Field()
