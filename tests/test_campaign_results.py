"""A campaign's results from the daily totals (`insights.campaign_results`) equal
the ones counted from its raw referrals and their advocate rewards: every status,
leads without an order, issued, held, revoked and partly clawed-back rewards,
donations, rows of other campaigns and of none, days on both sides of UTC midnight,
before and after the deltas are compacted, after a clawback and a release."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import count

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from saleor_referrals.campaigns.models import Campaign
from saleor_referrals.codes import get_or_create_code
from saleor_referrals.insights.campaign_results import (
    CampaignResults,
    campaign_results,
    raw_results,
)
from saleor_referrals.insights.compaction import compact
from saleor_referrals.models import (
    Referral,
    ReferralStatus,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
)

from .conftest import make_user

pytestmark = pytest.mark.django_db
serial = count(1)


def referral(program, code, campaign, status, *, at, total="80.00"):
    return Referral.objects.create(
        program=program,
        code=code,
        advocate_id=code.user_id,
        source="code" if total else "signup",
        campaign=campaign,
        order_id=f"order-{next(serial)}" if total else None,
        order_total=Decimal(total) if total else None,
        currency="USD",
        status=status,
        created_at=at,
    )


def reward(program, made, status, *, amount="10", revoked="0", kind=None, key=None):
    kind = kind or RewardKind.VOUCHER
    return Reward.objects.create(
        program=program,
        referral=made,
        recipient_id=made.advocate_id if made else None,
        side=RewardSide.ADVOCATE,
        kind=kind,
        amount=Decimal(amount),
        currency="USD",
        status=status,
        idempotency_key=key or f"referral:{made.pk}:advocate:{kind}",
        release_at=timezone.now(),
        voucher_id="" if kind == RewardKind.DONATION else f"v{next(serial)}",
        revoked_amount=Decimal(revoked),
    )


def both(campaign) -> tuple[CampaignResults, CampaignResults]:
    return campaign_results(campaign), raw_results(campaign)


def test_results_from_the_daily_totals_equal_the_raw_rows(program):
    code = get_or_create_code(program, make_user("ada@example.com", "Ada"))
    now = timezone.now()
    spring, summer = (
        Campaign.objects.create(
            program=program,
            name=name,
            starts_at=now - timedelta(days=90),
            ends_at=now + timedelta(days=9),
        )
        for name in ("Spring", "Summer")
    )
    midnight = datetime(now.year, now.month, now.day, tzinfo=UTC)
    times = [
        midnight - timedelta(microseconds=1),
        midnight,
        now,
        now - timedelta(days=40, hours=5),
    ]
    made = []
    for index, status in enumerate(ReferralStatus):
        for campaign in (spring, summer, None):
            made.append(
                referral(
                    program,
                    code,
                    campaign,
                    status,
                    at=times[index % len(times)],
                    total=None if status == ReferralStatus.PENDING else "80.00",
                )
            )
    for row in made:
        if row.status == ReferralStatus.REWARDED:
            reward(program, row, RewardStatus.ISSUED, revoked="4")  # partly back
        elif row.status == ReferralStatus.REVERSED:
            reward(program, row, RewardStatus.REVOKED, revoked="10")
        elif row.status == ReferralStatus.APPROVED:
            reward(program, row, RewardStatus.HELD)
        if row.status == ReferralStatus.APPROVED:
            reward(
                program,
                row,
                RewardStatus.ISSUED,
                amount="2.50",
                kind=RewardKind.DONATION,
                key=f"donation:{row.pk}:1:shop",
            )
    fresh = both(spring)
    assert fresh[0] == fresh[1]
    assert fresh[0].referrals > 0 and fresh[0].reward_cost > 0
    assert fresh[0].converted > 0 and fresh[0].referred_revenue > 0
    compact()
    assert both(spring) == (fresh[1], fresh[1])
    assert both(summer)[0] == both(summer)[1]
    # A clawback, and a held reward released. (Not a deleted referral: the
    # plugin never deletes one, and the ledger's trigger books the rewards that
    # go with it under no campaign: docs/numbers.md.)
    Referral.objects.filter(campaign=spring, status=ReferralStatus.REWARDED).update(
        status=ReferralStatus.REVERSED
    )
    Reward.objects.filter(referral__campaign=spring, status=RewardStatus.ISSUED).update(
        status=RewardStatus.REVOKED, revoked_amount=Decimal("10")
    )
    Reward.objects.filter(referral__campaign=spring, status=RewardStatus.HELD).update(
        status=RewardStatus.ISSUED
    )
    after = both(spring)
    assert after[0] == after[1]
    assert after[0] != fresh[0]


def test_results_cost_two_queries_whatever_the_campaign_size(program):
    code = get_or_create_code(program, make_user("ada@example.com", "Ada"))
    now = timezone.now()
    campaign = Campaign.objects.create(
        program=program,
        name="Spring",
        starts_at=now - timedelta(days=9),
        ends_at=now + timedelta(days=9),
    )
    campaign = Campaign.objects.select_related("program").get(pk=campaign.pk)
    counts = []
    for _ in range(2):
        for day in range(5):
            row = referral(
                program,
                code,
                campaign,
                ReferralStatus.REWARDED,
                at=now - timedelta(days=day),
            )
            reward(program, row, RewardStatus.ISSUED)
        with CaptureQueriesContext(connection) as queries:
            results = campaign_results(campaign)
        counts.append(len(queries.captured_queries))
        assert results == raw_results(campaign)
    assert counts == [2, 2]
