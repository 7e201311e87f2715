"""The funnel per day, as the export writes it: `insights.funnel` (the numbers
`referralReport` shows) for each UTC day of the period that has any activity."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Max, Min
from django.utils import timezone

from ..insights.funnel import funnel
from ..insights.models import DailyDelta, DailyTotal
from ..models import ReferralProgram, ShareNetwork

NETWORKS = [network.value for network in ShareNetwork]
STAGES = ("signups", "orders", "qualified", "converted", "rewarded", "reversed")
HEADER = [
    "date",
    "shares",
    *(f"shares_{n}" for n in NETWORKS),
    "visits",
    *(f"visits_{n}" for n in NETWORKS),
    *STAGES,
]


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _days_with_data(
    program: ReferralProgram, using: str
) -> tuple[date | None, date | None]:
    """The first and last day the daily totals (and pending deltas) know of."""
    firsts, lasts = [], []
    for model in (DailyTotal, DailyDelta):
        span = (
            model.objects.using(using)
            .filter(program_id=program.pk)
            .aggregate(first=Min("day"), last=Max("day"))
        )
        firsts += [span["first"]] if span["first"] else []
        lasts += [span["last"]] if span["last"] else []
    return (min(firsts, default=None), max(lasts, default=None))


def funnel_rows(
    program: ReferralProgram,
    start: datetime | None,
    end: datetime | None,
    using: str = DEFAULT_DB_ALIAS,
) -> Iterator[list]:
    """One row per UTC day in [start, end] with any share, visit or referral."""
    first, last = _days_with_data(program, using)
    if first is None or last is None:
        return
    day = max(first, start.astimezone(UTC).date()) if start else first
    final = min(last, end.astimezone(UTC).date()) if end else last
    final = min(final, timezone.now().astimezone(UTC).date())
    while day <= final:
        lower, upper = _midnight(day), _midnight(day + timedelta(days=1))
        if start is not None:
            lower = max(lower, start)
        if end is not None:
            upper = min(upper, end + timedelta(microseconds=1))  # `lte` is inclusive
        counts = funnel(program, start=lower, end=upper, using=using)
        row = [
            counts.shares,
            *(counts.shares_by_network.get(n, 0) for n in NETWORKS),
            counts.visits,
            *(counts.visits_by_network.get(n, 0) for n in NETWORKS),
            *(getattr(counts, stage) for stage in STAGES),
        ]
        if any(row):
            yield [day.isoformat(), *row]
        day += timedelta(days=1)
