"""Referred revenue against the program's full cost, and the return on rewards.

Revenue: the first orders of referrals that count (qualified, approved, rewarded:
a reversed or rejected order brought nothing) and, over a window after each first
order (180 days unless told), the repeat orders of those friends
(`RepeatOrder`, recorded by the paid-order task, lowered by refunds).

Cost, each net of what was taken back (issued minus revoked; held rewards are
reported apart as committed):
- advocate rewards, sign-up rewards, tier entry rewards, milestone bonuses,
  contest prizes and donations: the reward ledger, by its key's kind;
- contest prizes without a ledger row (physical prizes): their recorded cost;
- friend discounts: what the counted first orders were discounted;
- event costs: events that started in the period (once they start).
A period counts ledger rows created in it and referrals created in it. The
definitions (full cost, return on rewards, the date rules) are in `figures`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Count, F, Q, Sum

from ..campaigns.models import Campaign, Contest, ContestPrize, PrizeKind
from ..events.models import Event
from ..models import ReferralProgram, RewardStatus
from ..money import quantize
from ..tiers.models import Tier
from .errors import InsightError, InsightErrorCode
from .figures import REVENUE_STATUSES, event_cost_counts, return_on_rewards
from .funnel import scoped
from .models import MemberDiscountUse, RepeatOrder
from .periods import Period
from .totals import REFERRAL, REWARD, ZERO, Bucket, Scope, buckets

DEFAULT_WINDOW_DAYS = 180
MAX_WINDOW_DAYS = 3660
# Ledger key prefix -> cost line.
COST_OF_KEY = {
    "referral": "advocate_rewards",
    "signup": "signup_rewards",
    "tier-entry": "tier_entry_rewards",
    "milestone": "milestone_bonuses",
    "contest": "contest_prizes",
    "donation": "donations",
    "donated": "donations",
}
COST_LINES = (
    "advocate_rewards",
    "friend_discounts",
    "signup_rewards",
    "tier_entry_rewards",
    "milestone_bonuses",
    "contest_prizes",
    "donations",
    "event_costs",
    "member_discounts",
    "other_rewards",
)
SPENT = (RewardStatus.ISSUED, RewardStatus.REVOKED)


@dataclass(frozen=True)
class MoneyReport:
    period: Period
    currency: str
    window_days: int
    referred_orders: int
    first_order_revenue: Decimal
    repeat_orders: int
    repeat_revenue: Decimal
    costs: dict[str, Decimal] = field(default_factory=dict)
    # Held rewards: committed, paid if their referrals survive the hold.
    committed: Decimal = ZERO

    @property
    def window_revenue(self) -> Decimal:
        return self.first_order_revenue + self.repeat_revenue

    @property
    def total_cost(self) -> Decimal:
        return sum(self.costs.values(), ZERO)

    @property
    def return_on_rewards(self) -> Decimal | None:
        """First-order revenue per unit of full cost (`figures.return_on_rewards`)."""
        return return_on_rewards(self.first_order_revenue, self.total_cost)

    @property
    def window_return_on_rewards(self) -> Decimal | None:
        """Revenue over the window per unit of full cost."""
        return return_on_rewards(self.window_revenue, self.total_cost)


def _ledger(rows: list[Bucket], costs: dict[str, Decimal], *, prizes: bool) -> Decimal:
    """Add the ledger's buckets to `costs`; returns the held (committed) amount."""
    committed = ZERO
    for row in rows:
        if row.kind != REWARD:
            continue
        line = COST_OF_KEY.get(row.category, "other_rewards")
        if line == "contest_prizes" and not prizes:
            continue  # one contest's prizes are read from its prize rows
        if row.status in SPENT:
            costs[line] += row.amount - row.taken_back
        elif row.status == RewardStatus.HELD:
            committed += row.amount
    return committed


def _prize_cost(
    program: ReferralProgram,
    period: Period,
    scope: Scope,
    contest: Contest | None,
    using: str,
) -> Decimal:
    """Prizes without a ledger row (physical) decided in the period, or every
    prize of one contest."""
    prizes = ContestPrize.objects.using(using).filter(
        contest__program_id=program.pk, winner__isnull=False
    )
    if scope.advocates is not None:
        prizes = prizes.filter(winner_id__in=scope.advocates)
    if contest is not None:
        prizes = prizes.filter(contest_id=contest.pk)
        ledger = prizes.filter(reward__status__in=SPENT).aggregate(
            total=Sum(F("reward__amount") - F("reward__revoked_amount"))
        )["total"]
        physical = prizes.filter(kind=PrizeKind.PHYSICAL).aggregate(
            total=Sum("amount")
        )["total"]
        return (ledger or ZERO) + (physical or ZERO)
    prizes = prizes.filter(kind=PrizeKind.PHYSICAL)
    if period.start is not None:
        prizes = prizes.filter(contest__decided_at__gte=period.start)
    if period.end is not None:
        prizes = prizes.filter(contest__decided_at__lt=period.end)
    return prizes.aggregate(total=Sum("amount"))["total"] or ZERO


def _event_cost(
    program: ReferralProgram, period: Period, tier: Tier | None, using: str
) -> Decimal:
    events = Event.objects.using(using).filter(
        event_cost_counts(period), program_id=program.pk
    )
    if tier is not None:
        events = events.filter(min_tier_id=tier.pk)
    return events.aggregate(total=Sum("cost"))["total"] or ZERO


def _member_discounts(
    program: ReferralProgram, period: Period, tier: Tier | None, using: str
) -> Decimal:
    uses = MemberDiscountUse.objects.using(using).filter(program_id=program.pk)
    if period.start is not None:
        uses = uses.filter(paid_at__gte=period.start)
    if period.end is not None:
        uses = uses.filter(paid_at__lt=period.end)
    if tier is not None:
        uses = uses.filter(tier_id=tier.pk)
    return uses.aggregate(total=Sum("discount"))["total"] or ZERO


def _repeat_orders(
    program: ReferralProgram,
    period: Period,
    scope: Scope,
    window_days: int,
    using: str,
) -> tuple[int, Decimal]:
    orders = RepeatOrder.objects.using(using).filter(
        program_id=program.pk,
        placed_at__lt=F("referral_created_at") + timedelta(days=window_days),
        referral__status__in=REVENUE_STATUSES,
    )
    if period.start is not None:
        orders = orders.filter(referral_created_at__gte=period.start)
    if period.end is not None:
        orders = orders.filter(referral_created_at__lt=period.end)
    if scope.campaign_id is not None:
        orders = orders.filter(referral__campaign_id=scope.campaign_id)
    if scope.network is not None:
        orders = orders.filter(referral__network=scope.network)
    if scope.advocates is not None:
        orders = orders.filter(referral__advocate_id__in=scope.advocates)
    totals = orders.aggregate(n=Count("pk", filter=Q(total__gt=0)), total=Sum("total"))
    return totals["n"] or 0, totals["total"] or ZERO


def full_costs(
    program: ReferralProgram,
    period: Period,
    scope: Scope,
    rows: list[Bucket],
    *,
    campaign: Campaign | None = None,
    contest: Contest | None = None,
    tier: Tier | None = None,
    network: str | None = None,
    using: str = DEFAULT_DB_ALIAS,
) -> tuple[int, Decimal, dict[str, Decimal], Decimal]:
    """(referred orders, first-order revenue, cost by line, committed) of the
    period from its REFERRAL and REWARD buckets, plus up to three queries (physical
    prizes, events, member discounts). THE full cost: the report and the staff
    summary both read it."""
    costs = {line: ZERO for line in COST_LINES}
    referred_orders, revenue = 0, ZERO
    for row in rows:
        if row.kind == REFERRAL and row.status in REVENUE_STATUSES:
            referred_orders += row.orders
            revenue += row.amount
            costs["friend_discounts"] += row.discount
    committed = _ledger(rows, costs, prizes=contest is None)
    if network is None:
        costs["contest_prizes"] += _prize_cost(program, period, scope, contest, using)
        costs["event_costs"] += _event_cost(program, period, tier, using)
    if network is None and campaign is None and contest is None:
        # Member codes belong to tiers, not to a campaign, contest or network.
        costs["member_discounts"] += _member_discounts(program, period, tier, using)
    return referred_orders, revenue, costs, committed


def money(
    program: ReferralProgram,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    campaign: Campaign | None = None,
    contest: Contest | None = None,
    tier: Tier | None = None,
    network: str | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
    using: str = DEFAULT_DB_ALIAS,
) -> MoneyReport:
    """Revenue and cost of `program` in [start, end), in a constant number of
    queries (at most nine)."""
    if not 0 <= window_days <= MAX_WINDOW_DAYS:
        raise InsightError(
            InsightErrorCode.OUT_OF_RANGE,
            f"The window must be from 0 to {MAX_WINDOW_DAYS} days.",
            "repeatWindowDays",
        )
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
    rows = buckets(program, period, scope, (REFERRAL, REWARD), using)
    referred_orders, revenue, costs, committed = full_costs(
        program,
        period,
        scope,
        rows,
        campaign=campaign,
        contest=contest,
        tier=tier,
        network=network,
        using=using,
    )
    repeat_count, repeat_revenue = _repeat_orders(
        program, period, scope, window_days, using
    )
    currency = program.currency
    return MoneyReport(
        period=period,
        currency=currency,
        window_days=window_days,
        referred_orders=referred_orders,
        first_order_revenue=quantize(revenue, currency),
        repeat_orders=repeat_count,
        repeat_revenue=quantize(repeat_revenue, currency),
        costs={line: quantize(value, currency) for line, value in costs.items()},
        committed=quantize(committed, currency),
    )
