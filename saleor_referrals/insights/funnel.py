"""The referral funnel: share clicks -> landing visits -> sign-ups -> orders ->
qualified -> converted -> rewarded, per program, campaign, contest, tier, share
network and period.

Stages (each counts referrals created in the period, the friend's order time, as
`converted.converted_q` does):
- shares, visits: share-button clicks and `?ref=` landing visits;
- sign-ups: friends who registered with a code (leads);
- orders: referred orders, whatever became of them;
- link orders: of those, the ones that came through a landing visit (the base of
  the visit-to-order rate: see `insights.figures`);
- qualified: orders that met the rules (qualified, approved, rewarded or later
  reversed);
- converted: past the hold (approved or rewarded): THE converted count;
- rewarded: the advocate's reward issued and not taken back;
- reversed: rewarded, then refunded or cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db import DEFAULT_DB_ALIAS

from ..campaigns.models import Campaign, Contest
from ..converted import CONVERTED_STATUSES
from ..models import ReferralProgram, ReferralSource, ReferralStatus, ShareNetwork
from ..tiers.models import Tier, TierMembership
from . import figures
from .errors import InsightError, InsightErrorCode
from .periods import Period, PeriodError
from .totals import REFERRAL, SHARE, VISIT, Bucket, Scope, buckets

QUALIFIED_STATUSES = (
    ReferralStatus.QUALIFIED,
    ReferralStatus.APPROVED,
    ReferralStatus.REWARDED,
    ReferralStatus.REVERSED,
)


@dataclass(frozen=True)
class Funnel:
    period: Period
    shares: int
    visits: int
    signups: int
    orders: int
    qualified: int
    converted: int
    rewarded: int
    reversed: int
    link_orders: int = 0
    shares_by_network: dict[str, int] = field(default_factory=dict)
    visits_by_network: dict[str, int] = field(default_factory=dict)
    # Referrals (leads and orders) by their current status.
    statuses: dict[str, int] = field(default_factory=dict)

    def rate(self, numerator: str, denominator: str) -> float | None:
        """`numerator` per `denominator` stage (0..1), None without a base."""
        return figures.rate(getattr(self, numerator), getattr(self, denominator))

    @property
    def visit_to_order_rate(self) -> float | None:
        return figures.visit_to_order_rate(self.link_orders, self.visits)

    @property
    def order_to_converted_rate(self) -> float | None:
        return figures.order_to_converted_rate(self.converted, self.orders)


def _own(obj, program: ReferralProgram, field_name: str, what: str) -> None:
    if obj is not None and obj.program_id != program.pk:
        raise InsightError(
            InsightErrorCode.OTHER_CHANNEL,
            f"The {what} belongs to another channel's program.",
            field_name,
        )


def make_period(start: datetime | None, end: datetime | None) -> Period:
    try:
        return Period(start, end)
    except PeriodError as error:
        code = (
            InsightErrorCode.PERIOD_INVERTED
            if error.field == "end"
            else InsightErrorCode.INVALID
        )
        raise InsightError(code, error.message, "period") from None


def scoped(
    program: ReferralProgram,
    start: datetime | None,
    end: datetime | None,
    *,
    campaign: Campaign | None = None,
    contest: Contest | None = None,
    tier: Tier | None = None,
    network: str | None = None,
    using: str = DEFAULT_DB_ALIAS,
) -> tuple[Period, Scope]:
    """The period cut to the campaign's and contest's windows, and what to count."""
    _own(campaign, program, "campaign", "campaign")
    _own(contest, program, "contest", "contest")
    _own(tier, program, "tier", "tier")
    if network is not None and network not in ShareNetwork.values:
        raise InsightError(
            InsightErrorCode.INVALID, f"Unknown share network {network!r}.", "network"
        )
    period = make_period(start, end)
    if campaign is not None:
        period = period.within(campaign.starts_at, campaign.ends_at)
    if contest is not None:
        period = period.within(contest.starts_at, contest.ends_at)
    advocates = None
    if tier is not None:
        advocates = (
            TierMembership.objects.using(using)
            .filter(program_id=program.pk, tier_id=tier.pk)
            .values("advocate_id")
        )
    return period, Scope(
        campaign_id=campaign.pk if campaign is not None else None,
        network=network,
        advocates=advocates,
    )


def funnel_from(period: Period, rows: list[Bucket]) -> Funnel:
    shares: dict[str, int] = {}
    visits: dict[str, int] = {}
    statuses = {status.value: 0 for status in ReferralStatus}
    signups = orders = link_orders = 0
    for row in rows:
        if row.kind == SHARE:
            shares[row.network] = shares.get(row.network, 0) + row.n
        elif row.kind == VISIT:
            visits[row.network] = visits.get(row.network, 0) + row.n
        elif row.kind == REFERRAL:
            statuses[row.status] = statuses.get(row.status, 0) + row.n
            orders += row.orders
            if figures.is_link_order(row.network, row.category):
                link_orders += row.orders
            if row.category == ReferralSource.SIGNUP:
                signups += row.n
    return Funnel(
        period=period,
        shares=sum(shares.values()),
        visits=sum(visits.values()),
        signups=signups,
        orders=orders,
        qualified=sum(statuses[status] for status in QUALIFIED_STATUSES),
        converted=sum(statuses[status] for status in CONVERTED_STATUSES),
        rewarded=statuses[ReferralStatus.REWARDED],
        reversed=statuses[ReferralStatus.REVERSED],
        link_orders=link_orders,
        shares_by_network=dict(sorted(shares.items())),
        visits_by_network=dict(sorted(visits.items())),
        statuses=statuses,
    )


def funnel(
    program: ReferralProgram,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    campaign: Campaign | None = None,
    contest: Contest | None = None,
    tier: Tier | None = None,
    network: str | None = None,
    using: str = DEFAULT_DB_ALIAS,
) -> Funnel:
    """The funnel of `program` in [start, end): one query on the daily totals for a
    whole-day period, up to four more for partial days; a tier reads raw rows.

    Raises InsightError for an inverted period or an object of another program.
    """
    period, scope = scoped(
        program,
        start,
        end,
        campaign=campaign,
        contest=contest,
        tier=tier,
        network=network,
        using=using,
    )
    rows = buckets(program, period, scope, (SHARE, VISIT, REFERRAL), using)
    return funnel_from(period, rows)
