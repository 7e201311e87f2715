"""Partial days through the covering indexes (migration 0021): a period with a
partial day at each end, given in another time zone, reads whole days from the
daily totals and each partial day as its own `UNION ALL` branch; the buckets equal
those counted from the raw rows of the whole period in one range, for every kind,
with rows on both sides of each bound, reversals and clawbacks, before and after a
compaction."""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from itertools import count

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from saleor_referrals.codes import get_or_create_code
from saleor_referrals.insights.compaction import compact
from saleor_referrals.insights.models import ReferralShare
from saleor_referrals.insights.periods import Period, split
from saleor_referrals.insights.totals import buckets, raw_buckets
from saleor_referrals.models import (
    Referral,
    ReferralStatus,
    ReferralVisit,
    Reward,
    RewardKind,
    RewardSide,
    RewardStatus,
)

from .conftest import make_user

pytestmark = pytest.mark.django_db
serial = count(1)
TEHRAN = timezone(timedelta(hours=3, minutes=30))


def rows_at(program, code, at, status):
    referral = Referral.objects.create(
        program=program,
        code=code,
        advocate_id=code.user_id,
        source="code",
        order_id=f"order-{next(serial)}",
        order_total=Decimal("50.00"),
        friend_discount=Decimal("5.00"),
        currency="USD",
        status=status,
        network="whatsapp" if next(serial) % 2 else "",
        created_at=at,
    )
    if status in (ReferralStatus.REWARDED, ReferralStatus.REVERSED):
        Reward.objects.create(
            program=program,
            referral=referral,
            recipient_id=code.user_id,
            side=RewardSide.ADVOCATE,
            kind=RewardKind.VOUCHER,
            amount=Decimal("10"),
            currency="USD",
            status=RewardStatus.ISSUED,
            idempotency_key=f"referral:{referral.pk}:advocate:voucher",
            release_at=at,
            voucher_id=f"v{referral.pk}",
            created_at=at,
        )
    ReferralVisit.objects.create(program=program, code=code, network="x", created_at=at)
    ReferralShare.objects.create(
        program=program, code=code, network="telegram", created_at=at
    )
    return referral


def test_partial_days_equal_the_raw_rows_of_the_whole_period(program):
    code = get_or_create_code(program, make_user("ada@example.com", "Ada"))
    # 10:15 in Tehran is 06:45 UTC: the first UTC day is partial; so is the last.
    start = datetime(2026, 3, 10, 10, 15, tzinfo=TEHRAN)
    end = datetime(2026, 3, 20, 1, 0, tzinfo=TEHRAN)  # 19 March, 21:30 UTC
    period = Period(start, end)
    parts = split(period)
    assert len(parts.edges) == 2 and parts.days
    tick = timedelta(microseconds=1)
    moments = [
        start - tick,  # just before: out
        start,  # the first instant: in
        datetime(2026, 3, 10, 23, 59, 59, tzinfo=UTC),  # the first partial day
        datetime(2026, 3, 11, tzinfo=UTC),  # the first whole day
        datetime(2026, 3, 15, 12, tzinfo=UTC),
        datetime(2026, 3, 19, tzinfo=UTC),  # the last partial day
        end - tick,  # the last instant: in
        end,  # the end: out
    ]
    statuses = [
        ReferralStatus.REWARDED,
        ReferralStatus.REVERSED,
        ReferralStatus.PENDING,
        ReferralStatus.APPROVED,
    ]
    made = [
        rows_at(program, code, at, statuses[index % len(statuses)])
        for index, at in enumerate(moments)
        for _ in range(2)
    ]
    expected = raw_buckets(program, [period])
    assert buckets(program, period) == expected
    assert {row.kind for row in expected} == {"share", "visit", "referral", "reward"}
    # The whole period counts every moment but the two outside it.
    referrals = sum(row.n for row in expected if row.kind == "referral")
    assert referrals == 2 * (len(moments) - 2)
    # A clawback in each partial day and a reversal in a whole day.
    for referral in (made[2], made[12]):
        Reward.objects.filter(referral=referral).update(
            status=RewardStatus.REVOKED, revoked_amount=Decimal("10")
        )
    Referral.objects.filter(pk=made[6].pk).update(status=ReferralStatus.REVERSED)
    assert buckets(program, period) == raw_buckets(program, [period])
    compact()
    assert buckets(program, period) == raw_buckets(program, [period])
    # Two partial days are one statement per kind (the ranges in UNION ALL).
    with CaptureQueriesContext(connection) as queries:
        buckets(program, period)
    raw = [q["sql"] for q in queries.captured_queries if "UNION ALL" in q["sql"]]
    assert len(raw) == 4
