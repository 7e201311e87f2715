"""Definitions: one definition of each program figure, used everywhere it is shown.

`referralReport` (funnel and money), `referralProgramSummary` and the console's
overview (KPIs, the month-by-month chart: the API's numbers, drawn) read these
functions, and the funnel export reads `insights.funnel`; no other module computes
a rate, a return or a cost rule of its own. The README's
"Program numbers" section repeats them under "Definitions".

**Periods.** Every figure counts what happened in [start, end) of the period asked:
referrals by the friend's order time (their `created_at`), ledger rows by their
creation, visits and share clicks by their time, prizes without a ledger row by the
contest's decision, member discounts by payment, and event costs by
`event_cost_counts`. Consecutive periods therefore never count a thing twice, and
the months of a year add up to the year (tests/test_insights_figures.py checks it).

**Referred orders** (`referredOrders`, the revenue's orders): first orders of
referrals that count: qualified, approved or rewarded (`REVENUE_STATUSES`). A
reversed or rejected order brought nothing.

**Link orders** (`linkOrders`): referred orders that came through a landing visit:
the referral carries the share network the landing recorded (the checkout's
`referral_network`), or was attributed by the link itself (source `link`). An
order from a code typed at checkout, with no landing visit behind it, is a referred
order but not a link order.

**Visit to order** (`visitToOrderRate`) = link orders / landing visits, both in the
period (and in the same network when filtered). Orders from typed codes had no
visit, so they are not in the numerator: the rate compares one population (people
who landed) with itself. It can pass 100% only when orders in the period come from
visits made before it.

**Order to converted** (`orderToConvertedRate`) = converted referrals (approved or
rewarded) / referred orders whatever became of them.

**Full cost** (`totalCost`) = the sum of the cost lines of `insights.money`, each
net of what was taken back: advocate rewards, friend discounts, sign-up rewards,
tier entry rewards, milestone bonuses, contest prizes, donations, event costs,
member discounts, other ledger rows. Held rewards are not a cost yet (`committed`).

**Event costs** count on the event's start date, when that date is inside the period
and has come (`event_cost_counts`): a planned event is not a cost until it starts,
so a month that is still running shows only the events that have started, the same
in totals and in monthly series.

**Return on rewards** (`returnOnRewards`) = first-order revenue / full cost of the
same period, two decimals; null without cost (`return_on_rewards`).
`windowReturnOnRewards` is the same with the repeat orders' revenue added. The
staff summary's `returnOnRewards` is this same figure for its period.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone

from ..models import ReferralSource, ReferralStatus
from .periods import Period

REVENUE_STATUSES = (
    ReferralStatus.QUALIFIED,
    ReferralStatus.APPROVED,
    ReferralStatus.REWARDED,
)


def rate(numerator: int, denominator: int) -> float | None:
    """`numerator` per `denominator` (0..1 as a fraction), four decimals; None
    without a base."""
    return round(numerator / denominator, 4) if denominator else None


def is_link_order(network: str, source: str) -> bool:
    """A referred order that came through a landing visit (see Link orders)."""
    return bool(network) or source == ReferralSource.LINK


def visit_to_order_rate(link_orders: int, visits: int) -> float | None:
    """Link orders per landing visit; None without visits."""
    return rate(link_orders, visits)


def order_to_converted_rate(converted: int, orders: int) -> float | None:
    """Converted referrals per referred order; None without orders."""
    return rate(converted, orders)


def return_on_rewards(revenue: Decimal, full_cost: Decimal) -> Decimal | None:
    """Revenue per unit of full cost, two decimals; None without cost."""
    if not full_cost:
        return None
    return (revenue / full_cost).quantize(Decimal("0.01"))


def event_cost_counts(period: Period, now: datetime | None = None) -> Q:
    """Events whose cost counts in `period`: started in it, and started by now."""
    now = now or timezone.now()
    condition = Q(starts_at__lte=now)
    if period.start is not None:
        condition &= Q(starts_at__gte=period.start)
    if period.end is not None:
        condition &= Q(starts_at__lt=period.end)
    return condition
