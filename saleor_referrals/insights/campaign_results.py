"""A campaign's results (the console's campaign list): its referrals, converted
referrals, referred revenue and the cost of its advocates' rewards, all time.

Read from the daily totals, which carry each referral's and each ledger row's
campaign (a ledger row's is its referral's): two queries over a few rows a day of
the campaign, whatever the number of its referrals. `raw_results` counts the same
from the raw rows: the definition, and the yardstick of the tests.

Reward cost is the advocate side of the ledger. The daily totals do not split the
ledger by side; they do not need to: every ledger row the plugin books is the
advocate's (`RewardSide.FRIEND` is never booked: the friend's offer is a voucher
discount, a cost line of its own), which tests/test_campaign_results.py checks
against the raw rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Count, F, Q, Sum

from ..campaigns.models import Campaign
from ..converted import CONVERTED_STATUSES
from ..models import ReferralStatus, RewardSide, RewardStatus
from .totals import REFERRAL, REWARD, Scope, daily_buckets

REVENUE_STATUSES = (ReferralStatus.QUALIFIED, *CONVERTED_STATUSES)
COST_STATUSES = (RewardStatus.ISSUED, RewardStatus.REVOKED)


@dataclass(frozen=True)
class CampaignResults:
    referrals: int
    converted: int
    referred_revenue: Decimal
    reward_cost: Decimal


def campaign_results(
    campaign: Campaign, using: str = DEFAULT_DB_ALIAS
) -> CampaignResults:
    referrals = converted = 0
    revenue = cost = Decimal("0")
    for row in daily_buckets(
        campaign.program,
        None,
        None,
        Scope(campaign_id=campaign.pk),
        (REFERRAL, REWARD),
        using,
    ):
        if row.kind == REFERRAL:
            referrals += row.n
            if row.status in CONVERTED_STATUSES:
                converted += row.n
            if row.status in REVENUE_STATUSES:
                revenue += row.amount
        elif row.status in COST_STATUSES:
            cost += row.amount - row.taken_back
    return CampaignResults(referrals, converted, revenue, cost)


def raw_results(campaign: Campaign, using: str = DEFAULT_DB_ALIAS) -> CampaignResults:
    """The same from the campaign's referrals and their advocate rewards."""
    totals = campaign.referrals.using(using).aggregate(
        referrals=Count("pk"),
        converted=Count("pk", filter=Q(status__in=CONVERTED_STATUSES)),
        revenue=Sum("order_total", filter=Q(status__in=REVENUE_STATUSES)),
    )
    cost = (
        campaign.referrals.using(using)
        .filter(rewards__side=RewardSide.ADVOCATE, rewards__status__in=COST_STATUSES)
        .aggregate(total=Sum(F("rewards__amount") - F("rewards__revoked_amount")))[
            "total"
        ]
    )
    return CampaignResults(
        totals["referrals"],
        totals["converted"],
        totals["revenue"] or Decimal("0"),
        cost or Decimal("0"),
    )
