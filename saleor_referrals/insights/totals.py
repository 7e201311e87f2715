"""The program's numbers as buckets: from the daily totals for whole days, from the
raw rows for partial days (and for a tier, whose members change).

A bucket is (kind, campaign id, network, category, status) with its counts and
sums, exactly what one `DailyTotal` row holds. `raw_buckets` is the definition
(the triggers of migration 0014 keep the daily totals equal to it: see
tests/test_insights_numbers.py) and `buckets` the fast way to the same answer, in at
most six queries whatever the number of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import DEFAULT_DB_ALIAS
from django.db.models import (
    CharField,
    Count,
    F,
    Func,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce

from ..models import Referral, ReferralProgram, ReferralVisit, Reward
from .models import DailyDelta, DailyTotal, ReferralShare
from .periods import Period, split

SHARE, VISIT, REFERRAL, REWARD = "share", "visit", "referral", "reward"
KINDS = (SHARE, VISIT, REFERRAL, REWARD)
ZERO = Decimal("0")


@dataclass(frozen=True)
class Scope:
    """What to count: a campaign's referrals and rewards, one share network, the
    referrals of some advocates (a tier's members, a subquery of user ids)."""

    campaign_id: int | None = None
    network: str | None = None
    advocates: QuerySet | None = None


ALL = Scope()


@dataclass(frozen=True)
class Bucket:
    kind: str
    campaign_id: int
    network: str
    category: str
    status: str
    n: int = 0
    orders: int = 0
    amount: Decimal = ZERO
    discount: Decimal = ZERO
    taken_back: Decimal = ZERO

    @property
    def key(self) -> tuple[str, int, str, str, str]:
        return (self.kind, self.campaign_id, self.network, self.category, self.status)


def merge(rows: Iterable[Bucket]) -> list[Bucket]:
    """Buckets with the same key added up; empty ones left out."""
    merged: dict[tuple, Bucket] = {}
    for row in rows:
        seen = merged.get(row.key)
        if seen is not None:
            row = Bucket(
                *row.key,
                n=seen.n + row.n,
                orders=seen.orders + row.orders,
                amount=seen.amount + row.amount,
                discount=seen.discount + row.discount,
                taken_back=seen.taken_back + row.taken_back,
            )
        merged[row.key] = row
    return sorted(
        (row for row in merged.values() if row.n or row.amount or row.taken_back),
        key=lambda row: row.key,
    )


def _period_q(period: Period | tuple, prefix: str = "") -> Q:
    start, end = (period.start, period.end) if isinstance(period, Period) else period
    condition = Q()
    if start is not None:
        condition &= Q(**{f"{prefix}created_at__gte": start})
    if end is not None:
        condition &= Q(**{f"{prefix}created_at__lt": end})
    return condition


def _range_conditions(ranges: Iterable) -> list[Q]:
    """One condition per range; a single empty one (every row) when a range is
    open on both sides."""
    conditions = [_period_q(period) for period in ranges]
    if any(not condition for condition in conditions):
        return [Q()]
    return conditions


def _each_range(grouped: Callable[[Q], QuerySet], conditions: list[Q]) -> QuerySet:
    """`grouped` for each range, in one statement (UNION ALL; `merge` adds up the
    groups found in several). Not one query with the ranges OR-ed: PostgreSQL
    answers an OR with a bitmap scan, which reads the table's page of every row;
    a range alone is an index-only scan of the covering index (migration 0021)."""
    first, *others = [grouped(condition) for condition in conditions]
    return first.union(*others, all=True) if others else first


def raw_buckets(
    program: ReferralProgram,
    ranges: Iterable[Period | tuple],
    scope: Scope = ALL,
    kinds: Iterable[str] = KINDS,
    using: str = DEFAULT_DB_ALIAS,
) -> list[Bucket]:
    """Buckets counted from the raw rows created in `ranges` (one query a kind).

    `count(*)`, not `count(id)`: the id is not in the covering indexes of
    migration 0021, which make these counts index-only scans."""
    ranges = list(ranges)
    if not ranges:
        return []
    kinds = set(kinds)
    conditions = _range_conditions(ranges)
    rows: list[Bucket] = []
    for kind, model in ((SHARE, ReferralShare), (VISIT, ReferralVisit)):
        if kind not in kinds:
            continue

        def grouped_clicks(when: Q, model=model) -> QuerySet:
            clicks = model.objects.using(using).filter(when, program_id=program.pk)
            if scope.network is not None:
                clicks = clicks.filter(network=scope.network)
            if scope.advocates is not None:
                clicks = clicks.filter(code__user_id__in=scope.advocates)
            return clicks.values_list("network").annotate(n=Count("*")).order_by()

        rows += [
            Bucket(kind, 0, network, "", "", n=n)
            for network, n in _each_range(grouped_clicks, conditions)
        ]
    if REFERRAL in kinds:

        def grouped_referrals(when: Q) -> QuerySet:
            referrals = Referral.objects.using(using).filter(
                when, program_id=program.pk
            )
            if scope.campaign_id is not None:
                referrals = referrals.filter(campaign_id=scope.campaign_id)
            if scope.network is not None:
                referrals = referrals.filter(network=scope.network)
            if scope.advocates is not None:
                referrals = referrals.filter(advocate_id__in=scope.advocates)
            return (
                referrals.values(
                    "network",
                    "source",
                    "status",
                    campaign_key=Coalesce("campaign_id", 0),
                )
                .annotate(
                    n=Count("*"),
                    orders=Count("order_total"),
                    amount=Sum("order_total"),
                    discount=Sum("friend_discount"),
                )
                .order_by()
            )

        rows += [
            Bucket(
                REFERRAL,
                row["campaign_key"],
                row["network"],
                row["source"],
                row["status"],
                n=row["n"],
                orders=row["orders"],
                amount=row["amount"] or ZERO,
                discount=row["discount"] or ZERO,
            )
            for row in _each_range(grouped_referrals, conditions)
        ]
    if REWARD in kinds:

        def grouped_rewards(when: Q) -> QuerySet:
            rewards = Reward.objects.using(using).filter(when, program_id=program.pk)
            if scope.campaign_id is not None:
                rewards = rewards.filter(referral__campaign_id=scope.campaign_id)
            if scope.network is not None:
                rewards = rewards.filter(referral__network=scope.network)
            if scope.advocates is not None:
                rewards = rewards.filter(recipient_id__in=scope.advocates)
            return (
                rewards.values(
                    "status",
                    campaign_key=Coalesce("referral__campaign_id", 0),
                    net=Coalesce("referral__network", Value("")),
                    category=Func(
                        F("idempotency_key"),
                        Value(":"),
                        Value(1),
                        function="split_part",
                        output_field=CharField(),
                    ),
                )
                .annotate(
                    n=Count("*"),
                    amount=Sum("amount"),
                    taken_back=Sum("revoked_amount"),
                )
                .order_by()
            )

        rows += [
            Bucket(
                REWARD,
                row["campaign_key"],
                row["net"],
                row["category"],
                row["status"],
                n=row["n"],
                amount=row["amount"] or ZERO,
                taken_back=row["taken_back"] or ZERO,
            )
            for row in _each_range(grouped_rewards, conditions)
        ]
    return merge(rows)


def daily_buckets(
    program: ReferralProgram,
    first_day,
    last_day,
    scope: Scope = ALL,
    kinds: Iterable[str] = KINDS,
    using: str = DEFAULT_DB_ALIAS,
) -> list[Bucket]:
    """Buckets of whole days [first_day, last_day) from the daily totals and the
    deltas not folded in yet: two queries over a few rows a day, whatever the
    number of referrals."""
    return merge(
        row
        for model in (DailyTotal, DailyDelta)
        for row in _daily_rows(model, program, first_day, last_day, scope, kinds, using)
    )


def _daily_rows(
    model: type[DailyTotal] | type[DailyDelta],
    program: ReferralProgram,
    first_day,
    last_day,
    scope: Scope,
    kinds: Iterable[str],
    using: str,
) -> list[Bucket]:
    rows = model.objects.using(using).filter(program_id=program.pk, kind__in=set(kinds))
    if first_day is not None:
        rows = rows.filter(day__gte=first_day)
    if last_day is not None:
        rows = rows.filter(day__lt=last_day)
    if scope.campaign_id is not None:
        rows = rows.filter(
            Q(kind__in=(SHARE, VISIT)) | Q(campaign_id=scope.campaign_id)
        )
    if scope.network is not None:
        rows = rows.filter(network=scope.network)
    return [
        Bucket(
            row["kind"],
            row["campaign_id"],
            row["network"],
            row["category"],
            row["status"],
            n=row["n"],
            orders=row["orders"],
            amount=row["amount"] or ZERO,
            discount=row["discount"] or ZERO,
            taken_back=row["taken_back"] or ZERO,
        )
        for row in rows.values("kind", "campaign_id", "network", "category", "status")
        .annotate(
            n=Sum("n"),
            orders=Sum("orders"),
            amount=Sum("amount"),
            discount=Sum("discount"),
            taken_back=Sum("taken_back"),
        )
        .order_by()
    ]


def buckets(
    program: ReferralProgram,
    period: Period,
    scope: Scope = ALL,
    kinds: Iterable[str] = KINDS,
    using: str = DEFAULT_DB_ALIAS,
) -> list[Bucket]:
    """The buckets of `period`: whole days from the daily totals, partial days
    from the raw rows; a tier's advocates from the raw rows only."""
    kinds = tuple(kinds)
    if scope.advocates is not None:
        return raw_buckets(program, [period], scope, kinds, using)
    parts = split(period)
    rows = []
    if parts.days:
        rows += daily_buckets(
            program, parts.first_day, parts.last_day, scope, kinds, using
        )
    rows += raw_buckets(program, parts.edges, scope, kinds, using)
    return merge(rows)
