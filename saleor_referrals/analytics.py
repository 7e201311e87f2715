"""Counts and money for advocates' dashboards and the staff summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Count, F, Q, Sum

from .models import (
    Referral,
    ReferralProgram,
    ReferralStatus,
    ReferralVisit,
    Reward,
    RewardKind,
    RewardStatus,
)
from .money import quantize

QUALIFIED = (ReferralStatus.QUALIFIED, ReferralStatus.APPROVED)


@dataclass(frozen=True)
class AdvocateStats:
    visits: int
    friends: int
    orders: int
    pending: int
    qualified: int
    rewarded: int
    # What the advocate got: their vouchers, store credit and perks, issued minus
    # what was taken back. Donations on their behalf (the shop's for their
    # referrals, or a reward they gave away) go to a cause, not to them: they are
    # `donated`, never `earned`.
    earned: Decimal
    currency: str
    donated: Decimal = Decimal(0)


def advocate_stats(
    program: ReferralProgram, user_id: int, using: str = DEFAULT_DB_ALIAS
) -> AdvocateStats:
    """Three queries, whatever the number of referrals. `earned` is the money the
    advocate got (vouchers, store credit, perks); `donated` what went to causes on
    their behalf."""
    counts = (
        Referral.objects.using(using)
        .filter(program=program, advocate_id=user_id)
        .aggregate(
            # Counted on `status` (never null) and `order_id`, not the id: those
            # are in `referral_advocate_counts`, which makes this index-only.
            friends=Count("status", filter=~Q(status=ReferralStatus.REJECTED)),
            orders=Count("order_id"),
            pending=Count("status", filter=Q(status=ReferralStatus.PENDING)),
            qualified=Count("status", filter=Q(status__in=QUALIFIED)),
            rewarded=Count("status", filter=Q(status=ReferralStatus.REWARDED)),
        )
    )
    issued = Q(status__in=(RewardStatus.ISSUED, RewardStatus.REVOKED))
    net = F("amount") - F("revoked_amount")
    money = (
        Reward.objects.using(using)
        .filter(program=program, recipient_id=user_id)
        .aggregate(
            earned=Sum(net, filter=issued & ~Q(kind=RewardKind.DONATION)),
            donated=Sum(net, filter=issued & Q(kind=RewardKind.DONATION)),
        )
    )
    visits = (
        ReferralVisit.objects.using(using)
        .filter(program=program, code__user_id=user_id)
        .count()
    )
    return AdvocateStats(
        visits=visits,
        earned=quantize(money["earned"] or 0, program.currency),
        donated=quantize(money["donated"] or 0, program.currency),
        currency=program.currency,
        **counts,
    )


@dataclass(frozen=True)
class ProgramSummary:
    counts: dict[str, int]
    visits: int
    visits_by_network: dict[str, int]
    referred_revenue: Decimal
    reward_cost: Decimal
    full_cost: Decimal
    currency: str

    @property
    def return_on_rewards(self) -> Decimal | None:
        """Referred revenue per unit of FULL cost: `referralReport`'s
        `returnOnRewards` for the same period (`insights.figures`)."""
        from .insights.figures import return_on_rewards

        return return_on_rewards(self.referred_revenue, self.full_cost)


def program_summary(
    program: ReferralProgram,
    start: datetime | None,
    end: datetime | None,
    using: str = DEFAULT_DB_ALIAS,
) -> ProgramSummary:
    """From the daily totals (`insights.totals`): one query for a whole-day period
    and three for the cost lines outside the ledger (prizes, events, member
    discounts), whatever the number of referrals; partial days add the raw rows'
    queries. Revenue and full cost are `insights.money.full_costs`, the report's."""
    from .insights.money import full_costs
    from .insights.periods import Period
    from .insights.totals import ALL, REFERRAL, REWARD, VISIT, buckets

    counts = {status.value: 0 for status in ReferralStatus}
    visits_by_network: dict[str, int] = {}
    period = Period(start, end)
    rows = buckets(program, period, kinds=(VISIT, REFERRAL, REWARD), using=using)
    reward_cost = Decimal("0")
    for row in rows:
        if row.kind == VISIT:
            visits_by_network[row.network] = (
                visits_by_network.get(row.network, 0) + row.n
            )
        elif row.kind == REFERRAL:
            counts[row.status] = counts.get(row.status, 0) + row.n
        elif row.status in (RewardStatus.ISSUED, RewardStatus.REVOKED):
            reward_cost += row.amount - row.taken_back
    _, revenue, costs, _ = full_costs(program, period, ALL, rows, using=using)
    return ProgramSummary(
        counts=counts,
        visits=sum(visits_by_network.values()),
        visits_by_network=dict(sorted(visits_by_network.items())),
        referred_revenue=quantize(revenue, program.currency),
        reward_cost=quantize(reward_cost, program.currency),
        full_cost=quantize(sum(costs.values(), Decimal("0")), program.currency),
        currency=program.currency,
    )
