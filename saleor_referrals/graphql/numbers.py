"""The program's numbers for staff: the funnel, revenue against the full cost, and
the previous period side by side (`referralReport`); and the share-click tracking
the storefront widget calls (`referralShareTrack`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import graphene

from ..campaigns.models import Campaign, Contest
from ..codes import find_active_code
from ..insights import funnel as funnel_service
from ..insights import money as money_service
from ..insights.errors import InsightError, InsightErrorCode
from ..insights.models import ReferralShare
from ..insights.periods import Period
from ..models import ReferralCode, ReferralProgram
from ..programs import active_program
from ..tiers.models import Tier
from ..writer import reading
from .core import (
    InvalidArgument,
    MutationError,
    ReferralMutation,
    current_user,
    decode_int_id,
    read_alias,
    require_staff,
    text_arguments,
    throttle_mutation,
    utc_argument,
)
from .enums import ReferralErrorCode, ReferralShareNetworkEnum
from .scalars import DateTime, DateTimeInput
from .types import ReferralMoney, ReferralNetworkCount, money


class ReferralPeriodInput(graphene.InputObjectType):
    gte = DateTimeInput(description="Start: from this moment on.")
    lte = DateTimeInput(
        description="End: up to this moment (a row at exactly this moment belongs "
        "to the next period, so consecutive periods never count a row twice)."
    )

    class Meta:
        description = "A period of the program's numbers; open where a bound is null."


def _by_network(counts: dict[str, int]) -> list[dict[str, Any]]:
    return [
        {"network": network, "count": count}
        for network, count in counts.items()
        if network  # '' (unknown) is not a network
    ]


class ReferralFunnel(graphene.ObjectType):
    shares = graphene.Int(required=True, description="Share-button clicks.")
    visits = graphene.Int(required=True, description="`?ref=` landing visits.")
    signups = graphene.Int(
        required=True, description="Friends who registered with a code."
    )
    orders = graphene.Int(
        required=True, description="Referred orders, whatever became of them."
    )
    qualified = graphene.Int(
        required=True,
        description="Orders that met the rules (qualified, approved, rewarded or "
        "later reversed).",
    )
    converted = graphene.Int(
        required=True,
        description="Past the hold (approved or rewarded): what tiers and contests count.",
    )
    rewarded = graphene.Int(
        required=True, description="Advocate reward issued and kept."
    )
    reversed = graphene.Int(
        required=True, description="Rewarded, then refunded or cancelled."
    )
    link_orders = graphene.Int(
        required=True,
        description="Referred orders that came through a landing visit (a share "
        "network recorded, or the link itself): not codes typed at checkout.",
    )
    shares_by_network = graphene.List(
        graphene.NonNull(ReferralNetworkCount), required=True
    )
    visits_by_network = graphene.List(
        graphene.NonNull(ReferralNetworkCount), required=True
    )
    visit_to_order_rate = graphene.Float(
        description="Link orders per landing visit (0..1); null without visits. "
        "Orders from codes typed at checkout had no visit and are left out."
    )
    order_to_converted_rate = graphene.Float(
        description="Converted referrals per order; null without orders."
    )

    class Meta:
        description = (
            "Share clicks -> visits -> sign-ups -> orders -> qualified -> converted "
            "-> rewarded (referrals counted by their friend's order time)."
        )

    @staticmethod
    def resolve_shares_by_network(root: funnel_service.Funnel, info):
        return _by_network(root.shares_by_network)

    @staticmethod
    def resolve_visits_by_network(root: funnel_service.Funnel, info):
        return _by_network(root.visits_by_network)

    @staticmethod
    def resolve_visit_to_order_rate(root: funnel_service.Funnel, info):
        return root.visit_to_order_rate

    @staticmethod
    def resolve_order_to_converted_rate(root: funnel_service.Funnel, info):
        return root.order_to_converted_rate


def _money_field(description: str) -> graphene.Field:
    return graphene.Field(ReferralMoney, required=True, description=description)


class ReferralCosts(graphene.ObjectType):
    advocate_rewards = _money_field(
        "Advocate rewards issued, minus what was taken back."
    )
    friend_discounts = _money_field("Discounts on the counted first orders.")
    signup_rewards = _money_field("Rewards for friends' sign-ups.")
    tier_entry_rewards = _money_field("Rewards for entering a tier.")
    milestone_bonuses = _money_field("Bonuses for milestones.")
    contest_prizes = _money_field("Prizes: ledger prizes and physical prizes' cost.")
    donations = _money_field("Donations to causes.")
    event_costs = _money_field(
        "Costs of events that started in the period (a planned event counts once "
        "it starts)."
    )
    member_discounts = _money_field(
        "Tier members' discounts on orders paid with their member codes."
    )
    other_rewards = _money_field("Ledger rows of any other kind.")

    class Meta:
        description = "The program's cost by line (each net of reversals)."


class ReferralMoneyReport(graphene.ObjectType):
    repeat_window_days = graphene.Int(required=True)
    referred_orders = graphene.Int(
        required=True,
        description="First orders counted (qualified, approved, rewarded).",
    )
    first_order_revenue = _money_field("Totals of the counted first orders.")
    repeat_orders = graphene.Int(
        required=True, description="Later paid orders of those friends in the window."
    )
    repeat_revenue = _money_field("What those later orders kept paid.")
    window_revenue = _money_field("First orders plus repeat orders.")
    costs = graphene.Field(ReferralCosts, required=True)
    total_cost = _money_field("The full cost: all cost lines together.")
    committed = _money_field("Rewards still held: paid if their referrals hold.")
    return_on_rewards = graphene.Float(
        description="First-order revenue per unit of full cost; null without "
        "cost. The summary's `returnOnRewards` is the same figure."
    )
    window_return_on_rewards = graphene.Float(
        description="Window revenue per unit of full cost; null without cost."
    )

    class Meta:
        description = "Referred revenue against the full cost of the program."

    @staticmethod
    def resolve_repeat_window_days(root: money_service.MoneyReport, info):
        return root.window_days

    @staticmethod
    def resolve_first_order_revenue(root: money_service.MoneyReport, info):
        return money(root.first_order_revenue, root.currency)

    @staticmethod
    def resolve_repeat_revenue(root: money_service.MoneyReport, info):
        return money(root.repeat_revenue, root.currency)

    @staticmethod
    def resolve_window_revenue(root: money_service.MoneyReport, info):
        return money(root.window_revenue, root.currency)

    @staticmethod
    def resolve_costs(root: money_service.MoneyReport, info):
        return {
            line: money(amount, root.currency) for line, amount in root.costs.items()
        }

    @staticmethod
    def resolve_total_cost(root: money_service.MoneyReport, info):
        return money(root.total_cost, root.currency)

    @staticmethod
    def resolve_committed(root: money_service.MoneyReport, info):
        return money(root.committed, root.currency)


@dataclass(frozen=True)
class Report:
    """What a report is about; its funnel and money are read only when asked."""

    program: ReferralProgram
    period: Period
    filters: dict[str, Any]
    window_days: int
    using: str
    compare: bool

    def previous(self) -> Report:
        """The same length just before. A campaign's or contest's report compares
        with the program as it ran before that window (their filters dropped: the
        campaign stamped no referral then)."""
        filters = dict(self.filters)
        if filters.get("campaign") is not None or filters.get("contest") is not None:
            filters["campaign"] = filters["contest"] = None
        return Report(
            self.program,
            self.period.previous(),
            filters,
            self.window_days,
            self.using,
            compare=False,
        )


class ReferralReport(graphene.ObjectType):
    start = DateTime(description="Start of the period (null: from the beginning).")
    end = DateTime(description="End of the period (null: until now).")
    funnel = graphene.Field(ReferralFunnel, required=True)
    money = graphene.Field(ReferralMoneyReport, required=True)
    previous = graphene.Field(
        lambda: ReferralReport,
        description="The period of the same length just before, with the same "
        "filters (with `compareWithPrevious`); for a campaign or contest, the "
        "program before its window.",
    )

    class Meta:
        description = "A program's numbers for a period (staff)."

    @staticmethod
    def resolve_start(root: Report, info):
        return root.period.start

    @staticmethod
    def resolve_end(root: Report, info):
        return root.period.end

    @staticmethod
    def resolve_funnel(root: Report, info):
        with reading(root.using):
            return funnel_service.funnel(
                root.program,
                start=root.period.start,
                end=root.period.end,
                using=root.using,
                **root.filters,
            )

    @staticmethod
    def resolve_money(root: Report, info):
        with reading(root.using):
            return money_service.money(
                root.program,
                start=root.period.start,
                end=root.period.end,
                window_days=root.window_days,
                using=root.using,
                **root.filters,
            )

    @staticmethod
    def resolve_previous(root: Report, info):
        return root.previous() if root.compare else None


def _decode(global_id: str, type_name: str, field: str) -> int:
    try:
        return decode_int_id(global_id, type_name, field)
    except MutationError as error:
        raise InvalidArgument(
            error.message, field, ReferralErrorCode.get(error.code).name
        ) from None


def _owned(model, global_id: str | None, type_name: str, field: str, program, using):
    """The object of `program` an ID names: INVALID for a malformed ID or one of
    another type, NOT_FOUND for none, OTHER_CHANNEL for another channel's."""
    if global_id is None:
        return None
    pk = _decode(global_id, type_name, field)
    found = model.objects.using(using).filter(pk=pk).first()
    if found is None:
        raise InvalidArgument(
            f"{type_name} not found.", field, InsightErrorCode.NOT_FOUND.name
        )
    if found.program_id != program.pk:
        raise InvalidArgument(
            f"The {field} belongs to another channel.",
            field,
            InsightErrorCode.OTHER_CHANNEL.name,
        )
    return found


def _insight_error(error: InsightError, field: str | None = None) -> InvalidArgument:
    return InvalidArgument(error.message, field or error.field, error.code.name)


class NumbersQueries(graphene.ObjectType):
    referral_report = graphene.Field(
        ReferralReport,
        channel=graphene.String(required=True),
        period=ReferralPeriodInput(),
        campaign=graphene.ID(
            description="A ReferralCampaign: its referrals and window."
        ),
        contest=graphene.ID(description="A ReferralContest: its window and prizes."),
        tier=graphene.ID(description="A ReferralTier: its current members' numbers."),
        network=ReferralShareNetworkEnum(description="One share network."),
        repeat_window_days=graphene.Int(
            description=f"Days after a first order whose repeat orders count "
            f"(0 to {money_service.MAX_WINDOW_DAYS}; "
            f"{money_service.DEFAULT_WINDOW_DAYS} by default)."
        ),
        compare_with_previous=graphene.Boolean(
            description="Also the period of the same length just before (needs a "
            "period with both bounds, or a campaign or contest)."
        ),
        description="Funnel, referred revenue, full cost and return on rewards "
        "(MANAGE_DISCOUNTS). Null when the channel has no program.",
    )

    @staticmethod
    @text_arguments
    def resolve_referral_report(
        root,
        info,
        channel: str,
        period: dict | None = None,
        campaign: str | None = None,
        contest: str | None = None,
        tier: str | None = None,
        network: Any = None,
        repeat_window_days: int | None = None,
        compare_with_previous: bool | None = None,
    ):
        require_staff(info)
        using = read_alias(info)
        with reading(using):
            program = (
                ReferralProgram.objects.using(using)
                .filter(channel_slug=channel)
                .first()
            )
            if program is None:
                return None
            start = utc_argument((period or {}).get("gte"), "period")
            end = utc_argument((period or {}).get("lte"), "period")
            filters = {
                "campaign": _owned(
                    Campaign, campaign, "ReferralCampaign", "campaign", program, using
                ),
                "contest": _owned(
                    Contest, contest, "ReferralContest", "contest", program, using
                ),
                "tier": _owned(Tier, tier, "ReferralTier", "tier", program, using),
                "network": getattr(network, "value", network),
            }
        window = (
            money_service.DEFAULT_WINDOW_DAYS
            if repeat_window_days is None
            else repeat_window_days
        )
        if not 0 <= window <= money_service.MAX_WINDOW_DAYS:
            raise InvalidArgument(
                f"repeatWindowDays must be from 0 to {money_service.MAX_WINDOW_DAYS}.",
                "repeatWindowDays",
                InsightErrorCode.OUT_OF_RANGE.name,
            )
        try:
            period, _ = funnel_service.scoped(
                program, start, end, using=using, **filters
            )
            report = Report(
                program,
                period,  # cut to the campaign's or contest's window
                filters,
                window,
                using,
                compare=bool(compare_with_previous),
            )
            if report.compare:
                report.previous()
        except InsightError as error:
            raise _insight_error(error) from None
        except ValueError as error:  # Period's own checks
            raise _insight_error(
                InsightError(
                    InsightErrorCode.PERIOD_REQUIRED
                    if compare_with_previous
                    else InsightErrorCode.INVALID,
                    str(error),
                    "period",
                )
            ) from None
        return report


class ReferralShareTrack(ReferralMutation):
    class Arguments:
        channel = graphene.String(required=True)
        network = ReferralShareNetworkEnum(required=True)
        code = graphene.String(
            description="The advocate's code; the signed-in customer's own when "
            "omitted."
        )

    class Meta:
        description = (
            "Record a click on a share button (the funnel's first step). Answers "
            "the same for every code, so it reveals nothing about which exist."
        )

    @classmethod
    def perform(cls, root, info, channel, network, code=None):
        throttle_mutation(info, "share")
        referral_code = _share_code(channel, code, current_user(info))
        if referral_code is not None:
            ReferralShare.objects.create(
                program_id=referral_code.program_id,
                code=referral_code,
                network=getattr(network, "value", network),
            )
        return {}


def _share_code(channel: str, code: str | None, user) -> ReferralCode | None:
    program = active_program(channel)
    if program is None:
        return None
    if code:
        found = find_active_code(code[:64])
        return found if found is not None and found.program_id == program.pk else None
    if user is None:
        raise MutationError(
            ReferralErrorCode.REQUIRED.value,
            "Give the code, or sign in to track your own.",
            "code",
        )
    return ReferralCode.objects.filter(
        program=program, user_id=user.pk, is_active=True
    ).first()


class NumbersMutations(graphene.ObjectType):
    referral_share_track = ReferralShareTrack.Field()
